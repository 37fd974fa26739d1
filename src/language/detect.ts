import { francAll } from 'franc';
import type { Language } from '../contract/types.js';
import { iso6391 } from './codes.js';
import { voteByFunctionWords, type Vote } from './function-word-vote.js';
import { sampleForDetection } from './sample.js';

/** The languages we have rules for; detection chooses among these first. */
export const RULE_LANGUAGES = ['arb', 'eng', 'fra'] as const;

/** Fewer letters than this and nobody can tell the language: `und`. */
const MIN_LETTERS = 12;
/** Above this share of Persian/Urdu-only letters, Arabic script is probably not Arabic: ask franc. */
const PERSO_ARABIC_SHARE = 0.02;
/** Below this share of our function words, Latin text is in a language we have no rules for. */
const OTHER_LANGUAGE_SHARE = 0.1;
/**
 * Letters of Latin text under which trigrams say little (a one-line quote): the answer then leans on the
 * function words it holds, and its confidence stays below LOW_CONFIDENCE unless those are many.
 */
const SHORT_LETTERS = 240;
/** Under this confidence the answer is a guess: the quotes stage then reads the cues and marks of every language. */
export const LOW_CONFIDENCE = 0.5;

/**
 * Arabic script with Arabic letters only is Arabic (we have rules for no other Arabic-script language, and
 * franc would only confirm it at some cost); Latin script is decided by franc among the rule languages;
 * any other script (or Persian/Urdu letters) is named by franc unrestricted, and the stages use their
 * generic rules for it.
 */
export function detectLanguage(text: string): Language {
  const found = sampleForDetection(text);
  const { letters, arabicShare, persoArabicShare } = found;
  if (letters < MIN_LETTERS) return { code: 'und', iso6391: null, confidence: 0 };
  if (arabicShare > 0.5) {
    if (persoArabicShare < PERSO_ARABIC_SHARE) return { code: 'arb', iso6391: 'ar', confidence: round(arabicShare) };
    return otherLanguage(found.sample());
  }
  const latinShare = 1 - arabicShare;
  const byWords = voteByFunctionWords(text, found.tokens);
  if (byWords.code) return { code: byWords.code, iso6391: iso6391(byWords.code), confidence: round(latinShare * byWords.confidence) };
  const sample = found.sample();
  // Latin text with hardly any English or French function words is another language: let franc name it.
  if (sample.length > 80 && byWords.share < OTHER_LANGUAGE_SHARE) return otherLanguage(sample);
  const [best, second] = francAll(sample, { only: [...RULE_LANGUAGES], minLength: 1 });
  if (letters < SHORT_LETTERS) return shortText(best?.[0] ?? 'und', byWords, letters, latinShare);
  if (!best || best[0] === 'und') return otherLanguage(sample);
  // franc's scores are normalised distances; between English and French a margin of 0.05 is already
  // a clear call. Confidence: the share of letters in the script, lowered when the runner-up is close.
  const margin = second ? 1 - second[1] : 1;
  return { code: best[0], iso6391: iso6391(best[0]), confidence: round(latinShare * (0.7 + 0.3 * Math.min(1, margin * 20))) };
}

/**
 * A short Latin text: franc's trigrams are noise on a line or two, so function words decide when they
 * lean one way (`Burton said, "I love cats!"` is English however its trigrams fall). The confidence
 * says how much evidence there was: each function word ahead adds a little, each letter a little less.
 */
function shortText(byTrigrams: string, vote: Vote, letters: number, latinShare: number): Language {
  const code = vote.leader ?? (byTrigrams === 'und' ? null : byTrigrams);
  if (!code) return { code: 'und', iso6391: null, confidence: 0 };
  const evidence = 0.15 + (vote.leader ? Math.min(0.45, 0.09 * vote.lead) : 0) + 0.3 * (letters / SHORT_LETTERS);
  return { code, iso6391: iso6391(code), confidence: round(latinShare * Math.min(0.9, evidence)) };
}

/** A language we have no rules for, named by franc unrestricted; the stages use their generic rules. */
function otherLanguage(sample: string): Language {
  const [other, next] = francAll(sample, { minLength: 1 });
  if (!other || other[0] === 'und') return { code: 'und', iso6391: null, confidence: 0 };
  return { code: other[0], iso6391: iso6391(other[0]), confidence: round(0.5 + 0.5 * Math.min(1, (next ? 1 - next[1] : 1) * 20)) };
}

const round = (x: number): number => Math.round(x * 100) / 100;
