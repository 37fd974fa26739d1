import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const en = (text: string) => quotesOf(text, 'eng');

describe('A quote going on after a long attribution', () => {
  it('continues past a speaker description when the next quotation is a sentence of its own', () => {
    const q = en('“The reef will not recover on its own,” Maria Lopez of the Marine Institute in Cairns, Australia, said to reporters. “We need to act within a decade.”');
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['The reef will not recover on its own,', 'Maria Lopez'],
      ['We need to act within a decade.', 'Maria Lopez'],
    ]);
  });

  it('does not continue with a fragment inside the next sentence', () => {
    const q = en('“The reef will not recover on its own,” Maria Lopez of the Marine Institute in Cairns, Australia, said to reporters. Divers saw “bleached patches” near the shore.');
    expect(q.map((x) => x.text)).toEqual(['The reef will not recover on its own,']);
  });

  it('does not continue across another cue', () => {
    const q = en('“The reef will not recover,” Maria Lopez said, while her colleague insisted on caution. “We need to act within a decade.”');
    expect(q.filter((x) => x.text.startsWith('We need')).every((x) => x.cue !== 'said')).toBe(true);
  });
});
