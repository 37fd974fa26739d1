import { trimSpan, type Span } from '../text/span.js';
import { isDecoration } from './scan.js';

/** \n \r U+2028 U+2029, by code: this loop reads every character of every report. */
const isLineBreakCode = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** One line of the input: `start..end` without its line break, `body` trimmed of space and decoration. */
export interface Line extends Span {
  index: number;
  /** The line without surrounding white space; empty (start === end) for a blank line. */
  trimmed: Span;
  /** `trimmed` further stripped of leading emoji, bullets and markdown marks: what line rules read. */
  body: Span;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isLineBreakCode(text.charCodeAt(i))) continue;
    const trimmed = trimSpan(text, { start, end: i });
    let b = trimmed.start;
    while (b < trimmed.end && isDecoration(text.charCodeAt(b))) b++;
    let e = trimmed.end;
    while (e > b && (text[e - 1] === '*' || text[e - 1] === '_')) e--;
    lines.push({ index: lines.length, start, end: i, trimmed, body: { start: b, end: e } });
    if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  return lines;
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
