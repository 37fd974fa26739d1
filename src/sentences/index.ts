import type { Span } from '../text/span.js';
import { trimSpan } from '../text/span.js';

export interface Sentence extends Span {
  /** 0-based index of the paragraph the sentence is in. */
  paragraph: number;
}

/**
 * Splits the body of a report into sentences. `regions` are the parts of `text` that are body (the
 * complement of the boilerplate), sorted; a sentence never crosses from one region into the next.
 * Returned spans are UTF-16 indices into `text`, trimmed of white space, in order, non-overlapping.
 */
export function segment(text: string, regions: readonly Span[], _language: string): Sentence[] {
  // Placeholder until the sentence stage lands: lines, then . ! ? ؟ followed by a space.
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const region of regions) {
    const re = /[^\n]*?(?:[.!?؟](?=\s)|\n|$)/gy;
    re.lastIndex = region.start;
    const slice = text.slice(0, region.end);
    let m: RegExpExecArray | null;
    while (re.lastIndex < region.end && (m = re.exec(slice))) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const s = trimSpan(text, { start: m.index, end: m.index + m[0].length });
      if (s.end > s.start) out.push({ ...s, paragraph });
      if (m[0].endsWith('\n')) paragraph++;
    }
  }
  return out;
}
