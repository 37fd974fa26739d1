import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/stories/normalise.js';

describe('story normalisation', () => {
  it('drops Arabic diacritics and tatweel', () => {
    expect(normaliseText('قالَ المُتحدّثُ الرسمـــيّ')).toBe('قال المتحدث الرسمي');
  });
  it('folds alef, ya and ta marbuta variants', () => {
    expect(normaliseText('أعلن إنه آخر مستشفى ٱلمدينة البلدية')).toBe('اعلن انه اخر مستشفي المدينه البلديه');
  });
  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(normaliseText('قتل ٢٣ وأصيب ۱۵')).toBe('قتل 23 واصيب 15');
  });
  it('treats every quote-mark style, apostrophe and HTML entity as a word break', () => {
    const forms = ['« Nous l’avions dit »', '"Nous l\'avions dit"', '&quot;Nous l&#8217;avions dit&quot;', '“Nous l‘avions dit”'];
    for (const f of forms) expect(normaliseText(f)).toBe('nous l avions dit');
  });
  it('folds case and collapses any spacing, keeping precomposed accents', () => {
    expect(normaliseText('  LE   Conseil\u00a0MUNICIPAL\n\na  voté ')).toBe('le conseil municipal a voté');
    expect(normaliseText('e\u0301te\u0301')).toBe('ete'); // combining accents drop
  });
  it('keeps an ampersand that opens no entity as a break, and is linear on a long run of them', () => {
    expect(normaliseText('Smith & Sons &amp co')).toBe('smith sons amp co');
    const started = performance.now();
    normaliseText('&'.repeat(1_000_000) + '&#'.repeat(500_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
