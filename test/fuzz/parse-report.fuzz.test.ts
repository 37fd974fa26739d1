import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { invariantViolations, schemaErrors } from '../helpers/invariants.js';

/** Seeded and counted so a failure is reproducible: fast-check prints the seed and path to replay. */
const SEED = 20261127;
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

// Pieces real reports are made of, and the characters that break naive code.
const pieces = [
  'قال', 'وأضاف', 'المتحدث', 'الوزير', 'إن', 'أن', 'مصدر عسكري', 'لـRT', 'حلبمن', 'وأفاد', 'عاجل |', 'د.', 'م.',
  'said', 'told Reuters', 'Mr.', 'U.S.', 'a déclaré', 'selon', 'Reuters Omar Sanadiki', 'Photo: AFP',
  'https://telegram.me/chan', 't.me/x_y', 'www.example.com/a.b', 'name@mail.org', '3.5', '12/08/2014', '1.000.000',
  '"', '“', '”', '«', '»', '„', '‹', '›', "'", '‘', '’', '「', '」', '(', ')', '[', ']',
  '.', '..', '...', '…', '!', '?', '؟', '?!', '،', '؛', ':', '-', '—', '\n', '\n\n', '\r\n', '\r', ' ', '\t',
  '\u200f', '\u200e', '\u202b', '\u202c', '\u2067', '\u2069', '\u0640', '\u064e', '\u0651', '\u0301', '\ufeff', '\u00a0',
  '😀', '🇸🇾', '👨‍👩‍👧', '\ud800', '\udc00', '\u0000', 'اقرأ أيضا:', 'Read more:', 'Lire aussi:', 'تابعونا على تلغرام',
];
const piece = fc.constantFrom(...pieces);
const report = fc.oneof(
  { weight: 3, arbitrary: fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(' ')) },
  { weight: 3, arbitrary: fc.array(piece, { maxLength: 60 }).map((xs) => xs.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('"', '«', '»', '.', '،', '\n', 'و', ' ', '“', '”'), maxLength: 200 }) },
);
const language = fc.constantFrom(undefined, 'ar', 'en', 'fr', 'de', 'zh');

describe('parseReport on generated input', () => {
  it(`never throws, keeps every promise of the contract, and is deterministic (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(report, language, fc.boolean(), (text, lang, keepBoilerplate) => {
        const options = { language: lang, keepBoilerplate };
        const record = parseReport(text, options);
        expect(invariantViolations(text, record, options)).toEqual([]);
        expect(schemaErrors(record)).toEqual([]);
        expect(JSON.stringify(parseReport(text, options))).toBe(JSON.stringify(record));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 300_000);
});
