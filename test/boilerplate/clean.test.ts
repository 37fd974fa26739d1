import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('reports without boilerplate', () => {
  it('removes nothing from a plain Arabic report and names its dateline', () => {
    const text =
      'دمشق - سانا\nأعلنت وزارة الكهرباء عودة التيار إلى عدد من أحياء العاصمة بعد انقطاع استمر ساعات.\n' +
      'وقال وزير الكهرباء إن "فرق الصيانة عملت طوال الليل لإصلاح الأعطال".\nوأضاف أن الشبكة ستعمل بكامل طاقتها خلال أيام.\n';
    const r = run(text, 'arb');
    expect(r.spans).toEqual([]);
    expect(r.metadata.dateline && text.slice(r.metadata.dateline.start, r.metadata.dateline.end)).toBe('دمشق - سانا');
    expect(r.metadata.agency).toBe('سانا');
    expect(r.metadata.title).toBeNull();
  });

  it('removes nothing from a plain English report; a link inside a sentence stays', () => {
    const text =
      'WASHINGTON (Reuters) - The agency published its findings on https://example.gov/report on Monday, officials said.\n\n' +
      '"We will study the report carefully," a spokeswoman said.\n\nThe full data set will be released next month.\n';
    const r = run(text, 'eng');
    expect(r.spans).toEqual([]);
    expect(r.metadata.links).toEqual(['https://example.gov/report']);
    expect(r.metadata.dateline && text.slice(r.metadata.dateline.start, r.metadata.dateline.end)).toBe('WASHINGTON (Reuters) -');
    expect(r.metadata.agency).toBe('Reuters');
  });

  it('removes nothing from a plain French report and keeps a headline first line as title', () => {
    const text = "Grève des contrôleurs aériens\nPlusieurs centaines de vols ont été annulés jeudi en France.\nLa direction de l'aviation civile a demandé aux compagnies de réduire leurs programmes.\n";
    const r = run(text, 'fra');
    expect(r.spans).toEqual([]);
    expect(r.metadata.title && text.slice(r.metadata.title.start, r.metadata.title.end)).toBe('Grève des contrôleurs aériens');
  });

  it('keeps an agency named inside a sentence', () => {
    const r = run('The minister resigned on Friday, according to Reuters.\nHis deputy will take over.', 'eng');
    expect(r.spans).toEqual([]);
  });

  it('leaves an empty text empty', () => {
    const r = run('', 'und');
    expect(r.spans).toEqual([]);
    expect(r.metadata.links).toEqual([]);
  });

  it('keeps body lines that merely start like boilerplate', () => {
    expect(run('Share prices fell 3 percent.\nAnalysts expect a rebound.', 'eng').spans).toEqual([]);
    expect(run('Rolls-Royce/BMW Group said on Monday it would cut 200 jobs at the plant.\nUnions criticised the move.', 'eng').spans).toEqual([]);
    const eyewitness = 'شاهد عيان قال لقناة محلية إن الانفجار وقع قرب السوق.\nوأضاف أن سيارات الإسعاف وصلت بعد دقائق.';
    expect(run(eyewitness, 'arb').spans).toEqual([]);
  });
});
