/**
 * Turns the passes' candidates into the stage's answer: every span trimmed to its content (`trimToContent`:
 * a span of invisible marks alone keeps them), sorted, and no two overlapping. Where candidates overlap,
 * the one that starts first (the longer on a tie) keeps its text and the other is clipped to what is left,
 * so no rule's name is lost and no text is counted twice.
 */
import { trimToContent } from '../text/span.js';
import type { BoilerplateSpan } from './types.js';

export function resolve(text: string, candidates: readonly BoilerplateSpan[]): BoilerplateSpan[] {
  const sorted: BoilerplateSpan[] = [];
  for (const c of candidates) {
    const { start, end } = trimToContent(text, c);
    if (start < end) sorted.push({ ...c, start, end });
  }
  sortSpans(sorted);
  const out: BoilerplateSpan[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (!last || c.start >= last.end) {
      out.push(c);
      continue;
    }
    if (c.end <= last.end) continue;
    const rest = trimToContent(text, { start: last.end, end: c.end });
    if (rest.start < rest.end) out.push({ ...c, ...rest });
  }
  return out;
}

/** Start first, the longer first on a tie; stable, as `Array.prototype.sort` is. */
const before = (a: BoilerplateSpan, b: BoilerplateSpan): boolean => a.start < b.start || (a.start === b.start && a.end > b.end);

/**
 * A report has a handful of candidates, often already in order: an insertion sort of those costs less
 * than the call of the built-in sort with a comparator. Long lists (a hostile text) take the built-in one.
 */
function sortSpans(spans: BoilerplateSpan[]): void {
  if (spans.length > 32) {
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    return;
  }
  for (let i = 1; i < spans.length; i++) {
    const s = spans[i];
    let j = i;
    for (; j > 0 && before(s, spans[j - 1]); j--) spans[j] = spans[j - 1];
    spans[j] = s;
  }
}
