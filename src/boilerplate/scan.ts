/**
 * Character classes and small cursor helpers shared by the passes. Everything here looks at one or two
 * characters at a time, so every scan built on it is linear.
 */
import { isLetterOrMarkCode, isLowerCode, isUpperCode } from '../text/char-class.js';
import { isSpace } from '../text/span.js';

// A character as a string (`text[i]`, or a whole code point from `for...of`): the code-unit tests below
// answer for one unit, and the expression for a surrogate pair, which is what the expression defines.
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** `[\p{L}\p{M}]`. */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  return isSurrogate(c) ? /^[\p{L}\p{M}]/u.test(ch) : isLetterUnit(c);
}

/** `\p{Lu}`. */
export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  return isSurrogate(c) ? /^\p{Lu}/u.test(ch) : isUpperUnit(c);
}

/** `\p{Ll}`. */
export function isLower(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  return isSurrogate(c) ? /^\p{Ll}/u.test(ch) : isLowerUnit(c);
}
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
/** `isSpace`, deciding first the characters nearly all text is made of: ASCII and U+00A1..U+167F (Arabic). */
export const isSpaceUnit = (c: number): boolean => ((c > 0x20 && c < 0x85) || (c > 0xa0 && c < 0x1680) ? false : isSpace(c));
export const isSpaceAt = (text: string, i: number): boolean => i < text.length && isSpaceUnit(text.charCodeAt(i));
export const isLineBreak = (ch: string | undefined): boolean => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';

// The same classes by UTF-16 code, for the loops that read every character: `text.charCodeAt(i)` costs no
// string, and past either end of the text it gives NaN, which is in no class (as `text[i]`, undefined, was).

/** `[\p{L}\p{M}]`, as `isLetter`. */
export function isLetterUnit(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  if (c >= 0x0621 && c <= 0x065f) return true;
  if (c >= 0x0660 && c <= 0x066d) return false;
  return c === c && isLetterOrMarkCode(c);
}

export function isUpperUnit(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x0600 && c <= 0x06ff) return false;
  return c === c && isUpperCode(c);
}

export function isLowerUnit(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c >= 0x0600 && c <= 0x06ff) return false;
  return c === c && isLowerCode(c);
}

export const isDigitUnit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Sentence-final marks. A run of two or more dots is the pause of Arabic headlines, not an end. */
export const TERMINALS = '.!?؟…';
export const CLOSING_QUOTES = '»”’"\')]';
/** Marks that open a quotation or a list item: a line starting with one is not a caption. */
export const OPENING_QUOTES_AND_BULLETS = '«“‘"\'([-–—•*';

/** A character of `TERMINALS`, by code. */
export const isTerminalUnit = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026;
/** A character of `CLOSING_QUOTES`, by code. */
export const isClosingQuoteUnit = (c: number): boolean =>
  c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d;

/** True when `text[i]` ends a sentence: a terminal mark that is not part of a `..` pause. */
export function endsSentenceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!isTerminalUnit(c)) return false;
  if (c !== 0x2e) return true;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  if (before === 0x2e || after === 0x2e) return false;
  return !(isDigitUnit(before) && isDigitUnit(after));
}

/** Skips white space forward from `i` (not past `limit`). */
export function skipSpace(text: string, i: number, limit = text.length): number {
  while (i < limit && isSpaceUnit(text.charCodeAt(i))) i++;
  return i;
}

/** Skips white space backward: returns the index just after the last non-space character before `i`. */
export function skipSpaceBack(text: string, i: number, floor = 0): number {
  while (i > floor && isSpaceUnit(text.charCodeAt(i - 1))) i--;
  return i;
}

/** One node of a `WordList`'s trie: the listed word that ends here, and the next code units. */
interface Node {
  word: string | null;
  next: Map<number, Node>;
}

/**
 * A list of words or phrases in a trie of UTF-16 codes, with a bit per possible first code, so asking
 * "does one start here?" at every position of a long text costs a bit test, and a short walk where one may.
 */
export class WordList {
  private readonly root = new Map<number, Node>();
  private readonly firsts = new Uint32Array(0x10000 >>> 5);

  /** The listed words, without duplicates. */
  readonly words: readonly string[];

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)].filter((w) => w !== '');
    for (const w of this.words) {
      let level = this.root;
      let node: Node | undefined;
      for (let k = 0; k < w.length; k++) {
        const c = w.charCodeAt(k);
        node = level.get(c);
        if (!node) level.set(c, (node = { word: null, next: new Map() }));
        level = node.next;
      }
      node!.word = w;
      this.firsts[w.charCodeAt(0) >>> 5] |= 1 << (w.charCodeAt(0) & 31);
    }
  }

  get size(): number {
    return this.root.size;
  }


  /**
   * The longest word of the list that starts at `i` and is not the start of a longer word (no letter
   * follows it: `وقالت` before `وقال`), or null.
   */
  at(text: string, i: number): string | null {
    const c = text.charCodeAt(i);
    if (!(this.firsts[c >>> 5] & (1 << (c & 31)))) return null; // NaN >>> 5 is 0, and bit 0 (U+0000) is never set
    let node = this.root.get(c);
    let found: string | null = null;
    for (let k = i + 1; node; k++) {
      const next = text.charCodeAt(k);
      if (node.word !== null && !isLetterUnit(next)) found = node.word;
      node = node.next.get(next);
    }
    return found;
  }
}

/** Emoji, bullets, markdown emphasis and other marks that decorate the start of Telegram lines. */
export function isDecoration(code: number): boolean {
  if (isSpace(code)) return true;
  if (code === 0x2a || code === 0x5f || code === 0x23 || code === 0x3e || code === 0x7e) return true; // * _ # > ~
  if (code === 0x2022 || code === 0x25cf || code === 0x25aa || code === 0x2013 || code === 0x2014 || code === 0x2d) return true;
  if (code >= 0x2190 && code <= 0x2bff) return true; // arrows, symbols, dingbats
  if (code >= 0xd800 && code <= 0xdfff) return true; // astral: emoji
  if (code === 0xfe0f || code === 0x20e3 || code === 0x200d) return true; // emoji variation, keycap, joiner
  return false;
}
