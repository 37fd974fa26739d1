import { LOOK, type Scope } from './boundary.js';
import { isOpener, isWordChar } from './chars.js';
import { runAhead, runBack, skipFormatBack, skipSpace } from './cursor.js';

const DOT = 0x2e;
/** What may be part of an abbreviation written before a dot: letters, inner dots, "°" (N°), "-" (Д-р). */
const isAbbreviationChar = (code: number): boolean =>
  isWordChar(code) || code === DOT || code === 0xb0 || code === 0xba || code === 0x2d;

/** No abbreviation is longer than this; a longer word before a dot is read only this far. */
const ABBREVIATION_LOOK = 16;

export interface WordBefore {
  start: number;
  /** The word as written, without leading dots or hyphens. */
  word: string;
  /** What comes right before it: "/" or "@" says it is part of an address, not a word. */
  previous: number;
}

/** The word that a terminal mark at `at` follows, looking through bidi controls (د‪.‬). */
export function wordBefore(scope: Scope, at: number): WordBefore {
  const end = skipFormatBack(scope.text, at, scope.start);
  const start = abbreviationStart(scope, end);
  const previous = start > scope.start ? scope.text.charCodeAt(start - 1) : 0x20;
  return { start, word: scope.text.slice(start, end), previous };
}

/**
 * Whether the `length` characters before `end` are all letters or digits, within what `wordBefore` reads:
 * the word there is at least that long and ends in a piece at least that long.
 */
export function endsInPlainRun(scope: Scope, end: number, length: number): boolean {
  if (length > ABBREVIATION_LOOK || end - length < scope.start) return false;
  for (let i = end - length; i < end; i++) if (!isWordChar(scope.text.charCodeAt(i))) return false;
  return true;
}

/** Start of the word that `wordBefore` reads, for a word ending at `end`: the same word, without a string. */
export function abbreviationStart(scope: Scope, end: number): number {
  // runBack's loop, written out: a dot is decided on every word before it
  const stop = Math.max(scope.start, end - ABBREVIATION_LOOK);
  let start = end;
  while (start > stop && isAbbreviationChar(scope.text.charCodeAt(start - 1))) start--;
  while (start < end && (scope.text.charCodeAt(start) === DOT || scope.text.charCodeAt(start) === 0x2d)) start++;
  return start;
}

/** The word after a boundary, past white space and opening quotes or brackets ("" when there is none). */
export function wordAfter(scope: Scope, from: number): string {
  let i = skipSpace(scope.text, from, scope.end);
  const stop = Math.min(scope.end, i + 4);
  while (i < stop && isOpener(scope.text.charCodeAt(i))) i++;
  return scope.text.slice(i, runAhead(scope.text, i, scope.end, isWordChar, LOOK));
}

/** The token (up to white space) around a position, bounded: enough to see "://", "www." or "@". */
export function looksLikeAddress(scope: Scope, at: number): boolean {
  const { text } = scope;
  const notSpace = (code: number) => code > 0x20 && code !== 0xa0;
  const token = text.slice(runBack(text, at, scope.start, notSpace, LOOK), runAhead(text, at, scope.end, notSpace, LOOK));
  return token.includes('://') || token.includes('@') || /\bwww\./i.test(token) || /\.(?:com|org|net|html?|php|pdf|jpe?g|png)\b/i.test(token);
}
