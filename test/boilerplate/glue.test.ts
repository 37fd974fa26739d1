import { describe, expect, it } from 'vitest';
import { body, run } from './helpers.js';

describe('glue points', () => {
  it('ends an agency caption exactly where a glued sentence opener starts', () => {
    const text = 'Reuters Omar Haddad جنود يتفقدون موقع الانفجار في مدينة حمصمن جهة أخرى، أعلنت السلطات فتح الطريق الدولي أمام الشاحنات.';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['Reuters Omar Haddad جنود يتفقدون موقع الانفجار في مدينة حمص']);
    expect(r.kinds).toEqual(['caption']);
    expect(body(text, r.spans).startsWith('من جهة أخرى، أعلنت')).toBe(true);
    expect(r.metadata.photographer).toBe('Omar Haddad');
    expect(r.metadata.agency).toBe('Reuters');
  });

  it('cuts before the conjunction when the opener carries one', () => {
    const text = 'Reuters Omar Haddad سيارات إسعاف عند مدخل المستشفى في حماهومن جهة أخرى، وصلت قافلة مساعدات إلى المدينة.';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['Reuters Omar Haddad سيارات إسعاف عند مدخل المستشفى في حماه']);
  });

  it('finds related headlines run together before a glued reporting verb', () => {
    const headlines = 'الجيش يتقدم في ريف إدلب.. ومعارك عنيفة قرب سراقب مقتل 5 مدنيين بقصف على بلدة "معرة النعمان"';
    const text = `تواصلت المعارك في شمال غرب سوريا لليوم الثالث.\n${headlines}وأفاد مراسلنا بأن القصف تركز على الأحياء الشرقية.\nوقال مصدر طبي إن المستشفيات تعمل بطاقتها القصوى.`;
    const r = run(text, 'arb');
    expect(r.texts).toEqual([headlines]);
    expect(r.kinds).toEqual(['related_headline']);
  });

  it('does not treat a body paragraph that lost a full stop as a headline run', () => {
    const text = 'وقال الوزير إن أعمال الصيانة مستمرة في المحطة الرئيسيةوأضاف أن الكهرباء ستعود خلال يومين.';
    expect(run(text, 'arb').spans).toEqual([]);
  });

  it('does not treat a missing space after a full stop as a headline run', () => {
    const text = ' سيطرت القوات الحكومية على مواقع جديدة غرب المدينة.وقال مصدر عسكري إن العملية مستمرة.';
    const r = run(text, 'arb');
    expect(r.spans).toEqual([]);
  });

  it('splits a credit glued to the body by letter case', () => {
    const pope = run('Crowds gather in the square on Sunday. Photograph: EPAThe crowd cheered as the pope appeared.', 'eng');
    expect(pope.texts).toEqual(['Crowds gather in the square on Sunday. Photograph: EPA']);
    const upper = run('Police stand guard in Lyon. Photograph: REUTERS/Anne Martin van der BergProtesters gathered again on Saturday.', 'eng');
    expect(upper.texts).toEqual(['Police stand guard in Lyon. Photograph: REUTERS/Anne Martin van der Berg']);
    expect(upper.metadata.photographer).toBe('Anne Martin van der Berg');
  });

  it('ends French related headlines at case glue, elided glue and a glued quote', () => {
    const text =
      "Le trafic était perturbé mardi.Lire aussi: La grève continue à la SNCFLes usagers sont inquiets. " +
      "Le ministre a réagi.Lire aussi: Le dialogue social au point mortL'opposition demande un débat. " +
      'Rien ne bouge.Lire aussi: «Nous irons jusqu’au bout»"Nous ne céderons pas", a dit un délégué.';
    const r = run(text, 'fra');
    expect(r.texts).toEqual(['Lire aussi: La grève continue à la SNCF', 'Lire aussi: Le dialogue social au point mort', 'Lire aussi: «Nous irons jusqu’au bout»']);
  });

  it('keeps names in mixed case inside a headline (McDonald, iPhone)', () => {
    const r = run('Sales fell last year.Read more: McDonald sells iPhone cases in Paris', 'eng');
    expect(r.texts).toEqual(['Read more: McDonald sells iPhone cases in Paris']);
  });
});
