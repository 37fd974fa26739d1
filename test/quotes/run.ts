import { findQuotes, type Quote } from '../../src/quotes/index.js';
import type { Sentence } from '../../src/sentences/index.js';

/**
 * Sentences for the tests, cut at a terminal mark followed by white space and at line breaks, so the
 * quotes stage is tested on its own and not through the sentence stage's finer rules.
 */
export function simpleSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') { push(i); start = i + 1; paragraph++; continue; }
    if ('.!?؟'.includes(ch) && /\s/.test(text[i + 1] ?? ' ')) {
      let end = i + 1;
      while (end < text.length && /["”»’]/.test(text[end]!)) end++;
      push(end);
      start = end;
      i = end - 1;
    }
  }
  push(text.length);
  return out;
}

export interface ReadableQuote {
  type: Quote['type'];
  text: string;
  speaker: string | null;
  cue: string | null;
  implicit: boolean;
  sentences: number[];
}

/** Runs the stage over the whole text as one body region and returns the quotes as strings. */
export function quotesOf(text: string, language: string): ReadableQuote[] {
  const sentences = simpleSentences(text);
  return findQuotes(text, sentences, language, [{ start: 0, end: text.length }]).map((q) => ({
    type: q.type,
    text: text.slice(q.start, q.end),
    speaker: q.speaker && text.slice(q.speaker.start, q.speaker.end),
    cue: q.cue && text.slice(q.cue.start, q.cue.end),
    implicit: q.implicitSpeaker,
    sentences: q.sentences,
  }));
}
