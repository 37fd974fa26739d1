import type { Row, Segment } from './styled-text.js';
import { columns } from './visible.js';

/**
 * Wraps one row of segments into lines of at most `max` columns, breaking at white space so no word is
 * split (a word longer than a whole line is the exception: it is cut where the line is full). The white
 * space at a break is dropped. `max` of 0 or less: no wrapping. Styles are kept per piece, so a colour
 * never runs over a break.
 */
export function wrapRow(row: Row, max: number): string[] {
  const all = row.map((s) => s.text).join('');
  if (max <= 0 || fits(all, max)) return [draw(row)];
  const breaks = breakPoints(all, max); // [start, end) of each line, UTF-16 indices into `all`
  return breaks.map(([from, to]) => draw(slice(row, from, to)));
}

function fits(s: string, max: number): boolean {
  if (s.length <= max && !/[\u1100-\u{3fffd}]/u.test(s)) return true;
  let n = 0;
  for (const ch of s) if ((n += columns(ch.codePointAt(0)!)) > max) return false;
  return true;
}

function breakPoints(s: string, max: number): [number, number][] {
  const lines: [number, number][] = [];
  let start = 0;
  let end = 0; // end of the last word placed on the current line
  let used = 0;
  for (const m of s.matchAll(/\s+|\S+/gu)) {
    const token = m[0];
    const at = m.index;
    const w = widthOf(token);
    if (/^\s/u.test(token)) {
      if (used + w <= max && used > 0) used += w;
      else if (used > 0) {
        lines.push([start, end]);
        start = at + token.length;
        end = start;
        used = 0;
      } else start = end = at + token.length; // no leading white space on a continuation line
      continue;
    }
    if (used > 0 && used + w > max) {
      lines.push([start, end]);
      start = end = at;
      used = 0;
    }
    if (w <= max - used) {
      used += w;
      end = at + token.length;
      continue;
    }
    // A word longer than a line: cut it where each line is full.
    for (const ch of token) {
      const cw = columns(ch.codePointAt(0)!);
      if (used + cw > max && used > 0) {
        lines.push([start, end]);
        start = end;
        used = 0;
      }
      used += cw;
      end += ch.length;
    }
  }
  if (end > start || lines.length === 0) lines.push([start, end]);
  return lines;
}

const widthOf = (s: string): number => {
  let n = 0;
  for (const ch of s) n += columns(ch.codePointAt(0)!);
  return n;
};

/** The part of a row between two indices of its joined text. */
function slice(row: Row, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const seg of row) {
    const a = Math.max(from, at);
    const b = Math.min(to, at + seg.text.length);
    if (a < b) out.push({ text: seg.text.slice(a - at, b - at), style: seg.style });
    at += seg.text.length;
  }
  return out;
}

const draw = (segments: readonly Segment[]): string => segments.map((s) => s.style(s.text)).join('');
