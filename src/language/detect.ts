import { francAll } from 'franc';
import type { Language } from '../contract/types.js';
import { iso6391 } from './codes.js';
import { sampleForDetection } from './sample.js';

/** The languages we have rules for; detection chooses among these first. */
export const RULE_LANGUAGES = ['arb', 'eng', 'fra'] as const;

/** Fewer letters than this and nobody can tell the language: `und`. */
const MIN_LETTERS = 12;

export function detectLanguage(text: string): Language {
  const { sample, letters, arabicShare } = sampleForDetection(text);
  if (letters < MIN_LETTERS) return { code: 'und', iso6391: null, confidence: 0 };
  const ours = francAll(sample, { only: [...RULE_LANGUAGES], minLength: 1 });
  const [best, second] = ours;
  if (best && best[0] !== 'und') {
    // franc decides the script first, then the language within it. Confidence is the share of the sample's
    // letters in the winning script, lowered when the runner-up of the same script is close: franc's scores
    // are normalised distances, and between English and French a margin of 0.05 is already a clear call.
    const scriptShare = best[0] === 'arb' ? arabicShare : 1 - arabicShare;
    const margin = second ? 1 - second[1] : 1;
    const confidence = round(Math.min(1, scriptShare) * (0.7 + 0.3 * Math.min(1, margin * 20)));
    return { code: best[0], iso6391: iso6391(best[0]), confidence };
  }
  // Another script than ours (Cyrillic, Han, Devanagari...): name it, the stages use their generic rules.
  const [other, next] = francAll(sample, { minLength: 1 });
  if (!other || other[0] === 'und') return { code: 'und', iso6391: null, confidence: 0 };
  return { code: other[0], iso6391: iso6391(other[0]), confidence: round(0.5 + 0.5 * Math.min(1, (next ? 1 - next[1] : 1) * 20)) };
}

const round = (x: number): number => Math.round(x * 100) / 100;
