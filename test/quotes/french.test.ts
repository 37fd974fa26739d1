import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const fr = (text: string) => quotesOf(text, 'fra');

describe('French quotes', () => {
  it('reads a quote followed by its compound cue and speaker', () => {
    const q = fr('«Les travaux dureront trois mois», a précisé le maire de la commune.');
    expect(q).toEqual([{ type: 'direct', text: 'Les travaux dureront trois mois', speaker: 'le maire de la commune', cue: 'a précisé', implicit: false, sentences: [0] }]);
  });

  it('resolves an inverted pronoun to the last speaker', () => {
    const q = fr('«Nous avons tout tenté», a déclaré la directrice. «Il faut maintenant attendre», a-t-elle ajouté.');
    expect(q[1]).toMatchObject({ speaker: 'la directrice', cue: 'a-t-elle ajouté', implicit: true });
  });

  it('attributes a chain of quotes to the cue that follows them', () => {
    const q = fr('«Partez tout de suite», «rentrez chez vous», avaient notamment crié des manifestants.');
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([
      ['Partez tout de suite', 'des manifestants', 'avaient notamment crié'],
      ['rentrez chez vous', 'des manifestants', 'avaient notamment crié'],
    ]);
  });

  it('finds indirect speech after que and with selon', () => {
    expect(fr("Le ministre a dit qu'il ne démissionnerait pas.")[0]).toMatchObject({
      type: 'indirect', text: 'il ne démissionnerait pas', speaker: 'Le ministre', cue: 'a dit',
    });
    expect(fr('Selon les pompiers, la victime est un homme de 40 ans.')[0]).toMatchObject({
      type: 'indirect', text: 'la victime est un homme de 40 ans', speaker: 'les pompiers', cue: 'Selon',
    });
  });

  it('does not read "alors que" as reported speech', () => {
    const q = fr('«Nous partons demain», a écrit sur Twitter le président alors que des milliers de gens défilaient.');
    expect(q.map((x) => [x.type, x.speaker])).toEqual([['direct', 'le président']]);
  });
});

describe('French relatives and glued sentences', () => {
  it('reads a clause after "selon lequel" and gives it the antecedent', () => {
    const q = fr('Il a relayé le message de Paul Martin, un élu local, selon lequel la route sera fermée «dès lundi matin» et qui ajoutait: «Prévoyez des détours».');
    expect(q.map((x) => [x.type, x.text, x.speaker, x.cue, x.implicit])).toEqual([
      ['indirect', 'la route sera fermée «dès lundi matin» et qui ajoutait', 'Paul Martin', 'selon lequel', true],
      ['direct', 'Prévoyez des détours', 'Paul Martin', 'ajoutait', true],
    ]);
  });

  it('splits a sentence end whose space was lost', () => {
    const q = fr("La séance a été levée.Marie Durand a ensuite précisé qu'aucun vote n'aurait lieu ce soir.");
    expect(q[0]).toMatchObject({ type: 'indirect', speaker: 'Marie Durand', cue: 'a ensuite précisé' });
  });
});

describe('French quoted fragments', () => {
  it('keeps words in guillemets inside a que-clause as part of that indirect quote', () => {
    const q = fr("Le syndicat a estimé que la réforme était «une provocation pure et simple» pour les agents.");
    expect(q.map((x) => [x.type, x.text])).toEqual([['indirect', 'la réforme était «une provocation pure et simple» pour les agents']]);
  });
});

describe('French names in guillemets', () => {
  it('does not quote a two-word name after a cue', () => {
    const q = fr("Le préfet a affirmé que les «gilets jaunes» avaient quitté le rond-point dans la nuit.");
    expect(q.map((x) => x.type)).toEqual(['indirect']);
  });
});

describe('French infinitive complements', () => {
  it('reads the infinitive clause of a verb of saying as an indirect quote', () => {
    expect(fr("Le maire a affirmé ne pas avoir été prévenu de la fermeture de l'usine.")[0]).toMatchObject({
      type: 'indirect', text: "ne pas avoir été prévenu de la fermeture de l'usine", speaker: 'Le maire', cue: 'a affirmé',
    });
    expect(fr('La députée indique vouloir déposer un amendement avant la fin du mois.')[0]).toMatchObject({
      type: 'indirect', text: 'vouloir déposer un amendement avant la fin du mois', speaker: 'La députée', cue: 'indique',
    });
  });

  it('looks past a time word or an addressee, and keeps the object pronoun', () => {
    expect(fr('La préfecture a annoncé mardi avoir suspendu les travaux.')[0]).toMatchObject({ text: 'avoir suspendu les travaux', cue: 'a annoncé' });
    expect(fr("Le sénateur a alors confié à ses proches l'avoir trouvé très fatigué.")[0]).toMatchObject({ text: "l'avoir trouvé très fatigué", cue: 'a alors confié' });
  });

  it('does not take a noun object or an adjunct for an infinitive', () => {
    expect(fr('Le ministre a annoncé la fermeture du centre.')).toEqual([]);
    expect(fr('Le syndicat a dénoncé le manque de moyens pour former les agents.')).toEqual([]);
  });

  it('keeps words in guillemets inside the infinitive clause, and does not read the infinitive as an inverted subject', () => {
    const q = fr('Ancien adjoint au maire, il indique vouloir monter «une liste citoyenne et ouverte» pour le scrutin.');
    expect(q.map((x) => [x.type, x.text, x.cue])).toEqual([['indirect', 'vouloir monter «une liste citoyenne et ouverte» pour le scrutin', 'indique']]);
  });

  it('reads an article after an inverted verb as its subject', () => {
    const q = fr("«Le dossier reste ouvert», explique l'hebdomadaire.");
    expect(q.map((x) => [x.type, x.speaker])).toEqual([['direct', "l'hebdomadaire"]]);
  });
});

