import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const fr = (text: string) => quotesOf(text, 'fra');

describe('French antecedents of an inverted pronoun', () => {
  it('takes the titled subject of a sentence that opens with a scene', () => {
    const q = fr("Lors d'une visite à Lille, le ministre avait longuement parlé du chômage. «Nous ferons mieux l'an prochain», avait-il promis devant les élus. «Rien n'est joué», a-t-il déclaré.");
    expect(q.find((x) => x.cue === 'a-t-il déclaré')).toMatchObject({ speaker: 'le ministre', implicit: true });
  });

  it('does not take what was said as the antecedent', () => {
    const q = fr("«Je reste», a dit Paul Martin. Les propos du maire de Nantes datent de lundi. «Je ne partirai pas», a-t-il ajouté.");
    expect(q[1]).toMatchObject({ speaker: 'Paul Martin', implicit: true });
  });

  it('takes a journalist named by a description after a scene', () => {
    const q = fr("«Nous porterons plainte», a déclaré la rédactrice en chef Anne Roy. À Caen, un journaliste indépendant a été frappé. Il a indiqué qu'il allait porter plainte lui aussi.");
    expect(q[1]).toMatchObject({ speaker: 'un journaliste indépendant', implicit: true });
  });
});

describe('French apposition after a described speaker', () => {
  it('reads the name after a possessive description, before the one spoken to', () => {
    const q = fr("Le chanteur va porter plainte pour diffamation, indique son avocat, Paul Garnier au Parisien.");
    expect(q[0]).toMatchObject({ speaker: 'son avocat, Paul Garnier' });
  });
});

describe('French number of an antecedent and scenes of time', () => {
  it('does not take a plural source as the antecedent of il', () => {
    const q = fr("Hier sur une radio, le ministre de l'Agriculture, Paul Martin, a annoncé un plan. Commentant les dégâts, attribués selon des éleveurs à des casseurs venus « de toute la région », il a évoqué une action « très organisée et préparée » : « Nous retrouverons les auteurs. »");
    const last = q[q.length - 1]!;
    expect(last).toMatchObject({ text: 'Nous retrouverons les auteurs.', cue: 'a évoqué', implicit: true });
    expect(last.speaker).toContain('Paul Martin');
  });

  it('still takes a plural antecedent for ils', () => {
    const q = fr("«Nous restons», ont affirmé des agriculteurs. «Nous ne partirons pas», ont-ils ajouté.");
    expect(q[1]).toMatchObject({ speaker: 'des agriculteurs', implicit: true });
  });
});
