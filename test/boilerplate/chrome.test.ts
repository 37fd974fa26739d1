import { describe, expect, it } from 'vitest';
import { body, run } from './helpers.js';

describe('pull quotes and glued tweets', () => {
  it('takes a pull quote glued between two sentences when the report quotes it elsewhere', () => {
    const quote = 'Nous ne laisserons pas les écoles fermer sans rien dire';
    const text = `Les parents ont manifesté devant la mairie samedi. ${quote}Dans la matinée, une délégation a été reçue. «${quote}», a lancé une mère d’élève.`;
    const r = run(text, 'fra');
    expect(r.texts).toEqual([quote]);
    expect(r.kinds).toEqual(['other']);
    expect(body(text, r.spans)).toContain('samedi. Dans la matinée');
  });

  it('keeps the same glued stretch when nothing repeats it (a brand name, a lost space)', () => {
    const text = 'The company unveiled its new console on Monday. Sales of the previous model fell sharply last yearPlayStation fans queued overnight in Tokyo.';
    expect(run(text, 'eng').spans).toEqual([]);
  });

  it('takes an English pull quote joined to the paragraph before it', () => {
    const quote = 'We have never seen water this high in the valley';
    const text = `The river burst its banks overnight.${quote}Residents were evacuated by boat. "${quote}," the mayor said.`;
    expect(run(text, 'eng').texts).toEqual([quote]);
  });

  it('starts a bare tweet where its block was joined to the paragraph, past its own exclamation', () => {
    const text = 'Le parti a publié son programme mardi.Nos propositions sont prêtes ! Lisez-les ➡️ https://t.co/Ab12Cd34Ef #Vote pic.twitter.com/Zx98Yw76Vu Le texte compte vingt pages.';
    const r = run(text, 'fra');
    expect(r.texts).toEqual(['Nos propositions sont prêtes ! Lisez-les ➡️ https://t.co/Ab12Cd34Ef #Vote pic.twitter.com/Zx98Yw76Vu']);
  });
});

describe('page chrome', () => {
  it('takes publication date lines in the three languages, not sentences that open alike', () => {
    const ar = 'تاريخ النشر: 12/03/2019 | 10:30\nأعلنت الحكومة خطة جديدة للنقل العام.\nنشر في الجريدة الرسمية قرار بتعيين 12 سفيرا.';
    expect(run(ar, 'arb').texts).toEqual(['تاريخ النشر: 12/03/2019 | 10:30']);
    const fr = 'Publié le 03/12/2018 à 10h30\nLe gouvernement a présenté sa réforme.\nPublié le 3 mai, le rapport a fait grand bruit à l’Assemblée.';
    expect(run(fr, 'fra').texts).toEqual(['Publié le 03/12/2018 à 10h30']);
    const en = 'Updated 1:12 PM ET, Tue December 4, 2018\nThe senate passed the bill on Tuesday.\nUpdated figures from 2019 show a rise in cases.';
    expect(run(en, 'eng').texts).toEqual(['Updated 1:12 PM ET, Tue December 4, 2018']);
  });

  it('takes the comments heading and the print/send row', () => {
    const ar = 'وأكد الوزير أن الخطة ستنفذ خلال عامين.\nطباعة ارسل لصديق\nالتعليقات';
    expect(run(ar, 'arb').kinds).toEqual(['share', 'other']);
    const fr = 'Le vote aura lieu jeudi.\nCommentaires';
    expect(run(fr, 'fra').texts).toEqual(['Commentaires']);
    const en = 'The vote is due on Thursday.\nComments\nThe comments of the minister were widely shared.';
    expect(run(en, 'eng').texts).toEqual(['Comments']);
  });

  it('takes a menu above the report, not the short lines of a post without a sentence', () => {
    const page = 'Accueil\nPolitique\nInternational\nÉconomie\nLa réforme des retraites adoptée\nLe Parlement a adopté la réforme mardi soir.\nLe texte entre en vigueur en janvier.';
    const r = run(page, 'fra');
    expect(r.texts).toEqual(['Accueil\nPolitique\nInternational\nÉconomie']);
    expect(r.kinds).toEqual(['other']);
    const post = '🔴 عاجل\nقصف مدفعي\nشرق المدينة\nمنذ الفجر';
    expect(run(post, 'arb').spans).toEqual([]);
    const titled = 'Storm hits coast\nThousands without power\nBy Jane Doe\nThe storm reached the coast on Monday.';
    expect(run(titled, 'eng').texts).toEqual(['By Jane Doe']); // the byline, not the title above it
  });
});
