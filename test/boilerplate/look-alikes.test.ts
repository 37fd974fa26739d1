import { describe, expect, it } from 'vitest';
import { body, run } from './helpers.js';

/** Body lines shaped like boilerplate that must stay: a cut body sentence is worse than a widget kept. */
describe('boilerplate look-alikes stay in the body', () => {
  it('keeps an Arabic subheading between two paragraphs', () => {
    const text = [
      'أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين في المناطق المتضررة من الجفاف.',
      'وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة وإعفاءات ضريبية لمدة عامين.',
      'الوزير يتعهد بصرف التعويضات قبل نهاية الموسم الزراعي',
      'وأضاف أن الوزارة ستنشر قوائم المستفيدين على موقعها الرسمي خلال أيام.',
      'وكانت نقابة المزارعين قد طالبت بتعويضات عاجلة بعد خسائر كبيرة.',
    ].join('\n');
    expect(run(text, 'arb').spans).toEqual([]);
  });

  it('keeps a paragraph broken by a scraped link, whose next line goes on in lower case', () => {
    const text = [
      'The storm reached the coast on Monday morning, forecasters said.',
      'Officials ordered the evacuation of three coastal towns ahead of the landfall.',
      'Residents of the region have faced a string of violent storms in recent years, which experts say are often',
      'made worse by warmer seas. ',
      'Schools will stay closed until Thursday, the regional council said.',
    ].join('\n');
    expect(run(text, 'eng').spans).toEqual([]);
  });

  it('keeps "(CNN)" above the first sentence as a dateline, but takes an agency sign-off after the body', () => {
    const opening = '\n (CNN)\nThe museum reopened on Saturday after two years of repairs, its director said.\nVisitors queued for hours.';
    expect(run(opening, 'eng').spans).toEqual([]);
    const closing = 'Le musée a rouvert samedi après deux ans de travaux.\nLes visiteurs ont fait la queue pendant des heures.\n(afp/nxp)';
    expect(run(closing, 'fra').texts).toEqual(['(afp/nxp)']);
  });

  it('ends a pic.twitter.com link at its ten-character id when the next word is glued to it', () => {
    const text = 'Le maire a publié une photo du chantier pic.twitter.com/Ab3De5Gh9KSelon la mairie, les travaux dureront un an.';
    const r = run(text, 'fra');
    expect(r.texts.at(-1)?.endsWith('pic.twitter.com/Ab3De5Gh9K')).toBe(true);
  });
});

describe('invisible lines', () => {
  it('cuts a line of bidi and zero-width marks alone, marks only, and keeps the paragraphs around it whole', () => {
    const text = 'أعلنت البلدية افتتاح الجسر الجديد صباح الأحد.\n \u200f\u200b \n\u200e\nوقال رئيس البلدية إن الأعمال انتهت قبل موعدها.\n';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['\u200f\u200b', '\u200e']);
    expect(r.spans.every((s) => s.kind === 'other')).toBe(true);
    expect(body(text, r.spans)).toContain('أعلنت البلدية افتتاح الجسر الجديد صباح الأحد.');
    expect(body(text, r.spans)).toContain('وقال رئيس البلدية إن الأعمال انتهت قبل موعدها.');
  });

  it('leaves a mark inside a line of text to the body', () => {
    const text = 'The council opened the new bridge on Sunday.\u200f\nThe mayor said the works ended early.\n';
    expect(run(text, 'eng').spans).toEqual([]);
  });
});
