import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const ar = (text: string) => quotesOf(text, 'arb');

describe('Arabic clause edges', () => {
  it('gives a cue after an agreeing relative the antecedent as speaker', () => {
    const q = ar('ورد على ذلك مدير الميناء، المهندس سالم يوسف، الذي قال إن السفن ستدخل غدا.');
    expect(q[0]).toMatchObject({ type: 'indirect', text: 'السفن ستدخل غدا', speaker: 'المهندس سالم يوسف', cue: 'قال', implicit: false });
  });

  it('does not take a feminine antecedent for a masculine verb after التي', () => {
    const q = ar('وقال الوزير إن الخطة جاهزة.\nوتحدث عن الأزمة الحالية التي قال إنها ستنتهي قريبا.');
    expect(q[1]).toMatchObject({ cue: 'قال', implicit: true });
    expect(q[1]!.speaker).not.toBe('الأزمة الحالية');
  });

  it('ends reported content at a comma and a circumstantial participle', () => {
    const q = ar('وأكد المدرب أن الفريق جاهز للمباراة، مشيدا بروح اللاعبين.');
    expect(q[0]).toMatchObject({ text: 'الفريق جاهز للمباراة', speaker: 'المدرب', cue: 'وأكد' });
    expect(ar('وأكد المدرب أن الفريق جاهز للمباراة، مشيداً بروح اللاعبين.')[0]).toMatchObject({ text: 'الفريق جاهز للمباراة' });
    // `، مثلاً` is too short to be one: the content runs on.
    expect(ar('وأكد المدرب أن الفريق، مثلاً، جاهز للمباراة.')[0]).toMatchObject({ text: 'الفريق، مثلاً، جاهز للمباراة' });
  });

  it('leaves the writer\'s aside after a comma out of a report', () => {
    const q = ar('وأغلقت المدارس أمس، بحسب ما أعلنت الوزارة، علما أن الامتحانات لم تبدأ.');
    expect(q.every((x) => x.text !== 'الامتحانات لم تبدأ')).toBe(true);
    // A preposition after the comma only sets the scene: `، في بيان، إن` is still the cue's.
    expect(ar('وقال الوزير، في بيان، إن الامتحانات لم تبدأ.')[0]).toMatchObject({ text: 'الامتحانات لم تبدأ', speaker: 'الوزير' });
  });

  it('does not give marks before it to a cue with its own content clause', () => {
    const q = ar('وأشاد المدير بزميله "سامي علي"، ومؤكدا أن العمل سيستمر.');
    expect(q.map((x) => x.text)).toEqual(['العمل سيستمر']);
  });
});

describe('Arabic words that look like cues or speakers', () => {
  it('reads a participle with a conjunction before a plain word as a noun in a list', () => {
    const q = ar('وأوضح الخبير أن المشروع يحتاج إلى تمويل ومتابعة وتقييم مستمر من الحكومة.');
    expect(q[0]).toMatchObject({ text: 'المشروع يحتاج إلى تمويل ومتابعة وتقييم مستمر من الحكومة', speaker: 'الخبير' });
    // Before speech it is a cue: `ومؤكدا أن`.
    expect(ar('أشاد الوزير بالنتائج، ومؤكدا أن العمل سيستمر.')[0]).toMatchObject({ cue: 'ومؤكدا', text: 'العمل سيستمر' });
  });

  it('does not give a heading in marks on its own line to the cue of the next line', () => {
    const q = ar('"أزمة خانقة"\nوقال رئيس البلدية "نحتاج إلى مساعدة عاجلة من الجميع".');
    expect(q.map((x) => x.text)).toEqual(['نحتاج إلى مساعدة عاجلة من الجميع']);
  });

  it('takes the named outlet before where it said it, and no pronoun after the verb', () => {
    expect(ar('وقالت وكالة الأنباء المحلية "نبأ" على موقعها إن الجسر سيفتح غدا.')[0]).toMatchObject({ speaker: 'وكالة الأنباء المحلية "نبأ"' });
    expect(ar('وقال الناطق باسم الشرطة إن التحقيق بدأ.\nوأكد لنا أن المتهمين فروا.')[1]).toMatchObject({ speaker: 'الناطق باسم الشرطة', cue: 'وأكد', implicit: true });
  });

  it('reads ومضى يقول as the last speaker going on', () => {
    const q = ar('وقال رئيس الوزراء إن الاتفاق سيئ.\nومضى يقول إن العقوبات يجب أن تستمر.');
    expect(q[1]).toMatchObject({ speaker: 'رئيس الوزراء', cue: 'يقول', implicit: true });
  });
});

describe('Arabic negated cues and post units', () => {
  it('reads no speech from a negated verb, and continues its subject after ؛ بل', () => {
    const q = ar('- لم يعلن بايدن "نهاية الأزمة"؛ بل قال إن المفاوضات ستستمر أسبوعا آخر.');
    expect(q.map((x) => [x.type, x.text, x.speaker, x.cue])).toEqual([['indirect', 'المفاوضات ستستمر أسبوعا آخر', 'بايدن', 'قال']]);
    // Not negated, the same verb attributes its marks.
    expect(ar('وأعلن الوزير "نهاية الأزمة" أمس.')[0]).toMatchObject({ type: 'direct', text: 'نهاية الأزمة', speaker: 'الوزير' });
  });

  it('ends reported content at an emoji that opens the next unit of a post', () => {
    const q = ar('منظمات إغاثية تؤكد أن المعبر مغلق منذ أسبوع 🎥 مشاهد من الطابور الطويل أمام المعبر');
    expect(q[0]).toMatchObject({ text: 'المعبر مغلق منذ أسبوع', speaker: 'منظمات إغاثية', cue: 'تؤكد' });
  });
});
