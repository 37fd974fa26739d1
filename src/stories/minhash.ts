import { foldWords, wordHashes } from './normalise.js';
import { shingleHashes } from './shingle.js';

/**
 * MinHash by one permutation hashing (Li, Owen & Zhang 2012) with optimal densification (Shrivastava 2017):
 * the shingle hash's top bits pick one of PERMUTATIONS bins and the rest is its value; each bin keeps its
 * least value, and an empty bin borrows the value of the first non-empty bin on a probe sequence of its own.
 * Two reports then agree on one position with probability equal to the Jaccard similarity of their shingle
 * sets, as with PERMUTATIONS separate hash functions, but at one step per shingle instead of PERMUTATIONS:
 * 128 separate functions cost the parse a fifth more time, this costs it a few percent. 128 positions
 * estimate Jaccard within about ±0.04.
 */
export const PERMUTATIONS = 128;
const BIN_SHIFT = 32 - Math.log2(PERMUTATIONS);
const VALUE_MASK = (1 << BIN_SHIFT) - 1;
const EMPTY = 0xffffffff;
/** Probes before an empty bin falls back to the next non-empty bin in order (only for one-shingle reports). */
const PROBES = 4 * PERMUTATIONS;

export interface Signature {
  /** The PERMUTATIONS minima. */
  minhash: Uint32Array;
  /** Shingles counted (with repeats): the set's size, near enough, for containment. */
  shingles: number;
  /** Folded words: what --group-min compares. */
  words: number;
}

/** The signature of one report's body. The text is not kept. */
export function signatureOf(body: string): Signature {
  const { words } = foldWords(body, null);
  const hashes = wordHashes;
  const shingles = shingleHashes(hashes, words);
  const bins = new Uint32Array(PERMUTATIONS).fill(EMPTY);
  for (let s = 0; s < shingles; s++) {
    const hash = hashes[s]! >>> 0;
    const bin = hash >>> BIN_SHIFT;
    const value = hash & VALUE_MASK;
    if (value < bins[bin]!) bins[bin] = value;
  }
  return { minhash: densify(bins, shingles), shingles, words };
}

function densify(bins: Uint32Array, shingles: number): Uint32Array {
  const minhash = bins.slice();
  if (shingles === 0) return minhash;
  for (let i = 0; i < PERMUTATIONS; i++) {
    if (bins[i] !== EMPTY) continue;
    let value = EMPTY;
    for (let attempt = 1; attempt <= PROBES && value === EMPTY; attempt++) value = bins[probe(i, attempt)]!;
    for (let j = 1; value === EMPTY; j++) value = bins[(i + j) % PERMUTATIONS]!;
    minhash[i] = value;
  }
  return minhash;
}

/** The attempt-th bin that empty bin `i` looks at: a fixed pseudo-random sequence, the same on every machine. */
function probe(i: number, attempt: number): number {
  let h = Math.imul(i * 0x10001 + attempt, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> BIN_SHIFT;
}
