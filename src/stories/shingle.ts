import type { normaliseWords } from './normalise.js';

/**
 * Word shingles: every run of SHINGLE_WORDS consecutive folded words, as a 32-bit hash. Five words is what
 * text-dedup and CCNet-style pipelines use: short enough that a light edit leaves most shingles intact, long
 * enough that two reports on one topic share few.
 *
 * The hash is written here, on purpose: FNV-1a over each word's folded code units, and the SHINGLE_WORDS word
 * hashes combined with MurmurHash3's 32-bit mixing and finaliser (public-domain constants). xxhash-wasm (MIT,
 * well kept) was tried first: each call copies its input into WebAssembly memory, and at one call per shingle
 * it made shingling 4.4 times slower (97 ms against 22 ms for 1.4 M characters), about 5% of the whole parse,
 * a third of --group's budget. A library hash fits whole strings, not millions of five-word spans.
 */
export const SHINGLE_WORDS = 5;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** Word hashes, reused between reports (grown when a report has more words). */
let wordHashes = new Int32Array(4096);

/**
 * Calls `each` with the hash of every shingle of the folded words (a report shorter than SHINGLE_WORDS gives
 * one shingle of all its words; an empty one none) and returns how many there were.
 */
export function forEachShingle(words: ReturnType<typeof normaliseWords>, each: (hash: number) => void): number {
  const { units, length } = words;
  if (length === 0) return 0;
  if (words.words > wordHashes.length) wordHashes = new Int32Array(words.words * 2);
  const hashes = wordHashes;
  let count = 0;
  let h = FNV_OFFSET;
  for (let i = 0; i < length; i++) {
    const c = units[i]!;
    if (c === 0x20) {
      hashes[count++] = h;
      h = FNV_OFFSET;
    } else h = Math.imul(h ^ c, FNV_PRIME);
  }
  hashes[count++] = h;
  const shingles = Math.max(1, count - SHINGLE_WORDS + 1);
  const width = Math.min(count, SHINGLE_WORDS);
  for (let s = 0; s < shingles; s++) {
    let x = width;
    for (let k = 0; k < width; k++) {
      let w = Math.imul(hashes[s + k]!, 0xcc9e2d51);
      w = Math.imul((w << 15) | (w >>> 17), 0x1b873593);
      x ^= w;
      x = Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64;
    }
    x ^= x >>> 16;
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    x ^= x >>> 16;
    each(x >>> 0);
  }
  return shingles;
}
