import xxhash from 'xxhash-wasm';
import type { normaliseWords } from './normalise.js';

/**
 * Word shingles: every run of SHINGLE_WORDS consecutive folded words, hashed with xxHash32 (the `xxhash-wasm`
 * package: the reference C code compiled to WebAssembly, no dependencies; a well-studied hash with good
 * avalanche rather than one of our own). Five words is what text-dedup and CCNet-style pipelines use: short
 * enough that a light edit leaves most shingles intact, long enough that two reports on one topic share few.
 */
export const SHINGLE_WORDS = 5;

// Top-level await: a worker thread's module is ready before its first message is handled.
const { h32Raw } = await xxhash();

/**
 * Calls `each` with the hash of every shingle of the folded words (a report shorter than SHINGLE_WORDS gives
 * one shingle of all its words; an empty one none) and returns how many there were.
 */
export function forEachShingle(words: ReturnType<typeof normaliseWords>, each: (hash: number) => void): number {
  const { units, length } = words;
  if (length === 0) return 0;
  const bytes = new Uint8Array(units.buffer, units.byteOffset, length * 2);
  // Word starts, in code units; a shingle spans from one start to the space before the start SHINGLE_WORDS on.
  const starts: number[] = [0];
  for (let i = 0; i < length; i++) if (units[i] === 0x20) starts.push(i + 1);
  const last = starts.length - SHINGLE_WORDS;
  if (last < 0) {
    each(h32Raw(bytes) >>> 0);
    return 1;
  }
  for (let w = 0; w <= last; w++) {
    const end = w + SHINGLE_WORDS < starts.length ? starts[w + SHINGLE_WORDS]! - 1 : length;
    each(h32Raw(bytes.subarray(starts[w]! * 2, end * 2)) >>> 0);
  }
  return last + 1;
}
