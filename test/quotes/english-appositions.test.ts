import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const en = (text: string) => quotesOf(text, 'eng');

describe('English appositions before a cue', () => {
  it('reads back over two relative clauses to the name', () => {
    const q = en('Paul Granger, a farmer who met the minister, and who is running for mayor, said the plan was "a disaster".');
    expect(q[0]).toMatchObject({ type: 'indirect', speaker: 'Paul Granger', cue: 'said' });
  });

  it('does not take the name inside the relative clause', () => {
    const q = en('Paul Granger, a farmer who met Sarah Cole, and who is running for mayor, said the plan was "a disaster".');
    expect(q[0]?.speaker).not.toBe('Sarah Cole');
  });
});
