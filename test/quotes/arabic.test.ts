import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const ar = (text: string) => quotesOf(text, 'arb');

describe('Arabic direct quotes', () => {
  it('attributes a quote to the speaker after the verb, with the conjunction in the cue', () => {
    const q = ar('وقال وزير الزراعة أمام البرلمان: "سنوفر القمح لكل المحافظات هذا الشتاء".');
    expect(q).toEqual([{ type: 'direct', text: 'سنوفر القمح لكل المحافظات هذا الشتاء', speaker: 'وزير الزراعة', cue: 'وقال', implicit: false, sentences: [0] }]);
  });

  it('skips the addressee لـ and a relative clause after the speaker', () => {
    const q = ar('وأضاف المصدر، الذي فضل عدم الكشف عن اسمه، لـRT: "المعارك مستمرة منذ الصباح في الأحياء الشرقية".');
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toBe('المصدر');
    expect(q[0]!.cue).toBe('وأضاف');
  });

  it('continues the last speaker when the verb has no subject, and marks it implicit', () => {
    const q = ar('وقال محافظ المدينة إن "المياه ستعود خلال يومين".\nوأضاف: "لقد أصلحنا الخط الرئيسي بالكامل".');
    expect(q.map((x) => [x.text, x.speaker, x.cue, x.implicit])).toEqual([
      ['المياه ستعود خلال يومين', 'محافظ المدينة', 'وقال', false],
      ['لقد أصلحنا الخط الرئيسي بالكامل', 'محافظ المدينة', 'وأضاف', true],
    ]);
  });

  it('gives a participle cue the subject of the main verb', () => {
    const q = ar('وأكد المتحدث باسم الشرطة أن "الوضع تحت السيطرة"، مضيفا أن "التحقيق ما زال جاريا".');
    expect(q.map((x) => [x.text, x.speaker, x.cue, x.implicit])).toEqual([
      ['الوضع تحت السيطرة', 'المتحدث باسم الشرطة', 'وأكد', false],
      ['التحقيق ما زال جاريا', 'المتحدث باسم الشرطة', 'مضيفا', true],
    ]);
  });

  it('matches cues written with diacritics and tatweel', () => {
    const q = ar('وقـــال الطبيب المناوب: "الحالة مستقرة الآن".\nمُضيفاً أنّ المريض سيغادر غدا صباحا.');
    expect(q[0]!.cue).toBe('وقـــال');
    expect(q[1]!.cue).toBe('مُضيفاً');
    expect(q[1]!.type).toBe('indirect');
    expect(q[1]!.speaker).toBe('الطبيب المناوب');
  });

  it('takes a description and its name as one speaker', () => {
    const q = ar('وقال المتحدث باسم وزارة الصحة، أحمد سالم: "لا إصابات جديدة اليوم".');
    expect(q[0]!.speaker).toBe('المتحدث باسم وزارة الصحة، أحمد سالم');
  });

  it('attributes a quote placed before its prepositional cue', () => {
    const q = ar('و"اتفق الطرفان على استئناف المحادثات الأسبوع المقبل،" وفقا لما ذكرته وزارة الخارجية في بيان.');
    expect(q).toEqual([{ type: 'direct', text: 'اتفق الطرفان على استئناف المحادثات الأسبوع المقبل،', speaker: 'وزارة الخارجية', cue: 'وفقا', implicit: false, sentences: [0] }]);
  });

  it('does not take names or slogans in marks for quotes', () => {
    expect(ar('سيطرت فصائل "جيش الفتح" على بلدة "تل حدية" بعد معارك عنيفة.')).toEqual([]);
    expect(ar('وقال المصدر لـ"رويترز" طالبا عدم نشر اسمه إن الهجوم فشل تماما.').map((x) => x.type)).toEqual(['indirect']);
  });
});

