import { francAll } from 'franc';
import type { Language } from '../contract/types.js';
import { iso6391 } from './codes.js';
import { FUNCTION_WORDS } from './function-words.js';
import { sampleForDetection } from './sample.js';
import { isLetterCode } from '../text/char-class.js';

/** The languages we have rules for; detection chooses among these first. */
export const RULE_LANGUAGES = ['arb', 'eng', 'fra'] as const;

/** Fewer letters than this and nobody can tell the language: `und`. */
const MIN_LETTERS = 12;
/** Above this share of Persian/Urdu-only letters, Arabic script is probably not Arabic: ask franc. */
const PERSO_ARABIC_SHARE = 0.02;

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
  const sample = found.sample();
  const latinShare = 1 - arabicShare;
  const byWords = decideByFunctionWords(sample);
  if (byWords.code) return { code: byWords.code, iso6391: iso6391(byWords.code), confidence: round(latinShare * byWords.confidence) };
  // Latin text with hardly any English or French function words is another language: let franc name it.
  if (sample.length > 80 && byWords.share < OTHER_LANGUAGE_SHARE) return otherLanguage(sample);
  const [best, second] = francAll(sample, { only: [...RULE_LANGUAGES], minLength: 1 });
  if (!best || best[0] === 'und') return otherLanguage(sample);
  // franc's scores are normalised distances; between English and French a margin of 0.05 is already
  // a clear call. Confidence: the share of letters in the script, lowered when the runner-up is close.
  const margin = second ? 1 - second[1] : 1;
  return { code: best[0], iso6391: iso6391(best[0]), confidence: round(latinShare * (0.7 + 0.3 * Math.min(1, margin * 20))) };
}

/** A language we have no rules for, named by franc unrestricted; the stages use their generic rules. */
function otherLanguage(sample: string): Language {
  const [other, next] = francAll(sample, { minLength: 1 });
  if (!other || other[0] === 'und') return { code: 'und', iso6391: null, confidence: 0 };
  return { code: other[0], iso6391: iso6391(other[0]), confidence: round(0.5 + 0.5 * Math.min(1, (next ? 1 - next[1] : 1) * 20)) };
}

const round = (x: number): number => Math.round(x * 100) / 100;

const WORD_TO_LANGUAGE = new Map<string, string>();
for (const [code, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) WORD_TO_LANGUAGE.set(w, code);
const LONGEST_FUNCTION_WORD = Math.max(...[...WORD_TO_LANGUAGE.keys()].map((w) => w.length));

const isAsciiSmall = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
/** UTF-16 units of the code point at `at`. */
const unitLength = (s: string, at: number): number => (isHighSurrogate(s.charCodeAt(at)) && at + 1 < s.length ? 2 : 1);
/** A letter (of any plane) or a straight apostrophe: what a word is made of here. */
function isWordUnit(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c === 0x27) return true;
  if (!isHighSurrogate(c)) return isLetterCode(c);
  return /^\p{L}/u.test(s.slice(at, at + 2));
}

/** Enough words, enough of them function words, and one language well ahead: decided without franc. */
const MIN_WORDS = 12;
const MIN_FUNCTION_SHARE = 0.15;
const MIN_LEAD = 3;
/** Below this share of our function words, Latin text is in a language we have no rules for. */
const OTHER_LANGUAGE_SHARE = 0.1;

function decideByFunctionWords(sample: string): { code: string | null; confidence: number; share: number } {
  const hits = new Map<string, number>();
  let words = 0;
  // Words are runs of letters and straight apostrophes in the lower-cased sample; only runs short enough to
  // be a function word (after an elided `l'`, `d'`...) are looked up, so most words cost no string at all.
  const lower = sample.toLowerCase();
  for (let at = 0; at < lower.length; ) {
    const start = at;
    while (at < lower.length && isWordUnit(lower, at)) at += unitLength(lower, at);
    if (at === start) {
      at += unitLength(lower, at);
      continue;
    }
    words++;
    if (at - start > LONGEST_FUNCTION_WORD + 2) continue;
    const elided = at - start > 2 && lower.charCodeAt(start + 1) === 0x27 && isAsciiSmall(lower.charCodeAt(start));
    const code = WORD_TO_LANGUAGE.get(lower.slice(elided ? start + 2 : start, at));
    if (code) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const total = ranked.reduce((n, [, h]) => n + h, 0);
  const share = words ? total / words : 0;
  if (!first || words < MIN_WORDS || share < MIN_FUNCTION_SHARE || first[1] < MIN_LEAD * (second?.[1] ?? 0) + 1) {
    return { code: null, confidence: 0, share };
  }
  return { code: first[0], confidence: Math.min(1, 0.8 + first[1] / total / 5), share };
}
