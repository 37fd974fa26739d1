import type { Sentence } from '../sentences/index.js';
import type { Span } from '../text/span.js';

export interface Quote extends Span {
  type: 'direct' | 'indirect';
  speaker: Span | null;
  cue: Span | null;
  implicitSpeaker: boolean;
  /** Indices (into the sentence list) of the sentences the quote overlaps. */
  sentences: number[];
}

/**
 * Finds direct and indirect quotes with their speaker and cue. `sentences` are the body sentences (sorted),
 * `regions` the body regions; spans are UTF-16 indices into `text`.
 */
export function findQuotes(text: string, sentences: readonly Sentence[], _language: string, _regions: readonly Span[]): Quote[] {
  // Placeholder until the quotes stage lands: straight and curly double quotes inside one sentence.
  const out: Quote[] = [];
  sentences.forEach((s, i) => {
    const re = /["“”«]([^"“”«»\n]{3,}?)["”»]/g;
    for (const m of text.slice(s.start, s.end).matchAll(re)) {
      const start = s.start + m.index + 1;
      out.push({ type: 'direct', start, end: start + m[1]!.length, speaker: null, cue: null, implicitSpeaker: false, sentences: [i] });
    }
  });
  return out;
}