describe('Arabic indirect quotes', () => {
  it('takes the clause after أن/إن/بأن as the quote text', () => {
    const q = ar('أفاد مصدر أمني في محافظة ديالى، اليوم الخميس، بأن القوات بدأت عملية تمشيط واسعة في البساتين.');
    expect(q).toEqual([{ type: 'indirect', text: 'القوات بدأت عملية تمشيط واسعة في البساتين', speaker: 'مصدر أمني', cue: 'أفاد', implicit: false, sentences: [0] }]);
  });

  it('keeps the pronoun glued to the complementizer out of the clause', () => {
    const q = ar('وقال اللاعب أنه سعيد بالانتقال إلى ناديه الجديد.');
    expect(q[0]!.text).toBe('سعيد بالانتقال إلى ناديه الجديد');
  });

  it('ends the clause where a participle cue starts the next one', () => {
    const q = ar('ونفى الوزير أن تكون الحكومة قد رفعت الأسعار، مشيرا إلى أن الزيادة سببها التجار.');
    expect(q.map((x) => [x.text, x.cue, x.speaker, x.implicit])).toEqual([
      ['تكون الحكومة قد رفعت الأسعار', 'ونفى', 'الوزير', false],
      ['الزيادة سببها التجار', 'مشيرا', 'الوزير', true],
    ]);
  });

  it('reads a fronted prepositional cue and its speaker', () => {
    const q = ar('وبحسب شهود عيان، فإن الانفجار وقع قرب السوق المركزي.');
    expect(q[0]).toMatchObject({ type: 'indirect', speaker: 'شهود عيان', cue: 'وبحسب' });
  });

  it('does not report a noun object as speech', () => {
    expect(ar('وأفاد المرصد بمقتل عشرة مسلحين في الاشتباكات.')).toEqual([]);
  });

  it('does not take a verb of belief for a cue', () => {
    expect(ar('ويعتقد الخبراء أن الأسعار سترتفع مجددا.')).toEqual([]);
  });
});

describe('Arabic unmarked speech after a colon', () => {
  it('reads a headline speaker and colon as direct speech', () => {
    const q = ar('قائد الشرطة: لن نسمح بأي فوضى في الشوارع\nتفاصيل أخرى لاحقا.');
    expect(q).toEqual([{ type: 'direct', text: 'لن نسمح بأي فوضى في الشوارع', speaker: 'قائد الشرطة', cue: ':', implicit: false, sentences: [0] }]);
  });

  it('does not take labels for speakers', () => {
    expect(ar('عاجل: انقطاع الكهرباء عن أحياء واسعة من المدينة')).toEqual([]);
  });

  it('reads a cue, its speaker and a colon before unmarked words', () => {
    const q = ar('وقال مدير المستشفى : استقبلنا عشرين جريحا منذ الصباح ،وقال (الوضع صعب جدا).');
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([
      ['استقبلنا عشرين جريحا منذ الصباح', 'مدير المستشفى', 'وقال'],
      ['الوضع صعب جدا', 'مدير المستشفى', 'وقال'],
    ]);
  });
});

describe('Arabic names and titles in marks', () => {
  it('does not quote the name of a channel or a programme', () => {
    const q = ar('وقال الطبيب لقناة "الشرق اليوم" إن حالة المريض تتحسن ببطء.');
    expect(q.map((x) => [x.type, x.text])).toEqual([['indirect', 'حالة المريض تتحسن ببطء']]);
  });

  it('reads a speech noun with its pronoun as an implicit speaker', () => {
    const q = ar('وقال ناشطون إن القصف استمر طوال الليل.\nوسقط عشرون قتيلا في الغارات على البلدة، حسب تأكيدهم.');
    expect(q[1]).toMatchObject({ type: 'indirect', cue: 'حسب', speaker: 'ناشطون', implicit: true });
  });

  it('does not take the preposition بين for the verb بيّن', () => {
    expect(ar('ولم يطرأ أي تغيير على خطوط التماس بين الجيش والفصائل منذ أسبوع.')).toEqual([]);
  });
});

describe('Arabic verb forms and relays', () => {
  it('reads feminine and present forms of the cue', () => {
    expect(ar('وقالت الوزيرة في مؤتمر صحفي إن الخطة جاهزة للتنفيذ.')[0]).toMatchObject({ cue: 'وقالت', speaker: 'الوزيرة' });
    expect(ar('ويقول الخبير الاقتصادي سامي نادر إن الأسعار ستواصل الارتفاع.')[0]).toMatchObject({
      type: 'indirect', cue: 'ويقول', speaker: 'الخبير الاقتصادي سامي نادر', text: 'الأسعار ستواصل الارتفاع',
    });
  });

  it('gives a relayed report to the one relayed, not the outlet', () => {
    const q = ar('ونقلت وكالة الأنباء الرسمية عن مسؤول في الوزارة قوله إن الرواتب ستصرف الأسبوع المقبل.');
    expect(q[0]).toMatchObject({ type: 'indirect', speaker: 'مسؤول', cue: 'ونقلت', text: 'الرواتب ستصرف الأسبوع المقبل' });
  });

  it('looks past a prepositional source between the verb and its clause', () => {
    const q = ar('وأشار التقرير نقلا عن مصادر محلية إلى أن المعبر أغلق صباح اليوم.');
    expect(q[0]).toMatchObject({ type: 'indirect', speaker: 'التقرير', text: 'المعبر أغلق صباح اليوم' });
  });

  it('keeps a quote of several sentences whole and lists its sentences', () => {
    const q = ar('وقالت الوزيرة: "لن نتراجع عن القرار. الخطة جاهزة. التنفيذ يبدأ غدا".');
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toBe('لن نتراجع عن القرار. الخطة جاهزة. التنفيذ يبدأ غدا');
    expect(q[0]!.sentences).toEqual([0, 1, 2]);
  });
});

