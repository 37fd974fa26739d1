import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const attribution = (text: string) => quotesOf(text, 'eng').map((q) => [q.text, q.speaker, q.cue, q.implicit]);

describe('English mention edges', () => {
  it('reads a name with its "of the" organisation back from the cue', () => {
    expect(attribution('"The road is closed," Officer Tusk of the Walrus Police Department said.')).toEqual([
      ['The road is closed,', 'Officer Tusk of the Walrus Police Department', 'said', false],
    ]);
    // Look-alike: only a capitalised name before `of the` joins it; a lower-case word does not.
    expect(attribution('"We are ready," workers of the Walrus Police Department said.')[0]![1]).toBe('the Walrus Police Department');
  });

  it('keeps a description head and its "for" complement together', () => {
    expect(attribution('"We are investigating," a Singapore-based spokesman for Google said.')).toEqual([
      ['We are investigating,', 'a Singapore-based spokesman for Google', 'said', false],
    ]);
  });

  it('takes a pronoun written with a glued auxiliary for a pronoun, without its apostrophe', () => {
    expect(attribution('She’s said before that the rules were unfair.')).toEqual([['the rules were unfair', 'She', 'said', true]]);
    expect(attribution('The head of Hungary’s university has called it a “dark day for Europe” as the college left.')[0]![1]).toBe('The head of Hungary’s university');
  });

  it('reads a stop word written in capitals as an acronym inside a mention', () => {
    expect(attribution('US sources claimed the envoy was keen to stay.')).toEqual([['the envoy was keen to stay', 'US sources', 'claimed', false]]);
    // Look-alike: the pronoun `us` still ends a mention.
    expect(attribution('Then he joined us, the guide said.')).toEqual([['Then he joined us', 'the guide', 'said', false]]);
  });
});
