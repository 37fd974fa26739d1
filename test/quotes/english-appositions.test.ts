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

  it('does not take the place that ends a description as the subject', () => {
    const q = en('Helen Brandt, a marine biologist from the Polar Institute in Bremen, Germany, told the panel that the colony had shrunk.');
    expect(q[0]).toMatchObject({ type: 'indirect', speaker: 'Helen Brandt' });
  });
});

describe('English clauses before a glued quotation', () => {
  it('ends a reported clause at a full stop glued to an opening mark', () => {
    const q = en('Critics claimed that the treaty would hand the port to a rival.“It is a lie from start to finish,” the minister said.');
    expect(q.map((x) => [x.type, x.text])).toEqual([
      ['indirect', 'the treaty would hand the port to a rival'],
      ['direct', 'It is a lie from start to finish,'],
    ]);
  });

  it('keeps a full stop inside an abbreviation-free clause that goes on without marks', () => {
    const q = en('Critics claimed that the treaty would hand the port to a rival.');
    expect(q[0]).toMatchObject({ type: 'indirect', text: 'the treaty would hand the port to a rival' });
  });
});

describe('English subjects of joined and noun-like verbs', () => {
  it('gives a verb joined by but the unnamed subject of its sentence', () => {
    const q = en('The mayor said that the budget was final.\nThe spokesman declined to give figures but said the city would borrow more.');
    expect(q[1]).toMatchObject({ text: 'the city would borrow more', speaker: 'The spokesman', cue: 'said', implicit: true });
  });

  it('still takes the last speaker for a verb after a pronoun', () => {
    const q = en('The mayor said that the budget was final.\nShe said the city would borrow more.');
    expect(q[1]).toMatchObject({ speaker: 'The mayor', implicit: true });
  });

  it('reads a plural noun of reporting before said as the subject', () => {
    const q = en('The mayor said that the budget was final.\nLocal press reports said the council had not been told.');
    expect(q[1]).toMatchObject({ text: 'the council had not been told', speaker: 'Local press reports', cue: 'said' });
  });
});

describe('English subjects with a complement', () => {
  it('keeps the head a complement hangs on', () => {
    expect(en('A spokeswoman for the airline said the flights would resume.')[0]).toMatchObject({ speaker: 'A spokeswoman for the airline' });
    expect(en('The leader of the far right Freedom Party said the vote was rigged.')[0]).toMatchObject({ speaker: 'The leader of the far right Freedom Party' });
    expect(en('The men in the van told him they were lost.')[0]).toMatchObject({ speaker: 'The men in the van' });
  });

  it('does not join a name to the object of a preposition before it', () => {
    const q = en('But in a note added to his letter Mrs Jones said the plan was wrong.');
    expect(q[0]).toMatchObject({ speaker: 'Mrs Jones' });
  });
});

describe('English number of a subject with a complement', () => {
  it('reads the number off the head before the link, so he skips a plural group', () => {
    const q = en('The driver said the road was empty.\nThe men in the van told him they were lost. He said one of them then opened fire.');
    expect(q.find((x) => x.text.startsWith('one of them'))?.speaker).toBe('The driver');
  });
});

describe('English sentence subjects after an opening phrase', () => {
  it('reads the subject after a phrase of time as the antecedent of a later pronoun', () => {
    const q = en('Ms Ruiz said the budget was "a disgrace".\nOn Friday, Mr Okafor visited the striking dockers in the port. He had urged them to "stand firm" in March.');
    expect(q[1]).toMatchObject({ text: 'stand firm', speaker: 'Mr Okafor', implicit: true });
  });

  it('does not pass over a determiner that opens the subject', () => {
    const q = en('Ms Ruiz said the budget was "a disgrace".\nThe minister, Mr Okafor, visited the port. He said the strike was "unlawful".');
    expect(q[1]?.speaker).not.toBe('Ms Ruiz');
  });
});