describe('Arabic Telegram headlines', () => {
  it('reads a speaker in Markdown bold before the colon', () => {
    const q = ar('**وزير **الخارجية، **فلان:** لن نقبل بأي تسوية على حساب حقوقنا');
    expect(q).toEqual([{ type: 'direct', text: 'لن نقبل بأي تسوية على حساب حقوقنا', speaker: 'وزير **الخارجية، **فلان', cue: ':', implicit: false, sentences: [0] }]);
  });

  it('reads a relayed speaker and a colon before marked words', () => {
    const q = ar('ترجمة| صحيفة عبرية عن مسؤول أمني: "المواجهة قد تستمر أسابيع أخرى"');
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([['المواجهة قد تستمر أسابيع أخرى', 'مسؤول أمني', ':']]);
  });

  it('keeps both marks of a quoted name inside an unmarked statement', () => {
    const q = ar('متظاهرون: لن نغادر الساحة قبل رحيل "الحكومة"');
    expect(q[0]!.text).toBe('لن نغادر الساحة قبل رحيل "الحكومة"');
  });

  it('does not take a question label for a speaker', () => {
    expect(ar('السؤال: من يتحمل مسؤولية انقطاع المياه منذ أسبوع؟')).toEqual([]);
  });
});

describe('Arabic quotes after a line that ends with a colon', () => {
  it('hands the cue of the line to the quotation on the next line', () => {
    const q = ar('وقال قائد الشرطة في المؤتمر:\n"سنلاحق كل من شارك في أعمال الشغب".');
    expect(q[0]).toMatchObject({ type: 'direct', text: 'سنلاحق كل من شارك في أعمال الشغب', speaker: 'قائد الشرطة', cue: 'وقال' });
  });
});

describe('Arabic quotes on consecutive lines', () => {
  it('does not join a quotation to the one on the line before', () => {
    const q = ar('وقال الوزير: "الحوار هو الحل الوحيد."\nو"ناقش الجانبان ملفات التعاون الاقتصادي،" وفقا لما ذكرته الرئاسة في بيان.');
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['الوزير', 'وقال'], ['الرئاسة', 'وفقا']]);
  });
});

describe('Arabic clocks, brackets and fronted phrases', () => {
  it('does not split a clause or start speech at the colon of a time', () => {
    const q = ar('وقال شاهد عيان إنه سمع دوي انفجار قرابة الساعة (10:30 بالتوقيت المحلي).');
    expect(q).toEqual([{ type: 'indirect', text: 'سمع دوي انفجار قرابة الساعة (10:30 بالتوقيت المحلي)', speaker: 'شاهد عيان', cue: 'وقال', implicit: false, sentences: [0] }]);
  });

  it('does not take a fronted phrase with its conjunction for the speaker', () => {
    const q = ar('وعلى صعيد آخر، قال مسؤول محلي إن الطريق أعيد فتحه.');
    expect(q[0]).toMatchObject({ speaker: 'مسؤول محلي', cue: 'قال', text: 'الطريق أعيد فتحه' });
  });
});

describe('addressees glued to ل', () => {
  it('does not take the outlet a speaker talked to as part of the speaker', () => {
    const text = 'وقال مدير المستشفى لوكالة الأنباء الرسمية إن "عشرة جرحى وصلوا صباح اليوم".';
    const [q] = ar(text);
    expect(q?.speaker).toBe('مدير المستشفى');
    const text2 = 'وأوضح قائد الشرطة لسانا أن الطريق أعيد فتحه أمام السيارات.';
    expect(ar(text2)[0]?.speaker).toBe('قائد الشرطة');
  });

  it('keeps a speaker whose own name starts with ل', () => {
    expect(ar('وقالت لجنة الانتخابات إن النتائج ستعلن مساء الغد.')[0]?.speaker).toBe('لجنة الانتخابات');
  });
});
