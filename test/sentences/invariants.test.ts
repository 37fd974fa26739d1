import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/sentences/index.js';
import { isSpace, type Span } from '../../src/text/span.js';

// Pieces real reports are made of, and the marks that trip splitters, so random mixes hit every pass.
const pieces = [
  'قال', ' الوزير', 'د.', ' أ.ف.ب.', '،', '؟', '..', '...', '…', 'Mr.', ' U.S.', ' The', ' said', '"', '«', '»', '“', '”',
  ' « ', ' » ', '(', ')', '[...]', '1.', ' 2.', ' a)', ' b)', '.', '!', '?', ' ', '  ', '\n', '\n\n', '\r\n', '-', ' — ',
  'Ph.D.', 'www.x.org', '7.9', '\u202a.\u202c', 'x', 'Il', ' M.', '。', 'Ä', ':', ';',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(''));
const languages = fc.constantFrom('arb', 'eng', 'fra', 'rus', 'hye', 'cmn', 'und');

function regionsOf(length: number, cuts: number[]): Span[] {
  const points = [...new Set(cuts.map((c) => Math.floor(c * length)))].sort((a, b) => a - b);
  const regions: Span[] = [];
  for (let k = 0; k + 1 < points.length; k += 2) if (points[k] < points[k + 1]) regions.push({ start: points[k], end: points[k + 1] });
  return regions.length > 0 ? regions : [{ start: 0, end: length }];
}

describe('segment on any input', () => {
  it('returns trimmed, ordered sentences inside the regions that cover all their non-space text', () => {
    fc.assert(
      fc.property(text, languages, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (input, language, cuts) => {
        const regions = regionsOf(input.length, cuts);
        const sentences = segment(input, regions, language);
        const covered = new Set<number>();
        let previous: { end: number; paragraph: number } = { end: 0, paragraph: 0 };
        for (const s of sentences) {
          expect(s.start).toBeLessThan(s.end);
          expect(s.start).toBeGreaterThanOrEqual(previous.end);
          expect(s.paragraph).toBeGreaterThanOrEqual(previous.paragraph);
          expect(isSpace(input.charCodeAt(s.start))).toBe(false);
          expect(isSpace(input.charCodeAt(s.end - 1))).toBe(false);
          expect(regions.some((r) => r.start <= s.start && s.end <= r.end)).toBe(true);
          for (let i = s.start; i < s.end; i++) covered.add(i);
          previous = s;
        }
        for (const r of regions) for (let i = r.start; i < r.end; i++) if (!isSpace(input.charCodeAt(i))) expect(covered.has(i)).toBe(true);
      }),
      { seed: 20261127, numRuns: 2000 },
    );
  });
});
