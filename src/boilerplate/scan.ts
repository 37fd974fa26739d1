/**
 * Character classes and small cursor helpers shared by the passes. Everything here looks at one or two
 * characters at a time, so every scan built on it is linear.
 */
import { isSpace } from '../text/span.js';

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

// Fast paths for ASCII and the Arabic block, which is nearly all the text this stage sees; the Unicode
// property tests handle the rest.
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x0621 && c <= 0x065f) return true; // letters, tatweel and harakat
  if (c >= 0x0660 && c <= 0x066d) return false; // Arabic-Indic digits and separators
  return LETTER.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x0600 && c <= 0x06ff) return false;
  return UPPER.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c >= 0x0600 && c <= 0x06ff) return false;
  return LOWER.test(ch);
}
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
export const isSpaceAt = (text: string, i: number): boolean => i < text.length && isSpace(text.charCodeAt(i));
export const isLineBreak = (ch: string | undefined): boolean => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';

/** Sentence-final marks. A run of two or more dots is the pause of Arabic headlines, not an end. */
export const TERMINALS = '.!?؟…';
export const CLOSING_QUOTES = '»”’"\')]';
/** Marks that open a quotation or a list item: a line starting with one is not a caption. */
export const OPENING_QUOTES_AND_BULLETS = '«“‘"\'([-–—•*';

/** True when `text[i]` ends a sentence: a terminal mark that is not part of a `..` pause. */
export function endsSentenceAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined || !TERMINALS.includes(ch)) return false;
  if (ch === '.' && (text[i - 1] === '.' || text[i + 1] === '.')) return false;
  if (ch === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1])) return false;
  return true;
}

/** Skips white space forward from `i` (not past `limit`). */
export function skipSpace(text: string, i: number, limit = text.length): number {
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Skips white space backward: returns the index just after the last non-space character before `i`. */
export function skipSpaceBack(text: string, i: number, floor = 0): number {
  while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** True when `word` is at `i` and is not the start of a longer word. */
export function wordAt(text: string, i: number, word: string, caseless = false): boolean {
  const piece = text.slice(i, i + word.length);
  if (caseless ? piece.toLowerCase() !== word.toLowerCase() : piece !== word) return false;
  return !isLetter(text[i + word.length]);
}

/**
 * A list of words or phrases indexed by first character, so asking "does one start here?" at every
 * position of a long text costs a map look-up, not a pass over the list.
 */
export class WordList {
  private readonly byFirst = new Map<string, string[]>();

  constructor(words: Iterable<string>, private readonly caseless = false) {
    for (const w of new Set(words)) {
      if (w === '') continue;
      const key = caseless ? w[0].toLowerCase() : w[0];
      const list = this.byFirst.get(key) ?? [];
      list.push(w);
      this.byFirst.set(key, list.sort((a, b) => b.length - a.length)); // longest first: وقالت before وقال
    }
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** The word of the list that starts at `i` and is not the start of a longer word, or null. */
  at(text: string, i: number): string | null {
    const ch = text[i];
    if (ch === undefined) return null;
    const list = this.byFirst.get(this.caseless ? ch.toLowerCase() : ch);
    if (!list) return null;
    for (const w of list) if (wordAt(text, i, w, this.caseless)) return w;
    return null;
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
