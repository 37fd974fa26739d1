import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

describe('implicit speakers', () => {
  it('takes a pronoun with nothing before it for the speaker itself', () => {
    const q = quotesOf('"We will open the bridge by Friday," she said.', 'eng');
    expect(q).toEqual([{ type: 'direct', text: 'We will open the bridge by Friday,', speaker: 'she', cue: 'said', implicit: true, sentences: [0] }]);
  });

  it('takes the pronoun of an inverted French verb when nothing comes before', () => {
    const q = quotesOf('« Nous rouvrirons le pont vendredi », a-t-elle assuré.', 'fra');
    expect(q[0]).toMatchObject({ speaker: 'elle', implicit: true });
  });

  it('still prefers an earlier speaker to the pronoun', () => {
    const q = quotesOf('The mayor said the bridge would open on Friday.\n"It is safe," she added.', 'eng');
    expect(q.map((x) => [x.speaker, x.implicit])).toEqual([['The mayor', false], ['The mayor', true]]);
  });

  it('does not continue a speaker whose cue attributes no quote', () => {
    const text = 'وقال وزير الخارجية إن "الحوار هو الطريق الوحيد".\nونفت الحكومة المجاورة أي تدخل في الأزمة.\nوأضاف: "سنواصل الاتصالات مع جميع الأطراف".';
    const q = quotesOf(text, 'arb');
    expect(q.map((x) => [x.speaker, x.cue, x.implicit])).toEqual([['وزير الخارجية', 'وقال', false], ['وزير الخارجية', 'وأضاف', true]]);
  });
});

describe('agreement of an implicit speaker', () => {
  it('gives "she said" the last speaker with a feminine title, not the nearer Mr', () => {
    const text = 'Mrs Okafor said the clinic would stay open.\nMr Lindqvist said the budget was spent.\n"We will find the money," she said.';
    const q = quotesOf(text, 'eng');
    expect(q[2]).toMatchObject({ speaker: 'Mrs Okafor', implicit: true });
  });

  it('gives a feminine Arabic verb the last speaker whose verb was feminine', () => {
    const text = 'وقالت الوزارة إن "المدارس ستفتح الأحد".\nوقال المحافظ إن "الطرق سالكة".\nوأضافت: "سنوزع الكتب مجانا هذا العام".';
    const q = quotesOf(text, 'arb');
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['الوزارة', 'وقالت'], ['المحافظ', 'وقال'], ['الوزارة', 'وأضافت']]);
  });

  it('does not read a verb that merely ends in the feminine letter as feminine', () => {
    const text = 'وقالت الوزارة إن "المدارس ستفتح الأحد".\nوقال المحافظ إن "الطرق سالكة".\nولفت إلى أن "الجسر سيفتح قريبا".';
    const q = quotesOf(text, 'arb');
    expect(q[2]).toMatchObject({ speaker: 'المحافظ', cue: 'ولفت' });
  });

  it('reads the subject inside a past-perfect frame', () => {
    const q = quotesOf('وكانت المديرة، سلمى عادل، قد قالت إن التسجيل سيبدأ الشهر المقبل.', 'arb');
    expect(q[0]).toMatchObject({ speaker: 'المديرة، سلمى عادل', implicit: false, text: 'التسجيل سيبدأ الشهر المقبل' });
  });
});
