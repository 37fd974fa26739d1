/**
 * A fixed set of phrases, bucketed by a hash of their first two codes: "does one of them start here"
 * costs a bit test, and where one may, a native comparison with the few phrases of that bucket.
 */
export class PhraseSet {
  /** True when a phrase of fewer than two codes is in the set: such sets are simply read in full. */
  private readonly short: boolean;
  private readonly all: readonly string[];
  private readonly pairs = new Uint32Array(0x10000 >>> 5);
  private readonly buckets = new Map<number, string[]>();

  constructor(phrases: readonly string[]) {
    this.all = [...new Set(phrases)];
    this.short = this.all.some((p) => p.length < 2);
    for (const p of this.all) {
      if (p.length < 2) continue;
      const key = pairKey(p.charCodeAt(0), p.charCodeAt(1));
      this.pairs[key >>> 5] |= 1 << (key & 31);
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(p);
      else this.buckets.set(key, [p]);
    }
  }

  /** A phrase is `s[i, j)` for some `j <= end`. */
  startsAt(s: string, i: number, end: number): boolean {
    if (this.short) return this.all.some((p) => p.length <= end - i && s.startsWith(p, i));
    if (end - i < 2) return false;
    const key = pairKey(s.charCodeAt(i), s.charCodeAt(i + 1));
    if (!(this.pairs[key >>> 5] & (1 << (key & 31)))) return false;
    for (const p of this.buckets.get(key)!) if (p.length <= end - i && s.startsWith(p, i)) return true;
    return false;
  }

  /**
   * `startsAt` on the lower case of `s[i, end)` (the phrases being lower-cased), without lower-casing it
   * while the codes compared are ASCII or Arabic, whose lower case is known code by code (see
   * line-matcher.ts); null when another code is met before the answer is known.
   */
  startsAtLowered(s: string, i: number, end: number): boolean | null {
    if (this.short) return null;
    if (end - i < 2) return lowerOf(s.charCodeAt(i)) < 0 ? null : false; // `İ` lower-cases to two codes
    const a = lowerOf(s.charCodeAt(i));
    const b = lowerOf(s.charCodeAt(i + 1));
    if (a < 0 || b < 0) return null;
    const key = pairKey(a, b);
    if (!(this.pairs[key >>> 5] & (1 << (key & 31)))) return false;
    let unknown = false;
    for (const p of this.buckets.get(key)!) {
      let k = 2;
      for (; k < p.length && i + k < end; k++) {
        const c = lowerOf(s.charCodeAt(i + k));
        if (c < 0) break;
        if (c !== p.charCodeAt(k)) break;
      }
      if (k === p.length) return true;
      // Stopped at the end of the line (the lower case is as long: no match), at a code that differs
      // (so does the lower case there), or at a code whose lower case is not known here.
      if (i + k < end && lowerOf(s.charCodeAt(i + k)) < 0) unknown = true;
    }
    return unknown ? null : false;
  }
}

/** The lower case of an ASCII or Arabic code (one code, itself or its small letter); -1 for any other code. */
function lowerOf(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  return c >= 0x0600 && c <= 0x06ff ? c : -1;
}

const pairKey = (a: number, b: number): number => ((a << 6) ^ b) & 0xffff;

/** `ch` in either case, and what else lower-cases to it (see `anyOfExpression`). */
function eitherCase(ch: string, last: boolean): string {
  if (ch === 'k') return '[kK\u212a]';
  if (ch === 'i' && last) return '[iI\u0130]';
  return /^[a-z]$/u.test(ch) ? `[${ch}${ch.toUpperCase()}]` : literal(ch);
}

const literal = (ch: string): string => ch.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * An expression that matches where any of `words` does (or `extra`, a class), written as a trie so each
 * place is tried against one branch per first character, not every word: literals only, so linear time.
 * A word that another one starts with is enough on its own (only whether one occurs is asked).
 * `asciiEitherCase`: an ASCII letter matches in either case, as under `i` without `u`, but written as
 * `[aA]`: the engine searches such an expression faster than the same one under `i`. For the words'
 * ASCII runs tested against a line whose lower case is what counts, `k` also matches the Kelvin sign and
 * a word's last `i` also `İ` (its lower case is `i` and a combining dot, so only a last `i` can come from
 * it): then no one-character alternative is needed for those two.
 */
export function anyOfExpression(words: readonly string[], flags: string, extra = '', asciiEitherCase = false): RegExp | null {
  if (words.length === 0) return null;
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    if (node.end) return '';
    const branches = [...node.next].map(([ch, child]) => (asciiEitherCase ? eitherCase(ch, child.end) : literal(ch)) + emit(child));
    return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  };
  const source = emit(root);
  return new RegExp(extra ? `${extra}|${source || '(?:)'}` : source, flags);
}
