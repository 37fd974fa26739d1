import { PERMUTATIONS } from './minhash.js';

/**
 * The check behind a candidate pair. Jaccard J is estimated from the signatures; from J and the two set sizes
 * the shared shingles are |A∩B| = J·(|A|+|B|)/(1+J), and containment is that share of the shorter report.
 * Copies that keep the first paragraphs, or add one of their own, have a low J but a containment near 1.
 */
export interface Likeness {
  jaccard: number;
  containment: number;
}

/** `b` is read from `bAt` on: signatures are stored end to end in one array, and a view per check was garbage. */
export function likeness(a: Uint32Array, aShingles: number, b: Uint32Array, bShingles: number, bAt = 0): Likeness {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[bAt + i]) same++;
  const jaccard = same / PERMUTATIONS;
  const shorter = Math.max(1, Math.min(aShingles, bShingles));
  const shared = (jaccard * (aShingles + bShingles)) / (1 + jaccard);
  return { jaccard, containment: Math.min(1, shared / shorter) };
}

export interface Thresholds {
  /** Containment a pair needs (--group-threshold). */
  threshold: number;
}

/** Below this many words in the shorter report, containment alone is not enough (see sameStory). */
export const SHORT_WORDS = 30;
/** Jaccard a pair with a short report needs. */
export const SHORT_JACCARD = 0.7;

/**
 * The similarity two reports are compared by, or null when they are not the same story. A short post (an
 * alert of one or two lines) differs from its template twin by one place name or one count, which leaves
 * three quarters of its shingles shared; re-posts of it differ by a prefix or a footer at most. So a pair
 * whose shorter side is short is judged on the whole texts (Jaccard ≥ SHORT_JACCARD), and a long pair on how
 * much of the shorter the longer contains.
 */
export function similarity(l: Likeness, shorterWords: number, t: Thresholds): number | null {
  if (shorterWords < SHORT_WORDS) return l.jaccard >= Math.max(SHORT_JACCARD, t.threshold) ? l.containment : null;
  return l.containment >= t.threshold ? l.containment : null;
}
