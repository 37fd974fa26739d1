import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/quotes/index.js';
import { quotesOf, simpleSentences } from './run.js';

describe('quotations whose mark never closes', () => {
  it('runs a quote opened after its cue to the end of its line', () => {
    const q = quotesOf('وقال المحافظ "الوضع تحت السيطرة. الفرق تعمل منذ الفجر.\nوفي سياق آخر، افتتح الوزير جسرا جديدا.', 'arb');
    expect(q).toEqual([{ type: 'direct', text: 'الوضع تحت السيطرة. الفرق تعمل منذ الفجر.', speaker: 'المحافظ', cue: 'وقال', implicit: false, sentences: [0, 1] }]);
  });

  it('runs it over the next paragraph when that reopens the mark', () => {
    const q = quotesOf('وقال متحدث باسم الشركة في بيان “الرحلات ستستأنف غدا.\n“ونعتذر للمسافرين عن التأخير الطويل.\nوأغلق المطار أمس.', 'arb');
    expect(q[0]!.text).toBe('الرحلات ستستأنف غدا.\n“ونعتذر للمسافرين عن التأخير الطويل.');
  });

  it('keeps a complementizer out and gives no second, indirect quote', () => {
    const q = quotesOf('وأضاف البيان أن "الحكومة ملتزمة بالاتفاق وستنفذ بنوده كاملة.', 'arb');
    expect(q.map((x) => [x.type, x.text])).toEqual([['direct', 'الحكومة ملتزمة بالاتفاق وستنفذ بنوده كاملة.']]);
  });

  it('reads no quote from an apostrophe or a line with other marks', () => {
    expect(quotesOf("The court dismissed the victims' statements, the lawyer said on Monday.", 'eng').every((q) => q.type === 'indirect')).toBe(true);
    const q = quotesOf('وقال الوزير "الحل سياسي" وأكد أن "الحوار مستمر', 'arb');
    expect(q.filter((x) => x.type === 'direct').map((x) => x.text)).toEqual(['الحل سياسي']);
  });

  it('stays bounded on a megabyte of cues each before an unclosed mark', () => {
    const text = 'وقال الوزير "كلام بلا نهاية هنا '.repeat(1 << 15);
    const quotes = findQuotes(text, simpleSentences(text), 'arb', [{ start: 0, end: text.length }]);
    for (const q of quotes) expect(q.end - q.start).toBeLessThan(20_000);
  }, 30_000);
});
