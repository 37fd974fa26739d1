import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/quotes/index.js';
import { quotesOf, simpleSentences } from './run.js';

const ar = (text: string) => quotesOf(text, 'arb');

describe('Telegram "Speaker: statement" units', () => {
  it('reads a speaker after a label and a bar, with a comma apposition', () => {
    const q = ar('عاجل | وزير المالية العراقي، فلان الفلاني: الرواتب ستصرف كاملة قبل نهاية الشهر');
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([['الرواتب ستصرف كاملة قبل نهاية الشهر', 'وزير المالية العراقي، فلان الفلاني', ':']]);
  });

  it('gives the name after the comma when the description holds a preposition', () => {
    const q = ar('**الناطق باسم الدفاع المدني في غزة، أحمد سالم: ****🔴****الطواقم تعمل بلا وقود منذ يومين ****🔴****نطالب بفتح المعابر فورا**');
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toBe('أحمد سالم');
    expect(q[0]!.text).toBe('الطواقم تعمل بلا وقود منذ يومين ****🔴****نطالب بفتح المعابر فورا');
  });

  it('reads a speaker after the double-dot pause of a headline, the statement on the bulleted lines', () => {
    const text = 'ردا على الغارات الأخيرة.. الجيش اللبناني:\n\n- وحداتنا انتشرت على طول الحدود الجنوبية.\n\n- لن نسمح بأي خرق جديد للسيادة';
    const q = ar(text);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ speaker: 'الجيش اللبناني', cue: ':', implicit: false });
    expect(q[0]!.text).toBe('وحداتنا انتشرت على طول الحدود الجنوبية.\n\n- لن نسمح بأي خرق جديد للسيادة');
  });

  it('leaves out an addressee after the speaker\'s comma', () => {
    const q = ar('وزير الخارجية الأردني سامي خالد، للصحفيين في عمان:\n\n- الحدود ستبقى مغلقة حتى إشعار آخر');
    expect(q[0]).toMatchObject({ speaker: 'وزير الخارجية الأردني سامي خالد', text: 'الحدود ستبقى مغلقة حتى إشعار آخر' });
  });

  it('splits units run together on one line, each repeating the name after an emoji', () => {
    const q = ar('المحلل السياسي فلان علان: الانتخابات ستؤجل مرة أخرى 🛑فلان علان: الأحزاب لم تتفق على القانون بعد');
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['الانتخابات ستؤجل مرة أخرى', 'المحلل السياسي فلان علان'],
      ['الأحزاب لم تتفق على القانون بعد', 'فلان علان'],
    ]);
  });

  it('takes a long title with its genitive chain, and a name in marks, as one mention', () => {
    const q = ar('نائب رئيس المكتب السياسي لحركة الجهاد خالد سعيد: المفاوضات متوقفة بالكامل');
    expect(q[0]!.speaker).toBe('نائب رئيس المكتب السياسي لحركة الجهاد خالد سعيد');
    const marked = ar('تعليقا على القرار.. النائب الديمقراطي "جون سميث":\n\n- هذا القرار سيضر بالاقتصاد الأمريكي كثيرا');
    expect(marked[0]!.speaker).toBe('النائب الديمقراطي "جون سميث"');
  });

  it('runs a statement on past its first marked words after a comma', () => {
    const q = ar('رئيس صندوق النقد: "الوضع مقلق"، النمو العالمي سيتباطأ هذا العام بسبب الرسوم');
    expect(q.map((x) => x.text)).toEqual(['"الوضع مقلق"، النمو العالمي سيتباطأ هذا العام بسبب الرسوم']);
  });

  it('ends an unbulleted statement at a spaced dash before a source', () => {
    const q = ar('وزير الصحة سعيد حسن: المستشفيات تعمل بنصف طاقتها - وكالة محلية');
    expect(q[0]!.text).toBe('المستشفيات تعمل بنصف طاقتها');
  });

  it('takes no lower-case phrase for a speaker in cased text', () => {
    expect(quotesOf('Il y avait des voitures, souvent de luxe : elles ont toutes brûlé dans la nuit.', 'fra')).toEqual([]);
  });

  it('stays linear on a megabyte of emoji, colons and names', () => {
    const text = 'فلان: 🔴 '.repeat(1 << 17);
    const quotes = findQuotes(text, simpleSentences(text), 'arb', [{ start: 0, end: text.length }]);
    for (const q of quotes) expect(q.end - q.start).toBeLessThan(5000);
  }, 30_000);
});
