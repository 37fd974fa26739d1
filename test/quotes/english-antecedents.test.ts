import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const en = (text: string) => quotesOf(text, 'eng');
const attribution = (text: string) => en(text).map((q) => [q.text, q.speaker, q.cue, q.implicit]);

describe('English antecedents', () => {
  it('takes no word that merely opens a sentence for the antecedent of "he said"', () => {
    expect(attribution('Mayor Lin Ortega said the route was safe.\n\nDespite the rain, the parade went ahead on Sunday.\n\n"We are proud," he said.')).toEqual([
      ['the route was safe', 'Mayor Lin Ortega', 'said', false],
      ['We are proud,', 'Mayor Lin Ortega', 'said', true],
    ]);
  });

  it('still takes a sentence-opening name the report capitalises elsewhere', () => {
    expect(attribution('The vote was delayed by Kemper.\n\nKemper later apologised to the council.\n\n"I was wrong," he said.')).toEqual([
      ['I was wrong,', 'Kemper', 'said', true],
    ]);
  });

  it('takes no subject from a sentence inside a quotation', () => {
    expect(attribution('Dr Ana Weiss said the tests were clean.\n\n"We met the family. Carter, the father, was calm," she said.')[1]).toEqual(
      ['We met the family. Carter, the father, was calm,', 'Dr Ana Weiss', 'said', true],
    );
  });

  it('reads the name after a possessive description that opens the sentence', () => {
    expect(attribution('Spain’s foreign minister, Rosa Benet, rejected the claim, saying the talks would go on.')).toEqual([
      ['the talks would go on', 'Rosa Benet', 'saying', true],
    ]);
  });

  it('gives ", who said" the mention before the comma', () => {
    expect(attribution('The plan was welcomed by the mayor, Ian Cole, who said the city would act quickly.')).toEqual([
      ['the city would act quickly', 'Ian Cole', 'said', false],
    ]);
    expect(attribution('The prize went to Hadley Farms, the oldest dairy in the valley, which said the money would fund a new barn.')).toEqual([
      ['the money would fund a new barn', 'Hadley Farms', 'said', false],
    ]);
  });

  it('takes a mention before a quoted fragment for the object of the cue, not its subject', () => {
    expect(attribution('The health minister, Clara Dorn, called the strike “irresponsible”.')).toEqual([['irresponsible', 'Clara Dorn', 'called', false]]);
    // Look-alike: after a closing mark the mention after the verb is its subject.
    expect(attribution('“It is over,” said the health minister, Clara Dorn.')[0]![1]).toBe('the health minister, Clara Dorn');
  });

  it('reads back over several descriptions and a closing place to the name', () => {
    expect(attribution('Pavel Ruzek, representing the port authority, which opened the terminal in 2012 and which runs it today, declared the dock “unsafe”.')).toEqual([
      ['unsafe', 'Pavel Ruzek', 'declared', false],
    ]);
    expect(attribution('Ines Barro, an ecologist at the polar institute in Tromso, Norway, said the colony had shrunk.')).toEqual([
      ['the colony had shrunk', 'Ines Barro', 'said', false],
    ]);
  });

  it('gives ", who said" the noun phrase before it with the places it names', () => {
    expect(attribution('She was advised by engineers from Leeds in the UK, who said the dam would hold.')).toEqual([
      ['the dam would hold', 'engineers from Leeds in the UK', 'said', false],
    ]);
    expect(attribution('The mayor retweeted radio host Dana Pruitt, who claimed that the park would close.')).toEqual([
      ['the park would close', 'Dana Pruitt', 'claimed', false],
    ]);
  });

  it('reads "said she would" as a clause, not as a subject after the verb', () => {
    expect(attribution('The judge, Lena Ortiz, said she would appeal the ruling.')).toEqual([['she would appeal the ruling', 'Lena Ortiz', 'said', false]]);
    expect(attribution('“We will appeal,” said she.')).toEqual([['We will appeal,', 'she', 'said', true]]);
  });

  it('takes no imperative "Say" that opens a sentence for a cue', () => {
    expect(en('Say what you will about Ken Adler, the singer proved to be a good sport when he stopped by the studio.')).toEqual([]);
  });

  it('gives "he said" and "they said" an antecedent that agrees in number', () => {
    expect(attribution('Mr Hale said the fence would stay.\n\nLocal residents said the noise was unbearable.\n\n“We have asked for a meeting,” he said.')[2]).toEqual(
      ['We have asked for a meeting,', 'Mr Hale', 'said', true],
    );
    expect(attribution('Officials said the site was closed.\n\nMr Hale said the fence would stay.\n\n“We will reopen in May,” they said.')[2]).toEqual(
      ['We will reopen in May,', 'Officials', 'said', true],
    );
    // Look-alike: two titles joined by `and` are one person.
    expect(attribution('The college’s president and rector said the move was final.\n\n“This is unprecedented,” she added.')[1]).toEqual(
      ['This is unprecedented,', 'The college’s president and rector', 'added', true],
    );
  });
});
