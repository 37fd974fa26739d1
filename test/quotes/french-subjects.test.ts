import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const fr = (text: string) => quotesOf(text, 'fra');

describe('French subjects before an object pronoun', () => {
  it('reads the subject before an object pronoun and its verb', () => {
    expect(fr("Le syndicaliste l'a confirmé mardi: il a déposé un préavis de grève.")[0]).toMatchObject({ speaker: 'Le syndicaliste' });
    expect(fr('Plus tard, la ministre lui glisse : «Nous en reparlerons demain matin».')[0]).toMatchObject({ speaker: 'la ministre', implicit: false });
  });

  it('takes a pronoun subject before an object pronoun as implicit', () => {
    const q = fr("«Nous voulons être reçus», a déclaré Marie Dubois. Comme elle le déplore: «Personne ne nous écoute ici».");
    expect(q[1]).toMatchObject({ speaker: 'Marie Dubois', implicit: true });
  });
});

describe('French narrative infinitive', () => {
  it('carries on the last speaker after "Et de" and an infinitive of saying', () => {
    const q = fr('«Nous ne reculerons pas», a déclaré le Premier ministre Jean Martin.\nEt de prévenir: «Les fauteurs de troubles seront poursuivis».');
    expect(q[1]).toMatchObject({ type: 'direct', text: 'Les fauteurs de troubles seront poursuivis', speaker: 'le Premier ministre Jean Martin', cue: 'Et de prévenir', implicit: true });
  });

  it('does not take an infinitive of saying behind another preposition', () => {
    const q = fr("Il a pris la parole afin de prévenir les habitants: la route sera coupée.");
    expect(q.map((x) => x.cue)).not.toContain('de prévenir');
    expect(q).toEqual([]);
  });
});

describe('French scene before a subject', () => {
  it('does not read a phrase of time before the subject as what was said', () => {
    const q = fr('À la fin de la réunion, le maire glisse : «Nous tiendrons parole».');
    expect(q.map((x) => x.type)).toEqual(['direct']);
  });
});

describe('French cue verbs and their look-alike nouns', () => {
  it('reads a request in marks with its inverted subject', () => {
    const q = fr('«Rentrez chez vous maintenant», a demandé le préfet, tout en assurant que la route serait rouverte.');
    expect(q.map((x) => [x.type, x.speaker, x.cue])).toEqual([
      ['direct', 'le préfet', 'a demandé'],
      ['indirect', 'le préfet', 'assurant'],
    ]);
  });

  it('does not read a verb form after an article as a cue', () => {
    expect(fr('Une demande déposée lundi vise la marque «Les gilets jaunes de France».')).toEqual([]);
  });
});

describe('French colon speech', () => {
  it('reads a name or a described speaker before a colon', () => {
    expect(fr('Le maire : nous rouvrirons la piscine cet été.')[0]).toMatchObject({ speaker: 'Le maire', cue: ':' });
    expect(fr('Jean Dupont : nous ne céderons sur rien.')[0]).toMatchObject({ speaker: 'Jean Dupont', cue: ':' });
  });

  it('does not take a phrase of the writer before a colon as a speaker', () => {
    expect(fr('Seul mot d’ordre : ne rien casser pendant la marche.')).toEqual([]);
    expect(fr('Et fait plus surprenant : le maire est venu les rencontrer hier.')).toEqual([]);
  });
});

describe('French subject in apposition before its verb', () => {
  it('reads the name set off by commas as the subject, not the object after the verb', () => {
    const q = fr("Hier sur une radio, le ministre de l'Agriculture, Paul Martin, a annoncé un plan. «Nous aiderons les éleveurs», a-t-il ajouté.");
    expect(q.map((x) => x.type)).toEqual(['direct']);
    expect(q[0]!.speaker).toContain('Paul Martin');
  });
});

describe('French subject relative after a comma', () => {
  it('gives the speech to the mention before ", qui", not to the relative pronoun', () => {
    const q = fr("Les peines sont plus légères que celles requises par le procureur, qui avait demandé deux ans ferme contre des prévenus jugés «dangereux pour l'ordre public».");
    expect(q[0]).toMatchObject({ type: 'direct', speaker: 'le procureur', cue: 'avait demandé' });
  });
});
