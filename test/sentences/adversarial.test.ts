import { describe, expect, it } from 'vitest';
import { split, splitRegions } from './helpers.js';

const MB = 1 << 20;

// Each of these would take minutes with a backtracking or quadratic splitter; vitest's timeout is the guard.
describe('adversarial inputs finish in linear time', { timeout: 30_000 }, () => {
  it('a megabyte of dots is one sentence', () => {
    expect(split('.'.repeat(MB))).toHaveLength(1);
  });

  it('a megabyte of spaced dots and of spaced exclamation marks', () => {
    expect(split('. '.repeat(MB / 2)).length).toBeGreaterThan(0);
    expect(split('! '.repeat(MB / 2)).length).toBeGreaterThan(0);
  });

  it('a megabyte of quote marks, straight and guillemets', () => {
    expect(split('"'.repeat(MB))).toEqual(['"'.repeat(MB)]);
    expect(split('«'.repeat(MB), 'rus')).toHaveLength(1);
    expect(split('". '.repeat(MB / 3), 'ita').length).toBeGreaterThan(0);
  });

  it('a megabyte of one unbroken word, with and without inner dots', () => {
    expect(split('a'.repeat(MB))).toHaveLength(1);
    expect(split('ab.'.repeat(MB / 3))).toHaveLength(1);
    expect(split('U.S.'.repeat(MB / 4))).toHaveLength(1);
  });

  it('a megabyte of Arabic commas, and of list-like numbers', () => {
    expect(split('،'.repeat(MB), 'arb')).toHaveLength(1);
    expect(split('1. A '.repeat(MB / 5)).length).toBeGreaterThan(0);
  });

  it('a megabyte of spaces and line breaks', () => {
    expect(split(' '.repeat(MB))).toEqual([]);
    expect(split('A\n'.repeat(MB / 2))).toHaveLength(MB / 2);
    expect(split('a\n'.repeat(MB / 2))).toHaveLength(1);
    expect(split('1  Ab '.repeat(MB / 6), 'fra').length).toBeGreaterThan(1);
  });

  it('a megabyte cut into a hundred thousand regions, with nothing to find after them', () => {
    const text = 'ab  c'.repeat(MB / 5);
    const regions = Array.from({ length: 100_000 }, (_, k) => ({ start: k * 10, end: k * 10 + 5 }));
    expect(splitRegions(text, regions, 'fra')).toHaveLength(100_000);
  });
});
