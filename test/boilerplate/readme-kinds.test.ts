import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** The examples of the README's table of kinds, each in a report of its own, get the kind it promises. */
describe("the README's kinds", () => {
  const ar = (line: string) => `أعلنت الحكومة خطة جديدة للنقل العام في العاصمة.\nوقال الوزير إن الخطة تبدأ الشهر المقبل.\n${line}`;
  const en = (line: string) => `The government unveiled a new transport plan on Monday.\nThe minister said it would start next month.\n${line}`;
  const fr = (line: string) => `Le gouvernement a présenté un plan de transport lundi.\nLe ministre a précisé qu’il débuterait le mois prochain.\n${line}`;
  const cases: Array<[string, string, string, string]> = [
    ['related_headline', 'eng', en('Read more: New bus lines open in the north'), 'Read more: New bus lines open in the north'],
    ['related_headline', 'fra', fr('» LIRE AUSSI - Les tarifs du métro augmentent'), '» LIRE AUSSI - Les tarifs du métro augmentent'],
    ['related_headline', 'arb', ar('قد يهمك| افتتاح خط جديد للحافلات'), 'قد يهمك| افتتاح خط جديد للحافلات'],
    ['caption', 'eng', en('The pair left the restaurant [Splash]'), 'The pair left the restaurant [Splash]'],
    ['caption', 'fra', fr('Le ministre répond aux députés - Regarder la vidéo'), 'Le ministre répond aux députés - Regarder la vidéo'],
    ['share', 'arb', ar('طباعة ارسل لصديق'), 'طباعة ارسل لصديق'],
    ['promo', 'fra', fr('Consultez notre dossier : Les transports'), 'Consultez notre dossier : Les transports'],
    ['byline', 'eng', en('-- Jane Doe'), '-- Jane Doe'],
    ['byline', 'fra', fr('(Le Courrier)'), '(Le Courrier)'],
    ['byline', 'arb', ar('قناة 24/ أ ف ب'), 'قناة 24/ أ ف ب'],
    ['channel_link', 'arb', ar('https://t.me/example_channel'), 'https://t.me/example_channel'],
    ['copyright', 'eng', en('© 2019 Example Media'), '© 2019 Example Media'],
    ['other', 'eng', en('Tags: transport, buses'), 'Tags: transport, buses'],
    ['other', 'fra', fr('Commentaires'), 'Commentaires'],
    ['other', 'arb', ar('تاريخ النشر: 12/03/2019 | 10:30'), 'تاريخ النشر: 12/03/2019 | 10:30'],
  ];
  for (const [kind, language, text, expected] of cases) {
    it(`${kind}: ${expected}`, () => {
      const r = run(text, language);
      expect(r.texts).toEqual([expected]);
      expect(r.kinds).toEqual([kind]);
    });
  }
});
