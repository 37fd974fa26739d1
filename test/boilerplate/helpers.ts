import { expect } from 'vitest';
import { findBoilerplate, type BoilerplateOptions } from '../../src/boilerplate/index.js';
import { trimToContent } from '../../src/text/span.js';

/** Runs the stage and checks what every answer must satisfy: sorted, disjoint, tight spans. */
export function run(text: string, language: string, options: Partial<BoilerplateOptions> = {}) {
  const result = findBoilerplate(text, { language, ...options });
  let last = 0;
  for (const s of result.spans) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    // Tight: nothing to trim (a span of invisible marks alone keeps its marks, and only them).
    expect(trimToContent(text, s)).toEqual({ start: s.start, end: s.end });
    last = s.end;
  }
  const texts = result.spans.map((s) => text.slice(s.start, s.end));
  const kinds = result.spans.map((s) => s.kind);
  return { ...result, texts, kinds, text };
}

/** The text a reader keeps: the input without the spans. */
export function body(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start);
    at = s.end;
  }
  return out + text.slice(at);
}
