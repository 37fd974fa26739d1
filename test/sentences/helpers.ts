import { segment, type Sentence } from '../../src/sentences/index.js';
import type { Span } from '../../src/text/span.js';

/** The sentences of `text` as strings, the whole text being one body region. */
export function split(text: string, language = 'eng'): string[] {
  return segment(text, [{ start: 0, end: text.length }], language).map((s) => text.slice(s.start, s.end));
}

export function splitRegions(text: string, regions: Span[], language = 'arb'): Sentence[] {
  return segment(text, regions, language);
}
