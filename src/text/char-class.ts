/**
 * Unicode classes of one UTF-16 code unit, answered from a table filled on first use: hot scanning loops
 * then cost one array read per character instead of a one-character string and a regular expression.
 * A lone surrogate half is in no class, which is what the `u`-flag expressions answer for it too.
 */

const KNOWN = 0x80;
const LETTER = 0x01;
const MARK = 0x02;
const NUMBER = 0x04;
const UPPER = 0x08;
const LOWER = 0x10;

const table = new Uint8Array(0x10000);

function classOf(code: number): number {
  const known = table[code]!;
  if (known !== 0) return known;
  const ch = String.fromCharCode(code);
  let bits = KNOWN;
  if (/\p{L}/u.test(ch)) bits |= LETTER;
  if (/\p{M}/u.test(ch)) bits |= MARK;
  if (/\p{N}/u.test(ch)) bits |= NUMBER;
  if (/\p{Lu}/u.test(ch)) bits |= UPPER;
  if (/\p{Ll}/u.test(ch)) bits |= LOWER;
  table[code] = bits;
  return bits;
}

/** `\p{L}`: a letter of any script. */
export const isLetterCode = (code: number): boolean => (classOf(code) & LETTER) !== 0;
/** `[\p{L}\p{M}]`: a letter or a combining mark (Arabic harakat). */
export const isLetterOrMarkCode = (code: number): boolean => (classOf(code) & (LETTER | MARK)) !== 0;
/** `[\p{L}\p{N}]`: what makes a token a word. */
export const isLetterOrDigit = (code: number): boolean => (classOf(code) & (LETTER | NUMBER)) !== 0;
/** `[\p{L}\p{N}\p{M}]`: a word character, combining marks (Arabic harakat) included. */
export const isWordCode = (code: number): boolean => (classOf(code) & (LETTER | NUMBER | MARK)) !== 0;
export const isUpperCode = (code: number): boolean => (classOf(code) & UPPER) !== 0;
export const isLowerCode = (code: number): boolean => (classOf(code) & LOWER) !== 0;

/** What `\s` matches and `String.prototype.trim` removes (bidi and zero-width marks are not in it). */
export function isJsWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
