import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const fr = (text: string) => quotesOf(text, 'fra');

describe('French mentions with a noun complement', () => {
  it('reads a body or a title with its complement back to the head noun', () => {
    expect(fr("Le tribunal de Lyon a indiqué qu'une audience aurait lieu en mars.")[0]).toMatchObject({ speaker: 'Le tribunal de Lyon' });
    expect(fr("Le président de la République a assuré qu'il ne céderait pas.")[0]).toMatchObject({ speaker: 'Le président de la République' });
    expect(fr("La mairie du Havre a précisé que l'école resterait fermée.")[0]).toMatchObject({ speaker: 'La mairie du Havre' });
    expect(fr("Le chauffeur du bus a raconté qu'il avait freiné trop tard.")[0]).toMatchObject({ speaker: 'Le chauffeur du bus' });
  });

  it('does not take what was said as the head of its author', () => {
    const q = fr("Le tweet de Paul Durand, selon lequel la réforme serait abandonnée, a été partagé.");
    expect(q[0]).toMatchObject({ speaker: 'Paul Durand', cue: 'selon lequel' });
  });
});

describe('French long titles read after the verb', () => {
  it('reads a role with its chained complements whole', () => {
    const q = fr("«Nous ne lâcherons rien», a ajouté le président de la fédération de la chasse d'Alsace.");
    expect(q[0]).toMatchObject({ speaker: "le président de la fédération de la chasse d'Alsace" });
  });

  it('does not read a long object as an inverted subject', () => {
    const q = fr("Hier soir, le ministre de la Santé, Paul Martin, a annoncé une enquête de l'inspection générale des affaires sociales de la région, sans plus de détails.");
    expect(q.filter((x) => x.speaker?.startsWith('une enquête'))).toEqual([]);
  });
});

describe('French groups named in marks', () => {
  it('reads an article and a short name in marks as the subject', () => {
    const q = fr("Les «bonnets rouges» affirment vouloir bloquer la route jusqu'à dimanche.");
    expect(q[0]).toMatchObject({ type: 'indirect', speaker: 'Les «bonnets rouges»', implicit: false });
  });

  it('still reads a quotation before an inverted cue as speech', () => {
    const q = fr("«Nous bloquerons la route», affirment les manifestants.");
    expect(q[0]).toMatchObject({ type: 'direct', speaker: 'les manifestants' });
  });
});
