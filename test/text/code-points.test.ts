import { describe, expect, it } from 'vitest';
import { CodePointIndex, codePointToUtf16 } from '../../src/text/code-points.js';

describe('CodePointIndex', () => {
  it('is the identity when there are no astral characters', () => {
    const idx = new CodePointIndex('قال الوزير');
    expect([0, 3, 10].map((i) => idx.toCodePoint(i))).toEqual([0, 3, 10]);
  });

  it('counts a surrogate pair as one code point', () => {
    const text = 'a😀b🇸🇾c';
    const idx = new CodePointIndex(text);
    const b = text.indexOf('b');
    const c = text.indexOf('c');
    expect(idx.toCodePoint(b)).toBe(2);
    expect(idx.toCodePoint(c)).toBe(5);
    expect(Array.from(text).slice(2, 5).join('')).toBe(text.slice(b, c));
  });

  it('round-trips with codePointToUtf16, lone surrogates included', () => {
    const text = 'x\uD800y😀\uDC00z';
    const idx = new CodePointIndex(text);
    for (let cp = 0; cp <= Array.from(text).length; cp++) {
      expect(idx.toCodePoint(codePointToUtf16(text, cp))).toBe(cp);
      expect(idx.toUtf16(cp)).toBe(codePointToUtf16(text, cp));
    }
  });
});
