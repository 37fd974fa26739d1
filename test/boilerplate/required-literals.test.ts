import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/boilerplate/required-literals.js';
import { matchNearWords } from '../../src/boilerplate/word-search.js';
import { rulesFor } from '../../src/boilerplate/rules/index.js';

/** Every match of `pattern` in `text` holds a derived word within the derived distance of its start. */
function holdsEverywhere(pattern: RegExp, text: string): number {
  const needs = requiredLiterals(pattern);
  if (needs === null) return 0;
  let count = 0;
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const m of text.matchAll(global)) {
    count++;
    const ok = needs.words.some((w) => {
      const at = text.indexOf(w, m.index);
      return at >= 0 && at < m.index + needs.within;
    });
    if (!ok) throw new Error(`${pattern} matched ${JSON.stringify(m[0])} without any of ${JSON.stringify(needs)}`);
  }
  return count;
}

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function randoms(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('required literals of a pattern', () => {
  it('reads the words an alternation needs, each at the start of the match', () => {
    expect(requiredLiterals(/(?:شاهد|طالع) أيضاً?\s?:/gu)).toEqual({ words: ['شاهد أيضا', 'طالع أيضا'], within: 1 });
    expect(requiredLiterals(/\b(?:See also|Related|Related story)\s?:/gu)).toEqual({ words: ['See also', 'Related'], within: 1 });
  });

  it('spells out a small class into words, and counts the places a word may start after the match does', () => {
    expect(requiredLiterals(/[اإ]قرأ كذلك/gu)).toEqual({ words: ['اقرأ كذلك', 'إقرأ كذلك'], within: 1 });
    expect(requiredLiterals(/\d{1,2} Photos? by /u)).toEqual({ words: ['Photo by', 'Photos by'], within: 4 });
    // A space at a word's end is dropped: the word then starts one place later.
    expect(requiredLiterals(/[-–] ?(?:Sign up|Subscribe)/u)).toEqual({ words: ['Sign up', 'Subscribe'], within: 3 });
  });

  it('takes a word after an unbounded part only with no bound on where it starts', () => {
    expect(requiredLiterals(/\S+ newsletter/u)).toEqual({ words: ['newsletter'], within: Infinity });
    expect(requiredLiterals(/(?:More)?\s*:/u)).toEqual({ words: [':'], within: Infinity });
  });

  it('ignores what assertions look at: a lookahead consumes nothing a match must hold', () => {
    expect(requiredLiterals(/(?=Reuters)\w+/u)).toBeNull();
    expect(requiredLiterals(/^Via (?!the )\p{Lu}/u)).toEqual({ words: ['Via'], within: 1 });
  });

  it('gives up on what it does not model, or where no word is sure', () => {
    expect(requiredLiterals(/(ab)\1/u)).toBeNull(); // back-reference
    expect(requiredLiterals(/read more/iu)).toBeNull(); // either case
    expect(requiredLiterals(/(?<label>Tags):/u)).toBeNull(); // a named group may be referred to
    expect(requiredLiterals(/a|\d+/u)).toBeNull(); // one branch holds no word
  });

  it('holds for every match of every built-in pattern on texts made of the patterns own pieces', () => {
    const patterns = rulesFor('und').flatMap((set) => [...set.markers.map((m) => m.pattern), ...set.lines.flatMap((l) => (l.pattern ? [l.pattern] : []))]);
    const random = randoms(20261203);
    let matches = 0;
    for (const pattern of patterns) {
      // Pieces: the literal runs of the source, the derived words and their halves, and separators.
      const literalRuns = pattern.source.split(/\\[a-zA-Z](?:\{[^}]*\})?|[\\^$.*+?()[\]{}|]/u).filter((p) => p !== '');
      const words = requiredLiterals(pattern)?.words ?? [];
      const pieces = [...literalRuns, ...words, ...words.map((w) => w.slice(0, w.length >> 1)), ' ', ': ', '|', '. ', '\n', 'A', 'ب', '12', '-'];
      for (let round = 0; round < 400; round++) {
        let text = '';
        const n = 1 + Math.floor(random() * 12);
        for (let k = 0; k < n; k++) text += pieces[Math.floor(random() * pieces.length)];
        matches += holdsEverywhere(pattern, text);
      }
    }
    expect(matches).toBeGreaterThan(500); // the texts do match: the check is not empty
  });
});

describe('matches found from the words they need', () => {
  const all = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, m[0].length]);
  const near = (pattern: RegExp, text: string) => {
    const found: number[][] = [];
    matchNearWords(text, pattern, requiredLiterals(pattern)!, 0, (at, length) => found.push([at, length]));
    return found;
  };

  it('finds what a search of the whole text finds, in order, overlapping candidates included', () => {
    // Words that overlap and end alike, next to each other and glued.
    const pattern = /(?:Also see|See) notes/gu;
    for (const text of ['See notes, Also see notes and See notes.', 'Also see notes', 'xSee notesSee notes', 'Also See notes', 'nothing here']) {
      expect(near(pattern, text)).toEqual(all(pattern, text));
    }
    // Words of different lengths that share one search (`همك`), met in either order and glued.
    const shared = /(?:قد|ربما) يهمك:/gu;
    for (const text of ['ربما يهمك: قد يهمك: x', 'قد يهمكربما يهمك:', 'ربما قد يهمك:', 'يهمك: ما يهمك:']) {
      expect(near(shared, text)).toEqual(all(shared, text));
    }
  });

  it('agrees with the whole-text search on random texts for every built-in marker', () => {
    const random = randoms(7);
    let matches = 0;
    for (const marker of rulesFor('und').flatMap((set) => set.markers)) {
      const words = requiredLiterals(marker.pattern)?.words ?? [];
      const pieces = [...words, ...words.map((w) => w.slice(1)), ' ', ': ', '|', '. ', '\n', 'Le', 'ال', 'A', 'يهمك', 'aussi', ' - '];
      for (let round = 0; round < 300; round++) {
        let text = '';
        for (let k = 0, n = 1 + Math.floor(random() * 10); k < n; k++) text += pieces[Math.floor(random() * pieces.length)];
        const expected = all(marker.pattern, text);
        matches += expected.length;
        if (words.length > 0) expect(near(marker.pattern, text)).toEqual(expected);
      }
    }
    expect(matches).toBeGreaterThan(200);
  });
});
