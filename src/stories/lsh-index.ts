import { PERMUTATIONS } from './minhash.js';

/**
 * LSH banding over MinHash signatures, in typed arrays only (no object, no string per report): BANDS bands of
 * ROWS rows each. Two reports become candidates when they agree on at least MIN_SHARED_BANDS whole bands.
 *
 * One row per band is what containment needs: a copy that keeps a fifth of a long report has a Jaccard near
 * 0.15-0.2, and with bands of two rows it would be found only three times in four; with one-row bands it
 * shares 7-10 of 48 (two or more in 99.6% of cases at 0.15), and two are asked for, so unrelated reports that
 * happen to agree on one common shingle are not even checked. 48 bands, not 64 or 128: each band is a table
 * entry per report (20 bytes) and a cache miss per lookup. Each band keys a chain of the reports with that band value, newest first; a lookup
 * follows at most CHAIN_LIMIT links, so a band value that thousands of reports share (a stock phrase) costs
 * a bounded time, and the copies that matter, near in time, come first.
 */
export const BANDS = 48;
export const ROWS = 1;
export const MIN_SHARED_BANDS = 2;
const CHAIN_LIMIT = 8;
/** Candidates checked, most shared bands first: a report with fifty earlier copies needs only the closest. */
const VERIFY_LIMIT = 8;
const NONE = -1;

export class LshIndex {
  /** Open addressing: band key (band number mixed with its value), and the newest report in its chain. */
  private keys = new Int32Array(1 << 12);
  /** 32 - log2(table size): the slot is the top bits of the key times the golden ratio (Fibonacci hashing). */
  private shift = 20;
  private heads = new Int32Array(1 << 12).fill(NONE);
  private used = 0;
  /** next[report * BANDS + band]: the next older report in that band's chain. */
  private next: Int32Array<ArrayBuffer> = new Int32Array(BANDS * 256);
  private count = 0;
  /**
   * Candidate counting without a Map: hits[report] is valid when stamp[report] is the current lookup's number,
   * so nothing is cleared between lookups. (A Map cost more than the rest of the lookup on the replicated
   * bench, where every band's chain is full.)
   */
  private hits = new Int32Array(256);
  private stamp = new Int32Array(256);
  private lookup = 0;

  get reports(): number {
    return this.count;
  }

  /** Bytes held, for the README's memory figure. */
  get bytes(): number {
    return this.keys.byteLength + this.heads.byteLength + this.next.byteLength + this.hits.byteLength + this.stamp.byteLength;
  }

  /** Reports already added that share at least MIN_SHARED_BANDS bands with `minhash`, most shared first. */
  candidates(minhash: Uint32Array): number[] {
    const { hits, stamp } = this;
    const lookup = ++this.lookup;
    const found: number[] = [];
    for (let band = 0; band < BANDS; band++) {
      const slot = this.find(bandKey(minhash, band));
      if (this.keys[slot] === 0) continue;
      let report = this.heads[slot]!;
      for (let steps = 0; report !== NONE && steps < CHAIN_LIMIT; steps++) {
        if (stamp[report] !== lookup) {
          stamp[report] = lookup;
          hits[report] = 0;
        }
        if (++hits[report]! === MIN_SHARED_BANDS) found.push(report);
        report = this.next[report * BANDS + band]!;
      }
    }
    found.sort((a, b) => hits[b]! - hits[a]! || b - a);
    if (found.length > VERIFY_LIMIT) found.length = VERIFY_LIMIT;
    return found;
  }

  /** Adds the next report (numbered in order from 0) under its bands. */
  add(minhash: Uint32Array): number {
    const report = this.count++;
    if ((report + 1) * BANDS > this.next.length) this.next = grow(this.next, this.next.length * 2);
    if (report >= this.hits.length) {
      this.hits = grow(this.hits, this.hits.length * 2);
      this.stamp = grow(this.stamp, this.stamp.length * 2);
    }
    for (let band = 0; band < BANDS; band++) {
      if ((this.used + 1) * 2 > this.keys.length) this.rehash();
      const key = bandKey(minhash, band);
      const slot = this.find(key);
      if (this.keys[slot] === 0) {
        this.keys[slot] = key;
        this.used++;
        this.next[report * BANDS + band] = NONE;
      } else this.next[report * BANDS + band] = this.heads[slot]!;
      this.heads[slot] = report;
    }
    return report;
  }

  /** The slot of `key`, or the empty slot where it would go (linear probing; the table is at most half full). */
  private find(key: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(): void {
    const { keys, heads } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.shift--;
    this.heads = new Int32Array(keys.length * 2).fill(NONE);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const slot = this.find(keys[i]!);
      this.keys[slot] = keys[i]!;
      this.heads[slot] = heads[i]!;
    }
  }
}

/** A band's rows folded into one non-zero 32-bit key (a small integer for V8, not a heap number) (0 marks an empty slot); the band number is mixed in. */
function bandKey(minhash: Uint32Array, band: number): number {
  let h = Math.imul(band + 1, 0x85ebca6b);
  for (let r = 0; r < ROWS; r++) {
    h = Math.imul(h ^ minhash[(band * ROWS + r) % PERMUTATIONS]!, 0xcc9e2d51);
    h ^= h >>> 15;
  }
  return h | 0 || 1;
}

function grow(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}
