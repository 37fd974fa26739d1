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

describe('Arabic speaker names set in marks after the verb', () => {
  it('reads a marked name before a colon as the speaker, and continues it', () => {
    const q = ar('وقال "سامي العلي": نحن نعمل مع كل الأطراف من أجل التهدئة.\nوأضاف: لا نريد أن تتكرر المأساة في الشتاء.');
    expect(q.map((x) => [x.text, x.speaker, x.cue, x.implicit])).toEqual([
      ['نحن نعمل مع كل الأطراف من أجل التهدئة', 'سامي العلي', 'وقال', false],
      ['لا نريد أن تتكرر المأساة في الشتاء', 'سامي العلي', 'وأضاف', true],
    ]);
  });

  it('reads a name in guillemets before أن and a name in dashes before a quotation', () => {
    expect(ar('وأوضح «العلي» أن المساعدات تأخرت.')[0]).toMatchObject({ type: 'indirect', text: 'المساعدات تأخرت', speaker: 'العلي', cue: 'وأوضح' });
    expect(ar('وأضاف -سامي- «سنعود إلى الطاولة الأسبوع المقبل».')[0]).toMatchObject({ type: 'direct', text: 'سنعود إلى الطاولة الأسبوع المقبل', speaker: 'سامي', cue: 'وأضاف' });
  });

  it('keeps short marked speech after the verb a quotation', () => {
    const q = ar('وقال مدير المدرسة إن الدروس ستستأنف.\nوأضاف "لن نغلق أبوابنا" في إشارة إلى الطلاب.');
    expect(q[1]).toMatchObject({ type: 'direct', text: 'لن نغلق أبوابنا', speaker: 'مدير المدرسة', cue: 'وأضاف', implicit: true });
  });
});

describe('Arabic outlets named after their noun', () => {
  it('takes a name in marks or a hashtag after an outlet noun into the speaker', () => {
    expect(ar('وقالت وكالة الأنباء المحلية "نبأ" إن الجسر سيفتح غدا.')[0]).toMatchObject({ speaker: 'وكالة الأنباء المحلية "نبأ"', cue: 'وقالت' });
    expect(ar('وكتبت صحيفة #الأيام أن الحكومة ستستقيل قريبا.')[0]).toMatchObject({ speaker: 'صحيفة #الأيام', cue: 'وكتبت' });
  });

  it('gives a cue after a comma the subject of a past-perfect frame, with its marked name', () => {
    const q = ar('وقال الوزير إن البرنامج مستمر.\nوكانت مجلة "الأفق" نشرت مقالا مطولا، ذكرت فيه أن الصفقة ألغيت.');
    expect(q[1]).toMatchObject({ type: 'indirect', text: 'الصفقة ألغيت', speaker: 'مجلة "الأفق"', cue: 'ذكرت', implicit: true });
  });

  it('leaves a name in marks after a common noun and a verb out of the speaker', () => {
    const q = ar('وقال الطبيب إن حي "الزهراء" يحتاج إلى مستشفى.');
    expect(q[0]).toMatchObject({ speaker: 'الطبيب', text: 'حي "الزهراء" يحتاج إلى مستشفى' });
  });
});
