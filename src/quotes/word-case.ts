import { isLowerCode, isUpperCode } from '../text/char-class.js';

/**
 * Case and script questions about a stretch of text, answered from code-unit tables instead of a slice
 * and a regular expression each time. Astral characters (a surrogate pair) go to the expression the
 * answer is defined by, so every answer is exactly what that expression says.
 */

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** `/^\p{Lu}/u` on text[start, end). */
export function startsUpper(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const code = text.charCodeAt(start);
  return isSurrogate(code) ? /^\p{Lu}/u.test(text.slice(start, end)) : isUpperCode(code);
}

/** `/^\p{Ll}/u` on text[start, end). */
export function startsLower(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const code = text.charCodeAt(start);
  return isSurrogate(code) ? /^\p{Ll}/u.test(text.slice(start, end)) : isLowerCode(code);
}

/** 1 Latin script, 2 not, 0 not known yet. */
const LATIN = new Uint8Array(0x10000);

/** `/\p{Script=Latin}/u` on text[start, end). */
export function hasLatin(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isSurrogate(code)) return /\p{Script=Latin}/u.test(text.slice(start, end));
    let latin = LATIN[code]!;
    if (latin === 0) LATIN[code] = latin = /\p{Script=Latin}/u.test(String.fromCharCode(code)) ? 1 : 2;
    if (latin === 1) return true;
  }
  return false;
}
