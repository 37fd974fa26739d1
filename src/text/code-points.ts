import type { Span } from './span.js';

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/**
 * Converts UTF-16 indices of one string to code-point offsets, the unit of the output contract.
 * Most reports have no astral characters, and then the two are equal; otherwise the positions of the
 * surrogate pairs are kept sorted and an index is shifted by the number of pairs before it.
 */
export class CodePointIndex {
  private readonly pairs: number[] = [];

  constructor(text: string) {
    // Most reports have no astral character at all; the expression engine says so faster than a loop.
    if (!HIGH_SURROGATE.test(text)) return;
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.pairs.push(i);
          i++;
        }
      }
    }
  }

  /** Code-point offset of UTF-16 index `u16`. An index inside a pair counts as the pair's start. */
  toCodePoint(u16: number): number {
    const p = this.pairs;
    if (p.length === 0) return u16;
    let lo = 0;
    let hi = p.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (p[mid]! < u16) lo = mid + 1;
      else hi = mid;
    }
    return u16 - lo;
  }

  /** UTF-16 index of code-point offset `cp`: the inverse of `toCodePoint`. */
  toUtf16(cp: number): number {
    const p = this.pairs;
    if (p.length === 0) return cp;
    // Pair k starts at code point p[k] - k; every pair starting before `cp` adds one UTF-16 unit.
    let lo = 0;
    let hi = p.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (p[mid]! - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  span(s: Span): Span {
    return { start: this.toCodePoint(s.start), end: this.toCodePoint(s.end) };
  }
}

/** UTF-16 index of code-point offset `cp` in `text` (the inverse, for library users and tests). */
export function codePointToUtf16(text: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) {
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
  }
  return i;
}

let lastText: string | null = null;
let lastIndex: CodePointIndex | null = null;

/**
 * The UTF-16 index (what `String.prototype.slice` takes) of code-point offset `offset` in `text`, for
 * library users: `text.slice(toUtf16(text, q.start), toUtf16(text, q.end)) === q.text` even after an
 * emoji. The index of the last text asked about is kept, so converting every span of a report costs one
 * pass over it plus a binary search each.
 */
export function toUtf16(text: string, offset: number): number {
  if (text !== lastText) {
    lastText = text;
    lastIndex = new CodePointIndex(text);
  }
  return Math.min(lastIndex!.toUtf16(offset), text.length);
}

/** The code points `[start, end)` of `text`: the text of a span of the output contract. */
export function sliceCodePoints(text: string, span: { start: number; end: number }): string {
  return text.slice(toUtf16(text, span.start), toUtf16(text, span.end));
}
