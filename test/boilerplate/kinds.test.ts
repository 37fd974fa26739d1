import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('boilerplate kinds', () => {
  it('takes a channel link line and names the channel', () => {
    const text = 'أعلنت وزارة الصحة افتتاح مستشفى ميداني جديد في مدينة الموصل.\nوقال مدير الصحة إن المستشفى يضم خمسين سريرا.\nhttps://t.me/iraq_news_now';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['https://t.me/iraq_news_now']);
    expect(r.kinds).toEqual(['channel_link']);
    expect(r.metadata.channel).toBe('iraq_news_now');
    expect(r.metadata.links).toEqual(['https://t.me/iraq_news_now']);
  });

  it('takes a promotion line with the dashed rule above it', () => {
    const text = 'قالت الشرطة إن حريقا اندلع في مستودع للأخشاب شرقي المدينة.\nولم تسجل إصابات.\n------------------\nيمكنكم متابعة آخر الأخبار بعد تحميل تطبيق القناة على هواتفكم.\n';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['------------------', 'يمكنكم متابعة آخر الأخبار بعد تحميل تطبيق القناة على هواتفكم.']);
    expect(r.kinds).toEqual(['promo', 'promo']);
  });

  it('takes "follow us" and share-button lines in English', () => {
    const text = 'The council approved the budget on Tuesday after a long debate.\n\nShare this:\n\nFacebook\n\nTwitter\n\nFollow us on Instagram';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['Share this:', 'Facebook', 'Twitter', 'Follow us on Instagram']);
    expect(r.kinds).toEqual(['share', 'share', 'share', 'promo']);
  });

  it('takes a glued caption with its credit and keeps the body that follows', () => {
    const text = '    Firefighters work at the scene of a blaze in Marseille, France. Photograph: Jean Dupont/AFP/Getty ImagesFirefighters battled a fire in a warehouse on Sunday, officials said.';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['Firefighters work at the scene of a blaze in Marseille, France. Photograph: Jean Dupont/AFP/Getty Images']);
    expect(r.kinds).toEqual(['caption']);
    expect(r.metadata.photographer).toBe('Jean Dupont');
    expect(r.metadata.agency).toBe('AFP');
  });

  it('takes a Reuters slideshow caption line', () => {
    const text = '3 of 7. Rescue workers search the rubble of a collapsed building in Izmir, October 31, 2020.\n\nIZMIR, Turkey (Reuters) - Rescuers pulled a girl alive from the rubble on Monday.';
    const r = run(text, 'eng');
    expect(r.kinds).toEqual(['caption']);
    expect(r.texts[0].startsWith('3 of 7.')).toBe(true);
    expect(r.metadata.dateline && text.slice(r.metadata.dateline.start, r.metadata.dateline.end)).toBe('IZMIR, Turkey (Reuters) -');
  });

  it('takes a "read also" marker with the list of related headlines below it', () => {
    const text = 'وقال المتحدث إن المحادثات ستستأنف الأسبوع المقبل.\nاقرأ أيضا:\nانطلاق جولة جديدة من المفاوضات في جنيف\nمجلس الأمن يناقش الأزمة اليوم\nوفي سياق متصل، أعلنت الأمم المتحدة عن إرسال مساعدات جديدة.';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['اقرأ أيضا:\nانطلاق جولة جديدة من المفاوضات في جنيف\nمجلس الأمن يناقش الأزمة اليوم']);
    expect(r.kinds).toEqual(['related_headline']);
  });

  it('ends a French "Lire aussi" headline where the next sentence starts', () => {
    const text = "Le gouvernement a présenté son plan mardi.Lire aussi: Les syndicats appellent à la grève Cette réforme doit être votée en juin, a indiqué le ministre.";
    const r = run(text, 'fra');
    expect(r.texts).toEqual(['Lire aussi: Les syndicats appellent à la grève']);
  });

  it('takes a permalink footer glued after the last sentence', () => {
    const text = ' أكد وزير النقل أن المشروع سينجز نهاية العام. رابط الخبر بصحيفة المدينة: وزير النقل: المشروع ينجز نهاية العام ';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['رابط الخبر بصحيفة المدينة: وزير النقل: المشروع ينجز نهاية العام']);
    expect(r.kinds).toEqual(['share']);
  });

  it('takes copyright lines', () => {
    const text = 'The company reported higher profits for the third quarter.\n© 2024 Example News Ltd. All rights reserved.';
    const r = run(text, 'eng');
    expect(r.kinds).toEqual(['copyright']);
  });

  it('takes bylines: reporting credits, agency sign-offs and Telegram writers', () => {
    const en = run('Prices rose 3 percent in May, the statistics office said.\n\n(Reporting by Jane Roe; Editing by John Doe)', 'eng');
    expect(en.texts).toEqual(['(Reporting by Jane Roe; Editing by John Doe)']);
    expect(en.kinds).toEqual(['byline']);
    const fr = run("La manifestation s'est déroulée dans le calme, selon la police. (afp/nxp) \n", 'fra');
    expect(fr.texts).toEqual(['(afp/nxp)']);
    const guardian = run('The vote is expected next week. – Guardian   ', 'eng');
    expect(guardian.texts).toEqual(['– Guardian']);
    const ar = run('وأكد المتحدث أن المفاوضات ستستأنف الأسبوع المقبل. (رويترز)', 'arb');
    expect(ar.texts).toEqual(['(رويترز)']);
    expect(ar.metadata.agency).toBe('رويترز');
    const follow = run('The trial resumes on Monday.\n\nFollow @jane_doe99 on Twitter', 'eng');
    expect(follow.texts).toEqual(['Follow @jane_doe99 on Twitter']);
    const tg = run('الأسبوع الثالث من الإضراب: ماذا بعد؟.. سامي خليل يكتب:\n\nhttps://example.org/post/1234', 'arb');
    expect(tg.texts).toEqual(['سامي خليل يكتب:', 'https://example.org/post/1234']);
    expect(tg.kinds).toEqual(['byline', 'share']); // the link to the full article under its label
  });

  it('takes an embedded tweet printed twice around its attribution', () => {
    const tweet = 'Nous serons dans la rue samedi pour défendre nos retraites https://t.co/AbCdEf12';
    const text = `Le syndicat a appelé à manifester. ${tweet}— Syndicat Exemple (@syndicat_ex) 3 mars 2023  ${tweet} La police attend des milliers de personnes.`;
    const r = run(text, 'fra');
    expect(r.texts).toEqual([`${tweet}— Syndicat Exemple (@syndicat_ex) 3 mars 2023  ${tweet}`]);
    expect(r.kinds).toEqual(['other']);
  });

  it('takes a Telegram promotion post whole', () => {
    const text = 'تابعوا قناتنا الجديدة على تلغرام لمتابعة الأخبار العاجلة أولا بأول\n\nhttps://t.me/example_channel';
    const r = run(text, 'arb');
    expect(r.kinds).toEqual(['promo', 'channel_link']);
    expect(r.spans[0].start).toBe(0);
    expect(r.spans[1].end).toBe(text.length);
  });

  it('takes caption and media-title lines that stand between closed paragraphs', () => {
    const text = [
      'The city council voted to close the old library on Tuesday.',
      'Residents protested outside the town hall for several hours.',
      'Protesters hold signs outside the town hall in the rain',
      'The mayor said the building was no longer safe.',
      'A new library will open in the spring, officials said.',
      'How the vote went',
    ].join('\n');
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['Protesters hold signs outside the town hall in the rain', 'How the vote went']);
    expect(r.spans.map((s) => s.rule)).toEqual(['common/caption-line', 'common/media-title']);
  });

  it('keeps headings in capitals and list items between paragraphs', () => {
    const text = [
      'The storm hit the coast on Monday night.',
      'Thousands of homes lost power.',
      'WHAT HAPPENS NEXT FOR THE TOWN',
      'Repairs are expected to take weeks.',
      '- Schools will stay closed until further notice',
      'The army has sent engineers to help.',
    ].join('\n');
    expect(run(text, 'eng').spans).toEqual([]);
  });
});
