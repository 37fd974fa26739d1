import type { Span } from '../text/span.js';
import { isDecoration, isSpaceUnit } from './scan.js';

/** One line of the input: `start..end` without its line break, `body` trimmed of space and decoration. */
export interface Line extends Span {
  index: number;
  /** The line without surrounding white space; empty (start === end) for a blank line. */
  trimmed: Span;
  /** `trimmed` further stripped of leading emoji, bullets and markdown marks: what line rules read. */
  body: Span;
}

/** Lines end at \n, \r\n, \r, U+2028 and U+2029. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  // Each kind of break is found by a native search, searched again only once passed: a loop over every
  // character of every report costs more than the rest of this function.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  let ls = text.indexOf('\u2028');
  let ps = text.indexOf('\u2029');
  let start = 0;
  for (;;) {
    let end = lf < 0 ? n : lf;
    if (cr >= 0 && cr < end) end = cr;
    if (ls >= 0 && ls < end) end = ls;
    if (ps >= 0 && ps < end) end = ps;
    lines.push(line(text, lines.length, start, end));
    if (end === n) return lines;
    start = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    if (ls >= 0 && ls < start) ls = text.indexOf('\u2028', start);
    if (ps >= 0 && ps < start) ps = text.indexOf('\u2029', start);
  }
}

function line(text: string, index: number, start: number, end: number): Line {
  let ts = start;
  while (ts < end && isSpaceUnit(text.charCodeAt(ts))) ts++;
  let te = end;
  while (te > ts && isSpaceUnit(text.charCodeAt(te - 1))) te--;
  let b = ts;
  while (b < te && isDecoration(text.charCodeAt(b))) b++;
  let e = te;
  while (e > b && (text.charCodeAt(e - 1) === 0x2a || text.charCodeAt(e - 1) === 0x5f)) e--; // * _
  const trimmed = { start: ts, end: te };
  // Most lines have nothing to strip but space: one span serves both (lines are never changed).
  return { index, start, end, trimmed, body: b === ts && e === te ? trimmed : { start: b, end: e } };
}

export const isBlank = (line: Line): boolean => line.trimmed.start === line.trimmed.end;

/** The nearest non-blank line before (`step` -1) or after (+1) `line`, or null. */
export function neighbour(lines: readonly Line[], line: Line, step: 1 | -1): Line | null {
  for (let i = line.index + step; i >= 0 && i < lines.length; i += step) if (!isBlank(lines[i])) return lines[i];
  return null;
}

/** The line that holds UTF-16 index `at` (binary search). */
export function lineAt(lines: readonly Line[], at: number): Line {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo];
}

/** Indices of the non-blank lines that `spans` cover whole (by their trimmed text). */
export function coveredLines(lines: readonly Line[], spans: readonly Span[]): Set<number> {
  const covered = new Set<number>();
  for (const s of spans) {
    for (let l: Line | undefined = lineAt(lines, s.start); l && l.start < s.end; l = lines[l.index + 1]) {
      if (!isBlank(l) && l.trimmed.start >= s.start && l.trimmed.end <= s.end) covered.add(l.index);
    }
  }
  return covered;
}
