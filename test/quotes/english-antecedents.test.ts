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
});
