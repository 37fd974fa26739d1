import type { Sentence } from '../sentences/index.js';
import type { Span } from '../text/span.js';
import type { Attribution } from './context.js';

export interface Quote extends Span {
  type: 'direct' | 'indirect';
  speaker: Span | null;
  cue: Span | null;
  implicitSpeaker: boolean;
  /** Indices (into the sentence list) of the sentences the quote overlaps. */
  sentences: number[];
}

/** The records of the quotes found, sorted by span, each with the sentences it overlaps. */
export function toQuotes(found: Attribution[], sentences: readonly Sentence[]): Quote[] {
  const sorted = sortBySpan(found);
  const quotes: Quote[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const q = sorted[i]!;
    quotes.push({
      type: q.type,
      start: q.span.start,
      end: q.span.end,
      speaker: q.speaker && { start: q.speaker.start, end: q.speaker.end },
      cue: q.cue ? { start: q.cue.start, end: q.cue.end } : q.colon ? { start: q.colon.start, end: q.colon.end } : null,
      implicitSpeaker: q.implicit,
      sentences: sentencesOf(q.span, sentences),
    });
  }
  return quotes;
}

/** Longest list sorted by insertion here: a report's few quotes, without a comparator called through the builtin sort. */
const INSERTION_SORT_MAX = 32;

/** Sorts in place by span start, then end; stable, as Array.prototype.sort is. */
function sortBySpan(found: Attribution[]): Attribution[] {
  if (found.length > INSERTION_SORT_MAX) return found.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let i = 1; i < found.length; i++) {
    const q = found[i]!;
    const { start, end } = q.span;
    let j = i - 1;
    // Shifted only past strictly greater spans: equal ones keep their order.
    for (; j >= 0; j--) {
      const p = found[j]!.span;
      if (p.start < start || (p.start === start && p.end <= end)) break;
      found[j + 1] = found[j]!;
    }
    found[j + 1] = q;
  }
  return found;
}

/** Indices of the sentences a span overlaps, found by binary search over the sorted sentence list. */
function sentencesOf(span: Span, sentences: readonly Sentence[]): number[] {
  let i = firstEndingAfter(sentences, span.start);
  const out: number[] = [];
  for (; i < sentences.length && sentences[i]!.start < span.end; i++) if (sentences[i]!.end > span.start) out.push(i);
  return out;
}

/** Index of the first sentence that ends after `offset` (binary search; sentences are sorted and apart). */
function firstEndingAfter(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
