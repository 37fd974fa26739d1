import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const fr = (text: string) => quotesOf(text, 'fra');

describe('French partial quotations inside reported speech', () => {
  it('keeps a quotation opening a que-clause inside that indirect quote', () => {
    const q = fr('La mairie avait indiqué samedi soir que «des tags à caractère raciste et haineux» avaient été tracés près de la gare.');
    expect(q.map((x) => [x.type, x.text])).toEqual([
      ['indirect', '«des tags à caractère raciste et haineux» avaient été tracés près de la gare'],
    ]);
  });

  it('still reads a que-clause that is only a quotation as that quotation', () => {
    const q = fr('Le maire a assuré que «les travaux seront finis en juin».');
    expect(q.map((x) => x.type)).toEqual(['direct']);
  });

  it('reads a quotation followed by words of the writer and an inverted cue as one indirect quote', () => {
    const q = fr("«C'est le même homme» qui a volé les deux voitures, a affirmé le préfet : «Il est bien connu des services».");
    expect(q[0]).toMatchObject({ type: 'indirect', text: "«C'est le même homme» qui a volé les deux voitures", speaker: 'le préfet', cue: 'a affirmé' });
    expect(q[1]).toMatchObject({ type: 'direct', text: 'Il est bien connu des services', speaker: 'le préfet' });
  });

  it('keeps quotations that end their clause as direct quotes', () => {
    const q = fr('«Personne ne croit au débat» voulu par le gouvernement, «nous restons mobilisés», a-t-il lancé.');
    expect(q.filter((x) => x.type === 'indirect')).toEqual([]);
    expect(q).toContainEqual(expect.objectContaining({ type: 'direct', text: 'nous restons mobilisés' }));
  });

  it('does not make a clause of quotations that a cue inside it attributes', () => {
    const q = fr('«Dehors», «rentrez chez vous», avaient crié des manifestants qui bloquaient la rue, selon plusieurs témoins.');
    expect(q.filter((x) => x.text.includes('«'))).toEqual([]);
  });
});

describe('French inverted subjects', () => {
  it('reads the subject past a day and a time of day after the verb', () => {
    const q = fr('Un homme a été blessé samedi lors de la manifestation à Lyon, a annoncé dimanche soir le préfet du Rhône.');
    expect(q[0]).toMatchObject({ type: 'indirect', text: 'Un homme a été blessé samedi lors de la manifestation à Lyon', speaker: 'le préfet du Rhône', implicit: false });
  });
});

describe('French sources vouching for a relative or a figure', () => {
  it('reads an inline selon as the source of the relative it ends', () => {
    const q = fr("Au lendemain du défilé, qui a rassemblé 12 000 personnes selon la police, les syndicats se sont réunis.");
    expect(q[0]).toMatchObject({ type: 'indirect', text: 'qui a rassemblé 12 000 personnes', speaker: 'la police', cue: 'selon' });
  });

  it('reads a figure in brackets with its own source', () => {
    const q = fr("La marche, qui a réuni 40 000 personnes selon les organisateurs (9 000 selon la préfecture), a traversé la ville.");
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['qui a réuni 40 000 personnes', 'les organisateurs'],
      ['9 000', 'la préfecture'],
    ]);
  });

  it('does not take selon inside a clause that goes on as a relative', () => {
    const q = fr("Le ministre qui a parlé selon ses habitudes devant les élus est reparti aussitôt.");
    expect(q).toEqual([]);
  });
});

describe('French reported content and the participle after it', () => {
  it('ends a que-clause at a comma and a pronominal present participle', () => {
    const q = fr("Le préfet a confirmé qu'un engin explosif avait été lancé, s'appuyant sur le témoignage d'un gendarme.");
    expect(q[0]).toMatchObject({ type: 'indirect', text: "un engin explosif avait été lancé" });
  });

  it('keeps a bare present participle that describes what was reported', () => {
    const q = fr("Le procureur a indiqué que vingt enquêtes étaient ouvertes, allant du vol simple à l'agression.");
    expect(q[0]).toMatchObject({ type: 'indirect', text: "vingt enquêtes étaient ouvertes, allant du vol simple à l'agression" });
  });

  it('does not end a clause at a noun in -ant after an elided article', () => {
    const q = fr("La mère a raconté que son fils avait disparu, l'enfant ayant quitté l'école à midi.");
    expect(q[0]!.text).toContain("l'enfant");
  });
});

describe('French quotations after an attributed one', () => {
  it('does not continue an earlier quote into another cue’s reported clause', () => {
    const q = fr("«La loi protège chacun de nous tous», conclut le collectif. «Nous rassemblons des preuves» en vue, peut-être, de porter plainte, a indiqué sa présidente, Anne Roy.");
    expect(q.map((x) => [x.type, x.cue])).toEqual([
      ['direct', 'conclut'],
      ['indirect', 'a indiqué'],
    ]);
  });
});

describe('French fronted sources', () => {
  it('reads a fronted source past a phrase that describes it', () => {
    const q = fr("Selon un sondage Ifop pour le Journal du dimanche publié hier, 60 % des Français soutiennent la grève.");
    expect(q[0]).toMatchObject({ type: 'indirect', text: '60 % des Français soutiennent la grève', cue: 'Selon' });
    expect(q[0]!.speaker).toContain('un sondage Ifop');
  });

  it('does not read the content itself as such a phrase', () => {
    const q = fr("Selon Paul la grève a coûté cher, mais personne ne le dit.");
    expect(q.filter((x) => x.text === 'mais personne ne le dit')).toEqual([]);
  });
});

describe('French quotation going on after a long attribution', () => {
  it('continues the speaker past a cue with a long phrase of place and time', () => {
    const q = fr("«Trois agents ont été blessés samedi», a-t-il souligné lors de sa conférence de presse de vingt minutes à la préfecture. «Nous ne tolérerons plus de violences».");
    expect(q[1]).toMatchObject({ type: 'direct', text: 'Nous ne tolérerons plus de violences', cue: 'a-t-il souligné' });
  });
});
