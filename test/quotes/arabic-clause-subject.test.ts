import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const ar = (text: string) => quotesOf(text, 'arb');

describe('Arabic cues inside a verb-first clause', () => {
  it('gives a cue after ما the subject of the verb that opened the sentence', () => {
    const q = ar('وقال مصدر أمني إن الطريق أغلق صباحا.\nوأصدرت بلدية المدينة بيانا مما قالت إنه جدول جديد للحافلات.');
    expect(q[1]).toMatchObject({ type: 'indirect', text: 'جدول جديد للحافلات', speaker: 'بلدية المدينة', cue: 'قالت', implicit: true });
  });

  it('takes the subject of a non-reporting verb for a joined cue, without its object', () => {
    const q = ar('قال الوزير إن الموازنة جاهزة.\nكما زار رئيس الحكومة المستشفى الجديد، وقال إن "العمل سينتهي قبل الصيف".');
    expect(q[1]).toMatchObject({ text: 'العمل سينتهي قبل الصيف', speaker: 'رئيس الحكومة', cue: 'وقال', implicit: true });
  });

  it('reads past a quantifier to the group, and lets a feminine plural cue continue it', () => {
    const q = ar('أجمع عدد من عضوات النقابة على رفض القرار، وأكدن أن الحوار لم يبدأ بعد.\nوأشرن إلى أن الإضراب سيستمر حتى الخميس.');
    expect(q.map((x) => [x.cue, x.speaker, x.implicit])).toEqual([
      ['وأكدن', 'عضوات النقابة', true],
      ['وأشرن', 'عضوات النقابة', true],
    ]);
  });

  it('names a recent speaker when the subject runs into the object', () => {
    const q = ar('قال الرئيس الأمريكي جو بايدن إن المحادثات مثمرة.\nواستقبل بايدن الوفد في البيت الأبيض، وأضاف أن "الوقت ينفد".');
    expect(q[1]).toMatchObject({ speaker: 'الرئيس الأمريكي جو بايدن', cue: 'وأضاف', implicit: true });
  });

  it('keeps a relative adjective in the subject, an object after it out', () => {
    const q = ar('قال الوزير إن الموازنة جاهزة.\nكما استقبل رئيس الحكومة الإسرائيلية الوفد الأمريكي، وقال إن الزيارة "ناجحة جدا".');
    expect(q[1]).toMatchObject({ speaker: 'رئيس الحكومة الإسرائيلية', cue: 'وقال', implicit: true });
  });

  it('keeps a verb of another gender from lending its subject', () => {
    const q = ar('قال مدير المطار إن الرحلات عادت.\nوشهدت العاصمة أمطارا غزيرة، وقال إن "المدرج آمن".');
    expect(q[1]).toMatchObject({ speaker: 'مدير المطار', cue: 'وقال', implicit: true });
  });

  it('leaves a prepositional cue with a pronoun to the earlier speaker', () => {
    const q = ar('وقال ناشطون إن القصف استمر طوال الليل.\nوسقط عشرون قتيلا في الغارات على البلدة، حسب تأكيدهم.');
    expect(q[1]).toMatchObject({ cue: 'حسب', speaker: 'ناشطون', implicit: true });
  });
});
