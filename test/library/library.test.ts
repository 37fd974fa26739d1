import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CodePointIndex,
  loadUserRules,
  parseReport,
  reportSchema,
  sliceCodePoints,
  toUtf16,
  type BoilerplateSpan,
  type LanguageCode,
  type Quote,
  type QuoteOut,
  type Report,
  type Sentence,
  type WarningCode,
} from '../../src/index.js';

// An emoji before the quote: its code-point offsets are one less than its UTF-16 indices.
const TEXT = 'Residents cheered 🎉 as the ferry returned. "We waited three weeks for this," the harbour master said.\nhttps://t.me/harbournews\n';

describe('the library face', () => {
  const report: Report = parseReport(TEXT, { language: 'en' });

  it('gives JS users a way to slice by the code-point offsets', () => {
    const q: Quote = report.quotes[0]!;
    expect(TEXT.slice(q.start, q.end)).not.toBe(q.text); // the trap the helper is for
    expect(TEXT.slice(toUtf16(TEXT, q.start), toUtf16(TEXT, q.end))).toBe(q.text);
    expect(sliceCodePoints(TEXT, q.speaker!)).toBe(q.speaker!.text);
    const index = new CodePointIndex(TEXT);
    for (const s of [...report.sentences, ...report.boilerplate] as (Sentence | BoilerplateSpan)[]) {
      expect(TEXT.slice(index.toUtf16(s.start), index.toUtf16(s.end))).toBe(s.text);
      expect(sliceCodePoints(TEXT, s)).toBe(s.text);
    }
    expect(toUtf16(TEXT, [...TEXT].length)).toBe(TEXT.length);
  });

  it('names the record types and keeps the old names', () => {
    const old: QuoteOut = report.quotes[0]!;
    const code: LanguageCode = report.language.code;
    const warning: WarningCode[] = parseReport('   ').warnings.map((w) => w.code);
    expect([old.type, code, warning]).toEqual(['direct', 'eng', ['WEMPTY']]);
  });

  it('loads user rules from an object', () => {
    const userRules = loadUserRules({ rules: [{ name: 'bulletin', kind: 'promo', pattern: '^Harbour bulletin', flags: 'i' }] });
    const r = parseReport(`${TEXT}HARBOUR BULLETIN every Friday\n`, { language: 'en', userRules });
    expect(r.boilerplate.filter((b) => b.rule === 'user/bulletin').map((b) => b.text)).toEqual(['HARBOUR BULLETIN every Friday']);
  });
});

describe('the package', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

  it('has a registry name of its own and keeps the reports command', () => {
    expect(pkg.name).not.toBe('reports'); // taken on the registry by an unrelated package
    expect(pkg.bin).toEqual({ reports: 'bin/reports.js' });
  });

  it('ships the MIT licence it declares, and names no made-up repository address', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(new URL('../../LICENSE', import.meta.url), 'utf8')).toMatch(/^MIT License\n/);
    expect(pkg.files).toContain('LICENSE');
    // No public remote exists yet: an invented GitHub path would send users nowhere. Add the real one when
    // the project is published.
    for (const field of ['repository', 'homepage', 'bugs']) expect(pkg).not.toHaveProperty(field);
  });

  it('gives the schema an id that is not a made-up web address', () => {
    expect(reportSchema.$id).toMatch(/^urn:/);
  });

  it('documents the install under the registry name', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`npm install -g ${pkg.name}`);
    expect(readme).toContain(`from '${pkg.name}'`);
  });
});
