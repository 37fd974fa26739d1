/**
 * A fixed set of phrases in a trie of UTF-16 codes: "does one of them start here" costs a bit test on the
 * first two codes (hashed), and a short walk where one may, instead of one comparison per phrase.
 */
interface Node {
  end: boolean;
  next: Map<number, Node>;
}

export class PhraseSet {
  private readonly root = new Map<number, Node>();
  /** True when the empty phrase is in the set: it starts everywhere. */
  private readonly empty: boolean;
  /** Bits by `pairKey` of every phrase's first two codes; null when a phrase has only one. */
  private readonly pairs: Uint32Array | null;

  constructor(phrases: readonly string[]) {
    this.empty = phrases.includes('');
    this.pairs = phrases.every((p) => p.length !== 1) ? new Uint32Array(0x10000 >>> 5) : null;
    for (const p of phrases) {
      if (p === '') continue;
      let level = this.root;
      let node: Node | undefined;
      for (let k = 0; k < p.length; k++) {
        const c = p.charCodeAt(k);
        node = level.get(c);
        if (!node) level.set(c, (node = { end: false, next: new Map() }));
        level = node.next;
      }
      node!.end = true;
      const key = pairKey(p.charCodeAt(0), p.charCodeAt(1));
      if (this.pairs) this.pairs[key >>> 5] |= 1 << (key & 31);
    }
  }

  /** A phrase is `s[i, j)` for some `j <= end`. */
  startsAt(s: string, i: number, end: number): boolean {
    if (this.empty) return true;
    if (this.pairs) {
      if (end - i < 2) return false;
      const key = pairKey(s.charCodeAt(i), s.charCodeAt(i + 1));
      if (!(this.pairs[key >>> 5] & (1 << (key & 31)))) return false;
    }
    let level = this.root;
    for (let k = i; k < end; k++) {
      const node = level.get(s.charCodeAt(k));
      if (!node) return false;
      if (node.end) return true;
      level = node.next;
    }
    return false;
  }
}

const pairKey = (a: number, b: number): number => ((a << 6) ^ b) & 0xffff;
