import { sentenceLanguage } from './lang/index.js';
import { splitRegion } from './split-region.js';
import { tablesFor } from './tables.js';
import type { Span } from '../text/span.js';

export interface Sentence extends Span {
  /**
   * 0-based index of the paragraph the sentence is in. A paragraph is what lies between line breaks that
   * end a sentence: a sentence opens a new paragraph when there is a line break (or a blank line) between
   * it and the sentence before, in the original text, boilerplate included. A sentence hard-wrapped over
   * several lines stays in one paragraph, since no line break lies between it and its neighbours.
   */
  paragraph: number;
}

/**
 * Splits the body of a report into sentences. `regions` are the parts of `text` that are body (the
 * complement of the boilerplate), sorted; a sentence never crosses from one region into the next.
 * Returned spans are UTF-16 indices into `text`, trimmed of white space, in order, non-overlapping.
 * `language` is an ISO 639-3 code; languages without data of their own get the generic rules.
 */
export function segment(text: string, regions: readonly Span[], language: string): Sentence[] {
  const data = sentenceLanguage(language);
  const tables = tablesFor(data);
  const out: Sentence[] = [];
  for (const region of regions) splitRegion({ text, start: region.start, end: region.end, language: data, tables }, out);
  let paragraph = 0;
  for (let k = 1; k < out.length; k++) {
    if (hasLineBreak(text, out[k - 1].end, out[k].start)) paragraph++;
    out[k].paragraph = paragraph;
  }
  return out;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}
