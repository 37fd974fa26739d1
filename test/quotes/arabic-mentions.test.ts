import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const ar = (text: string) => quotesOf(text, 'arb');

describe('Arabic speaker mentions: titles with their complements and names', () => {
  it('takes a definite genitive complement and the name after it', () => {
    const q = ar('وقال الأمين العام للجامعة العربية أحمد يوسف إن القمة ستعقد في موعدها.');
    expect(q[0]).toMatchObject({ speaker: 'الأمين العام للجامعة العربية أحمد يوسف', text: 'القمة ستعقد في موعدها' });
  });

  it('keeps an addressee out of the mention when nothing follows it', () => {
    const q = ar('وقال الوزير للصحفيين إن الاتفاق سيوقع الأسبوع المقبل.');
    expect(q[0]!.speaker).toBe('الوزير');
    const agency = ar('وأوضح المتحدث للوكالة أن الطريق أعيد فتحه.');
    expect(agency[0]!.speaker).toBe('المتحدث');
  });

  it('takes the complement a title links with إلى and a name in marks after it', () => {
    const q = ar('وأكد المبعوث الأممي إلى ليبيا "فلان الفلاني" أن الحوار سيستأنف قريبا.');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ speaker: 'المبعوث الأممي إلى ليبيا "فلان الفلاني"', text: 'الحوار سيستأنف قريبا', type: 'indirect' });
  });

  it('takes a name between dashes after a title', () => {
    const q = ar('وقال المنسق الخاص للسلام -فلان علان- إن "الوضع يزداد سوءا كل يوم".');
    expect(q[0]!.speaker).toBe('المنسق الخاص للسلام -فلان علان-');
  });

  it('does not take the marked words after a bare name into the mention', () => {
    const q = ar('وقال سامي إن "الأسعار سترتفع الشهر المقبل".');
    expect(q[0]!.speaker).toBe('سامي');
  });

  it('does not take a place after an addressee for the speaker', () => {
    const q = ar('وقال وزير الري إن "السد آمن تماما".\nوأضاف للصحافيين في موقع السد "سنفتح البوابات غدا".');
    expect(q.map((x) => [x.speaker, x.implicit])).toEqual([['وزير الري', false], ['وزير الري', true]]);
  });

  it('skips the whole name of a channel spoken to', () => {
    const q = ar('وقال وزير الري إن "السد آمن تماما".\nوأضاف لقناة النيل الدولية اليوم "سنفتح البوابات غدا".');
    expect(q[1]).toMatchObject({ speaker: 'وزير الري', implicit: true });
  });

  it('skips an addressee in brackets before the speaker', () => {
    const q = ar('وأكدت لـ(الوطن) مصادر مطلعة أن الاجتماع تأجل.');
    expect(q[0]!.speaker).toBe('مصادر مطلعة');
  });
});

describe('Arabic relays', () => {
  it('gives the words to the source a news agency relays, past the agency\'s complement', () => {
    const q = ar('ونقلت وكالة الشرق للأنباء عن مسؤول في الميناء قوله إن السفينة غادرت فجرا.');
    expect(q[0]).toMatchObject({ speaker: 'مسؤول', text: 'السفينة غادرت فجرا' });
  });
});

describe('Arabic cues and subjects that stand apart', () => {
  it('does not take a vowelled passive verb for a cue', () => {
    expect(ar('وقالت الشرطة إن الجرحى نُقلوا إلى المستشفى الجامعي صباحا.').map((x) => x.cue)).toEqual(['وقالت']);
    expect(ar('نُقل الجرحى إلى المستشفى بعد أن أعلن الطبيب أن "الحالات مستقرة".').map((x) => x.cue)).toEqual(['أعلن']);
  });

  it('reads the subject a headline puts before its verb', () => {
    const q = ar('🔹نقابات عمالية تؤكد أن الإضراب سيستمر حتى تلبية المطالب');
    expect(q[0]).toMatchObject({ speaker: 'نقابات عمالية', cue: 'تؤكد', implicit: false });
  });

  it('reads the subject of a past-perfect frame without its particle', () => {
    const q = ar('وكانت وزارة الصحة قالت إن اللقاح سيصل الأسبوع المقبل.');
    expect(q[0]).toMatchObject({ speaker: 'وزارة الصحة', implicit: false });
  });

  it('takes the source behind ل after a prepositional cue, and leaves فإن out of the clause', () => {
    const q = ar('ووفقا لـCNN، فإن المحادثات ستستأنف الأسبوع المقبل في القاهرة.');
    expect(q[0]).toMatchObject({ speaker: 'CNN', cue: 'ووفقا', text: 'المحادثات ستستأنف الأسبوع المقبل في القاهرة' });
  });
});

describe('Arabic verbs of describing', () => {
  it('reads a quoted fragment after وصف as the speaker\'s words', () => {
    // Without case endings the object after the subject is not told apart (`ووصف الوزير التلوث`):
    // a comma after the subject, as reports often write it, settles it.
    const q = ar('ووصف وزير البيئة، خلال زيارته للنهر، التلوث بأنه "كارثة حقيقية لا يمكن السكوت عنها".');
    expect(q[0]).toMatchObject({ speaker: 'وزير البيئة', cue: 'ووصف' });
    expect(q[0]!.text).toContain('كارثة حقيقية');
  });
});
