import type { Span } from '../text/span.js';
import { isLetterCode, isLetterOrDigit, isUpperCode } from '../text/char-class.js';

/** Enough words to tell speech from a name or a title; counting stops here. */
const ENOUGH_WORDS = 5;

/**
 * The words between marks, read in place: how many there are (`ENOUGH_WORDS` at most) and whether each
 * starts, letters first, with a capital. A word is a run without JavaScript white space (`\s`) holding a
 * letter or a digit, as `split(/\s+/)` then `[\p{L}\p{N}]` would count it; text with astral characters
 * is read that way too.
 */
export function innerWords(text: string, span: Span): { words: number; cased: boolean } {
  let words = 0;
  let cased = true;
  let at = span.start;
  while (at < span.end && words < ENOUGH_WORDS) {
    while (at < span.end && (infoOf(text.charCodeAt(at)) & SPACE) !== 0) at++;
    if (at >= span.end) break;
    let word = false;
    // 1 capital first, 2 small letter first, 0 no letter yet.
    let initial = 0;
    for (; at < span.end; at++) {
      const info = infoOf(text.charCodeAt(at));
      if ((info & SPACE) !== 0) break;
      if ((info & SURROGATE) !== 0) return byExpression(text, span);
      if ((info & LETTER_OR_DIGIT) !== 0) word = true;
      if (initial === 0 && (info & LETTER) !== 0) initial = (info & UPPER) !== 0 ? 1 : 2;
    }
    if (!word) continue;
    words++;
    if (initial !== 1) cased = false;
  }
  return { words, cased };
}

/** What innerWords asks of a code unit, one table read each (filled on first use; 0 is unknown). */
const KNOWN = 0x80;
const SPACE = 0x01;
const LETTER_OR_DIGIT = 0x02;
const LETTER = 0x04;
const UPPER = 0x08;
const SURROGATE = 0x10;
const INFO = new Uint8Array(0x10000);

function infoOf(code: number): number {
  const known = INFO[code]!;
  if (known !== 0) return known;
  let info = KNOWN;
  if (isJsSpace(code)) info |= SPACE;
  if (code >= 0xd800 && code <= 0xdfff) info |= SURROGATE;
  if (isLetterOrDigit(code)) info |= LETTER_OR_DIGIT;
  if (isLetterCode(code)) info |= LETTER;
  if (isUpperCode(code)) info |= UPPER;
  INFO[code] = info;
  return info;
}

function byExpression(text: string, span: Span): { words: number; cased: boolean } {
  const words = text.slice(span.start, span.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return { words: Math.min(words.length, ENOUGH_WORDS), cased: words.every((w) => /^\P{L}*\p{Lu}/u.test(w)) };
}

/** Whether the span ends with one of `chars` (single code units). */
export function endsWithAny(text: string, span: Span, chars: string): boolean {
  return span.end > span.start && chars.includes(text[span.end - 1]!);
}

/** JavaScript's `\s`: white space and line terminators as regular expressions see them. */
function isJsSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
