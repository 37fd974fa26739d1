import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const attribution = (text: string) => quotesOf(text, 'eng').map((q) => [q.type, q.text, q.speaker, q.cue]);

describe('English quoted fragments', () => {
  it('keeps marked words inside a clause attributed after it as part of that indirect quote', () => {
    expect(attribution('Opening the bridge in May was a “hopelessly rushed” plan, an engineer said.')).toEqual([
      ['indirect', 'Opening the bridge in May was a “hopelessly rushed” plan', 'an engineer', 'said'],
    ]);
  });

  it('continues a clause that closes on marked words with the quotation after its cue', () => {
    expect(attribution('The rebels “are the party of lies”, Ortega said. “We saw it in March.”')).toEqual([
      ['indirect', 'The rebels “are the party of lies”', 'Ortega', 'said'],
      ['direct', 'We saw it in March.', 'Ortega', 'said'],
    ]);
  });

  it('still reads a whole quotation before its cue as direct speech', () => {
    expect(attribution('“The plan is rushed,” an engineer said. “We need a year.”')).toEqual([
      ['direct', 'The plan is rushed,', 'an engineer', 'said'],
      ['direct', 'We need a year.', 'an engineer', 'said'],
    ]);
  });

  it('continues a clause only with a quotation that opens the next sentence', () => {
    expect(attribution('The standard was “high”, the minister added, saying there had been a “decline” since.')).toEqual([
      ['indirect', 'The standard was “high”', 'the minister', 'added'],
      ['indirect', 'there had been a “decline” since', 'the minister', 'saying'],
    ]);
  });

  it('reaches a cue across its speaker’s long mention after the quotation, not across other words', () => {
    expect(attribution('“Seals are at risk,” Ana Mora of the University of Bergen in Tromso, Norway, said to reporters.')).toEqual([
      ['direct', 'Seals are at risk,', 'Ana Mora', 'said'],
    ]);
    expect(attribution('Since May, the “green shirts”, named after their uniforms, have held marches that were never declared to the police.')).toEqual([]);
  });
});
