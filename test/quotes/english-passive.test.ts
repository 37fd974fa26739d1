import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const attribution = (text: string) => quotesOf(text, 'eng').map((q) => [q.type, q.text, q.speaker, q.cue]);

describe('English passives and possessives', () => {
  it('takes the agent of a passive cue, after a quoted fragment too, and keeps a plural possessive in the mention', () => {
    expect(attribution('The drought was labelled an “emergency” by the farmers’ union, which said prices would rise.')).toEqual([
      ['direct', 'emergency', 'the farmers’ union', 'labelled'],
      ['indirect', 'prices would rise', 'the farmers’ union', 'said'],
    ]);
    expect(attribution("The teachers' union said the strike would go ahead.")).toEqual([['indirect', 'the strike would go ahead', "The teachers' union", 'said']]);
  });

  it('finds no speech in a passive without an agent', () => {
    expect(attribution('She is now accused of hiding the money.')).toEqual([]);
    expect(attribution('The publishers adopted what has been called “agency pricing”.')).toEqual([]);
    // Look-alike: an agent right after the cue still speaks.
    expect(attribution('He was told by police that the road would stay closed.')).toEqual([['indirect', 'the road would stay closed', 'police', 'told']]);
  });
});
