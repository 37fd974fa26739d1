import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const fr = (text: string) => quotesOf(text, 'fra');

describe('French attribution set inside the marks', () => {
  it('splits a passage at an incise with a named subject', () => {
    const q = fr("Le maire a répondu ce matin. «Je ne cherche pas la polémique, je défends la commune, assure Paul Roy. Elle restera ouverte à tous, sans exception.»");
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([
      ['Je ne cherche pas la polémique, je défends la commune', 'Paul Roy', 'assure'],
      ['Elle restera ouverte à tous, sans exception', 'Paul Roy', 'assure'],
    ]);
  });

  it('does not split at a verb of saying that is part of the quoted words', () => {
    const q = fr("«Je ne cherche pas la polémique, dit souvent mon père à ses amis de toujours», a raconté Paul Roy.");
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ speaker: 'Paul Roy', cue: 'a raconté' });
  });
});
