import { Buffer } from 'node:buffer';
import type { Boundary, Scope } from './boundary.js';
import { isAmbiguousQuote, isCloser, isFormat, isLetter, isWordChar } from './chars.js';
import { skipSpace } from './cursor.js';
import { LINE, LIST_PUNCTUATION, QUOTE_CLOSER, SPACE as SPACE_FLAG, TERMINAL } from './tables.js';

const DOT = 0x2e;
const SPACE = 0x20;

/**
 * The scanner's fast loop reads a region's codes from a typed array, filled a chunk at a time by one native
 * copy, rather than from the string: a string read checks the string's kind on every character.
 */
const CHUNK = 1 << 14;
const codes = new Uint16Array(CHUNK);
const codeBytes = Buffer.from(codes.buffer);

/** What the scanner saw in one region. */
export interface Scan {
  boundaries: Boundary[];
  /** Every closing guillemet and curly quote, in order: a pass needs these few and no other character. */
  quoteClosers: number[];
  /** Where two spaces in a row start (a run of three holds two), in order: the few places a paragraph may be lost. */
  spacePairs: number[];
  /** Every dot and closing bracket, in order: where list markers may end. */
  listPunctuation: number[];
}

/**
 * The scanner: one pass of a cursor over the region that proposes a boundary at every run of terminal
 * marks (with the closing quotes and brackets after it) and at every line break (a run of blank lines is
 * one `blank` boundary). It already knows the shapes of dots that are never a full stop: an omission
 * "[...]" or "(...)", and a spaced ". . ." inside a sentence.
 */
export function findTerminals(scope: Scope): Scan {
  const { text, end } = scope;
  const { flags } = scope.tables;
  const found: Boundary[] = [];
  const quoteClosers: number[] = [];
  const spacePairs: number[] = [];
  const listPunctuation: number[] = [];
  let i = scope.start;
  previous = 0;
  // codes[k - base] is text.charCodeAt(k) for base <= k < limit
  let base = i;
  let limit = i;
  while (i < end) {
    if (i >= limit) {
      base = i;
      limit = Math.min(end, i + CHUNK);
      codeBytes.write(text.slice(base, limit), 0, 'utf16le');
    }
    i = skipPlain(flags, i, base, limit, spacePairs);
    if (i >= limit) continue;
    const at = i;
    const flag = flags[text.charCodeAt(i)];
    if (flag & LINE) i = lineBreak(text, i, end, found);
    else if (flag & TERMINAL) i = markRun(scope, flags, i, found);
    else i++;
    // the run just read may hold closing quotes (a mark and its closers: ?»), dots and spaces (". . .", "\n  ")
    for (let k = at; k < i; k++) {
      const bits = flags[text.charCodeAt(k)];
      if (bits & QUOTE_CLOSER) quoteClosers.push(k);
      if (bits & LIST_PUNCTUATION) listPunctuation.push(k);
      if (bits & SPACE_FLAG && k + 1 < i && flags[text.charCodeAt(k + 1)] & SPACE_FLAG) spacePairs.push(k);
    }
    previous = flags[text.charCodeAt(i - 1)] & SPACE_FLAG;
  }
  return { boundaries: found, quoteClosers, spacePairs, listPunctuation };
}

/** SPACE_FLAG when the character before the scanner's cursor is a space. */
let previous = 0;

/**
 * Past the characters of codes[i - base, limit - base) that flag nothing or only a space, noting where two
 * spaces in a row start. Most characters are such: they are read four at a time, with no branch per
 * character. A function of its own, so V8 compiles this loop early (on stack, while a long first report is
 * read) without compiling the scanner around it before its other paths have run: that made the scanner
 * deoptimise and compile again four times in a run.
 */
function skipPlain(flags: Uint8Array, i: number, base: number, limit: number, spacePairs: number[]): number {
  let prev = previous;
  while (i + 4 <= limit) {
    const k = i - base;
    const f0 = flags[codes[k]!]!;
    const f1 = flags[codes[k + 1]!]!;
    const f2 = flags[codes[k + 2]!]!;
    const f3 = flags[codes[k + 3]!]!;
    if ((f0 | f1 | f2 | f3) > SPACE_FLAG) break;
    // the four places where a pair may start (i - 1 to i + 2), one bit each: flags here are 0 or SPACE_FLAG (1)
    const pairs = (prev & f0) | ((f0 & f1) << 1) | ((f1 & f2) << 2) | ((f2 & f3) << 3);
    if (pairs !== 0) for (let b = 0; b < 4; b++) if ((pairs >> b) & 1) spacePairs.push(i - 1 + b);
    prev = f3;
    i += 4;
  }
  while (i < limit) {
    const flag = flags[codes[i - base]!]!;
    if (flag > SPACE_FLAG) break;
    if ((flag & prev) !== 0) spacePairs.push(i - 1);
    prev = flag;
    i++;
  }
  previous = prev;
  return i;
}

