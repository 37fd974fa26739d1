/**
 * Word shingles: every run of SHINGLE_WORDS consecutive folded words, as a 32-bit hash. Five words is what
 * text-dedup and CCNet-style pipelines use: short enough that a light edit leaves most shingles intact, long
 * enough that two reports on one topic share few.
 *
 * The hash is written here, on purpose: FNV-1a over each word's folded code units (normalise.ts), mixed by
 * MurmurHash3's 32-bit finaliser, and a shingle is its words' mixed hashes rotated by their place, xored and
 * finalised again. xxhash-wasm (MIT, well kept) was tried first: each call copies its input into WebAssembly
 * memory, and at one call per shingle it made shingling 4.4 times slower (97 ms against 22 ms for 1.4 M
 * characters), about 5% of the whole parse, a third of --group's budget. A library hash fits whole strings,
 * not millions of five-word spans.
 */
export const SHINGLE_WORDS = 5;

/** MurmurHash3's 32-bit finaliser: every input bit reaches every output bit. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Turns `count` word hashes (mixed in place) into shingle hashes, written over the start of the same array
 * (shingle s only needs words s to s + SHINGLE_WORDS - 1, read before they are overwritten). A text shorter
 * than SHINGLE_WORDS gives one shingle of all its words; none gives none. Returns the number of shingles.
 */
export function shingleHashes(hashes: Int32Array, count: number): number {
  if (count === 0) return 0;
  for (let w = 0; w < count; w++) hashes[w] = fmix(hashes[w]!);
  const width = Math.min(count, SHINGLE_WORDS);
  const shingles = count - width + 1;
  for (let s = 0; s < shingles; s++) {
    let x = width;
    for (let k = 0; k < width; k++) {
      const h = hashes[s + k]!;
      x ^= (h << (k * 7)) | (h >>> (32 - k * 7));
    }
    hashes[s] = fmix(x);
  }
  return shingles;
}
