import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const en = (text: string) => quotesOf(text, 'eng');

describe('English clauses after told and an addressee', () => {
  it('reads the clause after a plural addressee without that', () => {
    const q = en('The mayor told reporters the bridge would reopen in March.');
    expect(q).toEqual([expect.objectContaining({ type: 'indirect', text: 'the bridge would reopen in March', speaker: 'The mayor', cue: 'told' })]);
  });

  it('reads the clause after a named outlet and after a definite addressee', () => {
    expect(en('A company spokeswoman told Reuters the plant had been closed since May.')[0]).toMatchObject({ text: 'the plant had been closed since May', cue: 'told' });
    expect(en('The driver told the court he had not seen the cyclist.')[0]).toMatchObject({ text: 'he had not seen the cyclist', speaker: 'The driver' });
  });

  it('takes no clause from an order or a plain object', () => {
    expect(en('The officer told him to leave the building at once.')).toEqual([]);
    expect(en('The old man told her the story of the flood.')).toEqual([]);
  });
});

describe('English verb forms used as nouns', () => {
  it('does not take a plural noun after a preposition as a cue', () => {
    const q = en('The mayor called on states to share the cost of the bridge.');
    expect(q).toEqual([expect.objectContaining({ type: 'indirect', text: 'share the cost of the bridge', cue: 'called' })]);
    expect(en('The vote comes amid reports that the coalition had split.')).toEqual([]);
  });

  it('still takes a quantifier as the subject of its verb', () => {
    expect(en('Some said the vote had been rigged.')[0]).toMatchObject({ speaker: 'Some', cue: 'said' });
  });
});

describe('English names after a quotation', () => {
  it('does not take a capitalised verb form opening a name as an inverted cue', () => {
    const q = en('"We urge both sides to talk," State Department spokesman Ned Carter said.');
    expect(q[0]).toMatchObject({ speaker: 'Ned Carter', cue: 'said' });
  });

  it('still takes a lower-case bare verb after a quotation', () => {
    const q = en('"We will not give up," reply the twins.');
    expect(q[0]).toMatchObject({ speaker: 'the twins', cue: 'reply' });
  });
});

describe('English adjectives, chants and but inside reported clauses', () => {
  it('reads a verb form after an inverted cue as part of the subject', () => {
    const q = en('"It was a mess," said noted chef Paul Martin.');
    expect(q[0]).toMatchObject({ speaker: 'noted chef Paul Martin', cue: 'said', implicit: false });
  });

  it('keeps a marked chant inside the clause that reports it', () => {
    const q = en('The blogger claimed that fans in the square were chanting "we want Ronaldo" but a video shows another city.');
    expect(q).toEqual([expect.objectContaining({ type: 'indirect', text: 'fans in the square were chanting "we want Ronaldo"', cue: 'claimed' })]);
  });

  it('keeps but between two adjectives inside the clause', () => {
    const q = en('The minister said the change was small but significant for farmers.');
    expect(q[0]).toMatchObject({ text: 'the change was small but significant for farmers' });
  });

  it('still reads a progressive verb of saying with that', () => {
    const q = en('Scientists are warning that the reef could die within a decade.');
    expect(q[0]).toMatchObject({ type: 'indirect', text: 'the reef could die within a decade' });
  });
});
