import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { invariantViolations, schemaErrors } from '../helpers/invariants.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
const fixtureFiles = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('parseReport on the bundled fixtures', () => {
  it('has a dozen fixtures in three languages', () => {
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of fixtureFiles) {
    it(`${file}: valid record, exact offsets, nothing lost`, () => {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      const record = parseReport(text, { source: { path: file } });
      expect(schemaErrors(record)).toEqual([]);
      expect(invariantViolations(text, record)).toEqual([]);
      expect(record.language.code).toBe({ ar: 'arb', en: 'eng', fr: 'fra' }[file.slice(0, 2)]);
      expect(record.sentences.length).toBeGreaterThan(0);
    });
  }
});

describe('parseReport', () => {
  const report = 'قال المتحدث باسم الوزارة إن "الوضع مستقر".\nوأضاف أن الفرق تعمل ليلا ونهارا.\nhttps://telegram.me/some_channel\n';

  it('removes a channel link from the body and reports it with exact offsets', () => {
    const r = parseReport(report);
    expect(r.text).not.toContain('telegram.me');
    expect(r.text.startsWith('قال المتحدث')).toBe(true);
    const link = r.boilerplate.find((b) => b.kind === 'channel_link');
    expect(link?.text).toBe('https://telegram.me/some_channel');
    expect(Array.from(report).slice(link!.start, link!.end).join('')).toBe(link!.text);
  });

  it('keeps the text whole with keepBoilerplate but still names the span', () => {
    const r = parseReport(report, { keepBoilerplate: true });
    expect(r.text).toBe(report);
    expect(r.boilerplate.map((b) => b.kind)).toContain('channel_link');
  });

  it('counts offsets in code points, not UTF-16 units', () => {
    const text = '🔴 عاجل: قال الوزير إن "الاجتماع انتهى".';
    const r = parseReport(text);
    expect(invariantViolations(text, r)).toEqual([]);
    const q = r.quotes[0];
    expect(q && Array.from(text).slice(q.start, q.end).join('')).toBe('الاجتماع انتهى');
  });

  it('takes a forced language in ISO 639-1 or 639-3 and refuses nonsense', () => {
    expect(parseReport('Short.', { language: 'fr' }).language).toEqual({ code: 'fra', iso6391: 'fr', confidence: 1 });
    expect(parseReport('Short.', { language: 'arb' }).language.iso6391).toBe('ar');
    expect(() => parseReport('Short.', { language: 'arabic' })).toThrow(/not a language code/);
  });

  it('gives an empty report with a warning for empty text', () => {
    const r = parseReport('  \n ');
    expect(r.sentences).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['WEMPTY']);
    expect(schemaErrors(r)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(parseReport(report))).toBe(JSON.stringify(parseReport(report)));
  });
});
