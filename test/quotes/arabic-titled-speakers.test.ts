import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const ar = (text: string) => quotesOf(text, 'arb');

describe('Arabic titled speakers with a setting before the speech', () => {
  it('keeps the name after a title when a day comes before إن', () => {
    const q = ar('وقال الأمين العام لجامعة الدول العربية أحمد سالم الأحد إن الاجتماع تأجل.');
    expect(q[0]).toMatchObject({ text: 'الاجتماع تأجل', speaker: 'الأمين العام لجامعة الدول العربية أحمد سالم' });
  });

  it('keeps the name when a place phrase runs to a colon', () => {
    const q = ar('وقال الأمين العام للمنظمة خالد حسن في مؤتمر صحفي: لا بديل عن الحوار.');
    expect(q[0]).toMatchObject({ text: 'لا بديل عن الحوار', speaker: 'الأمين العام للمنظمة خالد حسن' });
  });

  it('does not run a title into an object before a quoted fragment', () => {
    const q = ar('ووصف الأمين العام للمنظمة خالد حسن الوضع في المخيمات "بالكارثة الإنسانية".');
    expect(q[0]?.speaker).not.toContain('الوضع');
  });
});

describe('Arabic titles with عن', () => {
  it('reads the MP for a party up to the name', () => {
    const q = ar('ورأى النائب عن حزب الوسط سامي الخطيب الخميس أن الحكومة أخفقت في إدارة الأزمة.');
    expect(q[0]).toMatchObject({ type: 'indirect', text: 'الحكومة أخفقت في إدارة الأزمة', speaker: 'النائب عن حزب الوسط سامي الخطيب', cue: 'ورأى' });
  });

  it('keeps the official in charge of a file', () => {
    const q = ar('وقال المسؤول عن الملف النووي إن المفاوضات متوقفة.');
    expect(q[0]).toMatchObject({ speaker: 'المسؤول عن الملف النووي' });
  });

  it('leaves the relayed source to a relaying cue', () => {
    const q = ar('ونقل مراسل القناة عن مصدر أمني قوله إن الطريق مغلق.');
    expect(q[0]).toMatchObject({ text: 'الطريق مغلق', speaker: 'مصدر أمني' });
  });

  it('reads يرى as an opinion given', () => {
    const q = ar('ويرى المحلل الاقتصادي سمير نصر أن الأسعار ستنخفض قريبا.');
    expect(q[0]).toMatchObject({ type: 'indirect', speaker: 'المحلل الاقتصادي سمير نصر', cue: 'ويرى' });
  });
});

describe('Arabic relative clause between the speaker and the speech', () => {
  it('reads over a relative clause describing the speaker to إلى أن', () => {
    const q = ar('وأشار الوزير الذي زار المدينة الأسبوع الماضي برفقة وفد كبير من رجال الأعمال والمستثمرين الأجانب، إلى أن المصنع سيفتح أبوابه قريبا.');
    expect(q[0]).toMatchObject({ type: 'indirect', text: 'المصنع سيفتح أبوابه قريبا', speaker: 'الوزير', cue: 'وأشار' });
  });

  it('does not read past a relative clause that ends the sentence', () => {
    const q = ar('وأشار الوزير إلى المصنع الذي زاره الأسبوع الماضي. أن العمال كانوا هناك.');
    expect(q).toEqual([]);
  });
});

describe('Arabic clause ended by another report', () => {
  it('ends a clause at فيما before another verb of saying', () => {
    const q = ar('وأكد المتحدث أن الوفد وصل إلى العاصمة فيما كان قد قال مسؤول آخر إن الزيارة ألغيت تماما.');
    expect(q[0]).toMatchObject({ type: 'indirect', text: 'الوفد وصل إلى العاصمة', cue: 'وأكد' });
  });

  it('keeps فيما inside the clause when no report follows it', () => {
    const q = ar('وأكد المتحدث أن الوفد وصل إلى العاصمة فيما بقي الوزير في بيروت.');
    expect(q[0]).toMatchObject({ text: 'الوفد وصل إلى العاصمة فيما بقي الوزير في بيروت' });
  });
});

describe('Arabic past-perfect frame with a marked name', () => {
  it('takes a name in marks between the copula and قد', () => {
    const q = ar('- كان "هارفي" قد زعم أمس في مقابلة مطولة، أن الحرب ستنتهي قبل نهاية العام.');
    expect(q[0]).toMatchObject({ type: 'indirect', speaker: 'هارفي', cue: 'زعم' });
  });

  it('does not take a long marked phrase as the subject', () => {
    const q = ar('كان "الاتفاق الذي وقع في العاصمة أمس" قد أعلن أن الحرب انتهت.');
    expect(q[0]?.speaker ?? null).not.toBe('الاتفاق الذي وقع في العاصمة أمس');
  });
});

describe('Arabic titles of a line speaker', () => {
  it('takes a senator with a long description as the speaker of the next line', () => {
    const q = ar('السيناتور الجمهوري الأمريكي "جون ميلر":\n\n- لم يوقف الرئيس الحرب؛ بل أجل الهجوم أسبوعا آخر.');
    expect(q[0]).toMatchObject({ type: 'direct', speaker: 'السيناتور الجمهوري الأمريكي "جون ميلر"', cue: ':' });
  });

  it('keeps the short limit for a line that opens with no title', () => {
    const q = ar('الشوارع المزدحمة في المدينة القديمة "باب توما":\n\n- ازدحام كبير قبل العيد هذا العام.');
    expect(q).toEqual([]);
  });
});