function lineBreak(text: string, at: number, end: number, found: Boundary[]): number {
  let i = at + 1;
  let blank = false;
  let next = i;
  for (;;) {
    while (next < end && isLineSpace(text.charCodeAt(next))) next++;
    if (next >= end || !isBreak(text.charCodeAt(next))) break;
    // "\r\n" is one break, not a blank line
    if (!(text.charCodeAt(next) === 0x0a && text.charCodeAt(next - 1) === 0x0d && next === i)) blank = true;
    next++;
    i = next;
  }
  found.push({ kind: blank ? 'blank' : 'line', at, markEnd: at, end: at, split: true, settled: false });
  return i;
}

const isBreak = (code: number): boolean => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
const isLineSpace = (code: number): boolean => code === SPACE || code === 0x09 || code === 0xa0 || isFormat(code);

function markRun(scope: Scope, flags: Uint8Array, at: number, found: Boundary[]): number {
  const { text, end } = scope;
  const before = at > scope.start ? text.charCodeAt(at - 1) : SPACE;
  let i = at;
  if (text.charCodeAt(at) === DOT) {
    const dots = dotRun(text, at, end);
    if (dots.spaced) {
      const afterSpace = before === SPACE;
      // ". . ." after a space leaves words out of a sentence; a fourth dot makes it a full stop too
      if (afterSpace && dots.count === 3) return dots.end;
      // "word. . . . Next": the first dot ends the sentence, the ellipsis opens the next one
      if (!afterSpace && isLetter(text.charCodeAt(skipSpace(text, dots.end, end)))) {
        found.push(boundary(at, at + 1, at + 1));
        return at + 1;
      }
    }
    i = dots.end;
  }
  // an omission in brackets, "[...]" or "(…)", is not the end of anything
  if (before === 0x5b || before === 0x28) {
    while (i < end && flags[text.charCodeAt(i)] & TERMINAL) i++;
    return i;
  }
  while (i < end && flags[text.charCodeAt(i)] & TERMINAL) i++;
  const markEnd = i;
  for (;;) {
    const code = text.charCodeAt(i);
    if (i >= end) break;
    if (isCloser(code)) {
      // a straight quote followed by a word opens the next quotation instead of closing this one
      if (isAmbiguousQuote(code) && i + 1 < end && isWordChar(text.charCodeAt(i + 1))) break;
      i++;
    } else if (isFormat(code) || flags[code] & TERMINAL) {
      i++;
    } else if (isThinSpace(code) && closesAfterSpace(text, i + 1, end)) {
      // French sets its closing guillemet off with a space: « Nous restons. »
      i += 2;
    } else break;
  }
  found.push(boundary(at, markEnd, i));
  return i;
}

const isThinSpace = (code: number): boolean => code === SPACE || code === 0xa0 || code === 0x202f || code === 0x2009;

const opensAfterSpace = '"\'«“‘‹„';

function closesAfterSpace(text: string, at: number, end: number): boolean {
  const code = text.charCodeAt(at);
  // a straight quote, or a French or English opening mark followed by its own space (« C'est), opens
  if (at >= end || !isCloser(code) || opensAfterSpace.includes(text[at])) return false;
  return at + 1 >= end || !isWordChar(text.charCodeAt(at + 1));
}

function boundary(at: number, markEnd: number, end: number): Boundary {
  return { kind: 'mark', at, markEnd, end, split: true, settled: false };
}

/** A run of dots, possibly spaced out as ". . .", starting at `at`. */
function dotRun(text: string, at: number, end: number): { end: number; count: number; spaced: boolean } {
  let i = at;
  let count = 0;
  let spaced = false;
  while (i < end && text.charCodeAt(i) === DOT) {
    count++;
    i++;
    if (text.charCodeAt(i) === SPACE && text.charCodeAt(i + 1) === DOT && i + 1 < end) {
      spaced = true;
      i++;
    }
  }
  return { end: i, count, spaced };
}
