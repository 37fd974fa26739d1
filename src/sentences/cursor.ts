import { isFormat } from './chars.js';
import { isSpace } from '../text/span.js';

/** Small moves over the text that the passes share. Each is bounded by a limit the caller gives. */

/** Index of the first character at or after `from` that is not white space, or `limit`. */
export function skipSpace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Index just after the last character before `from` that is not white space, or `limit`. */
export function skipSpaceBack(text: string, from: number, limit: number): number {
  let i = from;
  while (i > limit && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Steps back over bidi controls and zero-width marks, which real text puts between a word and its dot. */
export function skipFormatBack(text: string, from: number, limit: number): number {
  let i = from;
  while (i > limit && isFormat(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Start of the run of characters before `end` that satisfy `test`, looking back at most LOOK characters. */
export function runBack(text: string, end: number, limit: number, test: (code: number) => boolean, look: number): number {
  const stop = Math.max(limit, end - look);
  let i = end;
  while (i > stop && test(text.charCodeAt(i - 1))) i--;
  return i;
}

/** End of the run of characters from `start` that satisfy `test`, looking ahead at most LOOK characters. */
export function runAhead(text: string, start: number, limit: number, test: (code: number) => boolean, look: number): number {
  const stop = Math.min(limit, start + look);
  let i = start;
  while (i < stop && test(text.charCodeAt(i))) i++;
  return i;
}
