/**
 * Turns the passes' candidates into the stage's answer: every span trimmed of white space, sorted, and
 * no two overlapping. Where candidates overlap, the one that starts first (the longer on a tie) keeps
 * its text and the other is clipped to what is left, so no rule's name is lost and no text is counted twice.
 */
import { trimSpan } from '../text/span.js';
import { isSpaceUnit } from './scan.js';
import type { BoilerplateSpan } from './types.js';

export function resolve(text: string, candidates: readonly BoilerplateSpan[]): BoilerplateSpan[] {
  const sorted: BoilerplateSpan[] = [];
  for (const c of candidates) {
    let { start, end } = c;
    while (start < end && isSpaceUnit(text.charCodeAt(start))) start++;
    while (end > start && isSpaceUnit(text.charCodeAt(end - 1))) end--;
    if (start < end) sorted.push({ ...c, start, end });
  }
  sorted.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: BoilerplateSpan[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (!last || c.start >= last.end) {
      out.push(c);
      continue;
    }
    if (c.end <= last.end) continue;
    const rest = trimSpan(text, { start: last.end, end: c.end });
    if (rest.start < rest.end) out.push({ ...c, ...rest });
  }
  return out;
}
