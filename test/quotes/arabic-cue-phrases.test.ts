import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const ar = (text: string) => quotesOf(text, 'arb');

describe('Arabic cue phrases of a main verb', () => {
  it('reads بقوله as the saying of the main clause subject', () => {
    const q = ar('وتحدث الوزير عن الأزمة في مقابلة مع قناة محلية بقوله: لقد تضاعف عدد النازحين هذا العام.');
    expect(q).toEqual([expect.objectContaining({ type: 'direct', text: 'لقد تضاعف عدد النازحين هذا العام', speaker: 'الوزير', cue: 'بقوله', implicit: true })]);
  });

  it('takes a feminine بقولها with a clause in marks', () => {
    const q = ar('وتحدثت الوزيرة عن الموازنة بقولها إن "الطريق ما زال طويلا".');
    expect(q[0]).toMatchObject({ text: 'الطريق ما زال طويلا', speaker: 'الوزيرة', cue: 'بقولها' });
  });

  it('does not take قوله as a noun without the preposition', () => {
    const q = ar('وأثار قوله الأخير جدلا واسعا في البرلمان.');
    expect(q).toEqual([]);
  });
});

describe('Arabic addressees in brackets', () => {
  it('reads a clause after an outlet in brackets glued to لـ', () => {
    const q = ar('وأكد الوزير لـ(الشرق) أن المفاوضات ستستأنف الأسبوع المقبل.');
    expect(q[0]).toMatchObject({ type: 'indirect', text: 'المفاوضات ستستأنف الأسبوع المقبل', speaker: 'الوزير', cue: 'وأكد' });
  });

  it('reads على أن after the outlet', () => {
    const q = ar('اجتمع عدد من عضوات النقابة في المقر، وأكدن لـ(الشرق) على أن المطالب لم تتحقق بعد.');
    expect(q[0]).toMatchObject({ type: 'indirect', text: 'المطالب لم تتحقق بعد', cue: 'وأكدن', implicit: true });
  });
});

describe('Arabic verbs that report speech only before a colon', () => {
  it('takes وزاد: as the previous speaker going on', () => {
    const q = ar('وأضاف الوزير: الوضع صعب جدا في المدينة، وزاد: هناك نقص كبير في الأدوية والغذاء.');
    expect(q[1]).toMatchObject({ type: 'direct', text: 'هناك نقص كبير في الأدوية والغذاء', speaker: 'الوزير', cue: 'وزاد', implicit: true });
  });

  it('does not take زاد for a rise', () => {
    const q = ar('وزاد عدد القتلى إلى ثلاثين شخصا أن الطرق مغلقة.');
    expect(q).toEqual([]);
  });
});

describe('Arabic reported speech inside a long quotation', () => {
  it('finds a named speaker reported inside the quotation', () => {
    const q = ar('وقال الوزير إن "رئيس اللجنة، سامي حداد، أكد أن المشروع سينتهي في الصيف المقبل دون تأخير".');
    expect(q.map((x) => [x.type, x.text, x.speaker])).toContainEqual(['indirect', 'المشروع سينتهي في الصيف المقبل دون تأخير', 'سامي حداد']);
  });

  it('leaves a pronoun subject inside the quotation alone', () => {
    const q = ar('وأضاف الوزير: "لم يخف المسلحون نواياهم، وهم يقولون بوضوح إنهم سيواصلون القتال في المدينة".');
    expect(q.some((x) => x.cue === 'يقولون')).toBe(false);
  });
});

describe('Arabic colon then complementizer then marks', () => {
  it('takes only the marked words after وأضافت X: إن', () => {
    const q = ar('وأضافت الوزارة: إن "الطرق الرئيسية ستفتح أمام السيارات صباح الغد" بعد انتهاء الأشغال.');
    expect(q[0]).toMatchObject({ type: 'direct', text: 'الطرق الرئيسية ستفتح أمام السيارات صباح الغد', speaker: 'الوزارة', cue: 'وأضافت' });
  });

  it('keeps the whole statement when no marks follow the complementizer', () => {
    const q = ar('وأضافت الوزارة: إن الطرق الرئيسية ستفتح أمام السيارات صباح الغد.');
    expect(q[0]?.text).toContain('الطرق الرئيسية ستفتح');
  });
});

describe('Sources that say nothing', () => {
  it('takes no quote from a rule or a plan before the clause', () => {
    expect(ar('ووفقا للدستور الجديد، فإن الرئيس يعين رئيس الحكومة.')).toEqual([]);
    expect(ar('وحسب الخطة المعلنة، فإن الجسر سيفتح في الربيع.')).toEqual([]);
    expect(quotesOf('According to the new rules, visitors must register online.', 'eng')).toEqual([]);
  });

  it('still takes a body that speaks', () => {
    expect(ar('ووفقا للوزارة، فإن الجسر سيفتح في الربيع.')[0]).toMatchObject({ type: 'indirect', text: 'الجسر سيفتح في الربيع' });
  });
});
