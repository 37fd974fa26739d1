import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/quotes/index.js';
import { simpleSentences } from './run.js';

const MB = 1 << 20;
const run = (text: string, language: string) => findQuotes(text, simpleSentences(text), language, [{ start: 0, end: text.length }]);

/** A loose guard: these must end, and far inside this; the assertions are on the results. */
const GUARD = 30_000;

describe('inputs built to be slow', () => {
  for (const mark of ['"', '«', '“', "'", '»', '(']) {
    it(`a megabyte of ${mark}`, () => expect(run(mark.repeat(MB), 'eng')).toEqual([]), GUARD);
  }

  it('a megabyte of alternating marks and words', () => {
    const text = '« a '.repeat(MB / 4);
    expect(run(text, 'fra')).toEqual([]);
  }, GUARD);

  it('a megabyte of dots, of one word, of Arabic commas', () => {
    expect(run('.'.repeat(MB), 'eng')).toEqual([]);
    expect(run('x'.repeat(MB), 'eng')).toEqual([]);
    expect(run('،'.repeat(MB), 'arb')).toEqual([]);
  }, GUARD);

  it('a megabyte of cues and complementizers still ends, and stays inside its sentences', () => {
    const text = 'وقال أن '.repeat(MB / 8);
    const quotes = run(text, 'arb');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.end - q.start).toBeLessThan(2000);
  }, GUARD);

  it('an unbalanced mark in a long report yields no quote running to the end', () => {
    const body = 'The mayor said "we will rebuild everything.\n' + 'Work continued through the night in the district.\n'.repeat(2000) + 'The end.';
    const quotes = run(body, 'eng');
    for (const q of quotes) expect(q.end).toBeLessThan(body.indexOf('\n') + 1);
  }, GUARD);
});

describe('offsets and sentences', () => {
  it('lists every sentence a quote spans', () => {
    const text = 'Intro line here.\n"First sentence. Second sentence," the judge said.';
    const quotes = run(text, 'eng');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.sentences).toEqual([1, 2]);
  });

  it('returns spans into the original text and leaves boilerplate regions out', () => {
    const text = 'Read more: "Other headline here"\nThe chief said "all is well here".';
    const regions = [{ start: text.indexOf('\n') + 1, end: text.length }];
    const quotes = findQuotes(text, simpleSentences(text).filter((s) => s.start >= regions[0]!.start), 'eng', regions);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['all is well here']);
  });
});