describe('French cue forms', () => {
  it('reads inverted verbs with any subject pronoun, and plural verbs of saying', () => {
    const q = fr("«La route est coupée», indique-t-on à la mairie. «Nous attendons les renforts», complète-t-elle. Les riverains affirment qu'ils n'ont pas été prévenus.");
    expect(q.map((x) => [x.type, x.cue])).toEqual([['direct', 'indique-t-on'], ['direct', 'complète-t-elle'], ['indirect', 'affirment']]);
  });
});

describe('French detached cues', () => {
  it('gives an impersonal cue the source it names after it', () => {
    const q = fr('Deux voitures ont été incendiées dans la nuit, a-t-on appris samedi de source policière.');
    expect(q.map((x) => [x.type, x.text, x.speaker, x.cue])).toEqual([['indirect', 'Deux voitures ont été incendiées dans la nuit', 'source policière', 'a-t-on appris']]);
    expect(fr('«Les dégâts sont importants», indique-t-on à la mairie.')[0]).toMatchObject({ speaker: 'la mairie', cue: 'indique-t-on', implicit: false });
  });

  it('continues the last source with "de même source"', () => {
    const q = fr('Le trafic a repris vers midi, a-t-on appris auprès de la préfecture. La situation restait tendue dans la soirée, a-t-on ajouté de même source.');
    expect(q.map((x) => [x.speaker, x.cue, x.implicit])).toEqual([['la préfecture', 'a-t-on appris', false], ['la préfecture', 'a-t-on ajouté', true]]);
  });

  it('gives a trailing selon the relative clause it follows, and the whole sentence otherwise', () => {
    expect(fr('Les syndicats ont appelé à une grève qui a réuni 3000 personnes, selon la préfecture.')[0]).toMatchObject({ text: 'qui a réuni 3000 personnes', speaker: 'la préfecture', cue: 'selon' });
    expect(fr('Le pont restera fermé jusqu\'à lundi, selon la mairie.')[0]).toMatchObject({ text: "Le pont restera fermé jusqu'à lundi", speaker: 'la mairie' });
  });

  it('does not take "apprendre" for a cue without the impersonal pronoun', () => {
    expect(fr("Le maire a appris que l'usine allait fermer.")).toEqual([]);
  });
});

describe('French follow-on quotes', () => {
  it('continues an attributed quote in the next paragraph, the full stop after the guillemets', () => {
    const q = fr('«Nous ne céderons pas», a déclaré la syndicaliste.\n«La grève continuera tant que la direction refusera de discuter».');
    expect(q.map((x) => [x.speaker, x.cue, x.implicit])).toEqual([['la syndicaliste', 'a déclaré', false], ['la syndicaliste', 'a déclaré', true]]);
  });
});

describe('French pronominal cues, short quotations and appositions', () => {
  it('reads pronominal verbs of saying and a short quotation set off before its cue', () => {
    expect(fr("«C'est inédit», s'étonne la maire.")).toEqual([{ type: 'direct', text: "C'est inédit", speaker: 'la maire', cue: "s'étonne", implicit: false, sentences: [0] }]);
    expect(fr('La maire s\'est inquiétée que les travaux prennent du retard.')[0]).toMatchObject({ type: 'indirect', cue: "s'est inquiétée" });
  });

  it('keeps a short word in guillemets inside its clause', () => {
    const q = fr('La situation était «calme» dans la soirée, a-t-on ajouté de même source.');
    expect(q.map((x) => x.type)).toEqual(['indirect']);
  });

  it('skips the apposition of a fronted source', () => {
    expect(fr('Selon Anne Roy, porte-parole du syndicat, la grève sera reconduite.')[0]).toMatchObject({ text: 'la grève sera reconduite', speaker: 'Anne Roy' });
    expect(fr("Selon la police, trois personnes ont été interpellées.")[0]).toMatchObject({ text: 'trois personnes ont été interpellées' });
  });
});
