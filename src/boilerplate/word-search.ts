/**
 * The matches of a pattern found from the words every match holds (required-literals.ts): native searches
 * for the words, each from its rarest character (anchors.ts), and the pattern tried only at the few places
 * before each word where a match holding it could start. Most texts hold none of the words, and then the
 * pattern is never run.
 */
import { anchorOf } from './anchors.js';
import type { RequiredLiterals } from './required-literals.js';

/** Past this many places to try before each word, one search from the first of them costs less. */
const MAX_TRIED_BEFORE_WORD = 32;

/**
 * The same matches, in the same order, as a global search of `text` from `from`, found by native searches for the words every match holds (most texts
 * hold none): the pattern is tried only at the few places before each word where a match holding it
 * could start.
 */
export function matchNearWords(text: string, pattern: RegExp, needs: RequiredLiterals, from: number, take: (at: number, length: number) => void): void {
  const words = new WordSearch(text, needlesOf(needs));
  const sticky = stickyOf(pattern);
  let next = from;
  for (let word = words.next(next); word >= 0; word = words.next(next)) {
    let at = Math.max(next, word - needs.within + 1);
    if (needs.within > MAX_TRIED_BEFORE_WORD) {
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (m === null) return;
      take(m.index, m[0].length);
      next = m.index + Math.max(m[0].length, 1);
      continue;
    }
    next = word + 1; // unless a match starts at or before the word
    for (; at <= word; at++) {
      if (insidePair(text, at)) continue; // a search with `u` never starts a match there
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m === null) continue;
      take(m.index, m[0].length);
      next = m.index + Math.max(m[0].length, 1); // as the search would go on: never stay on an empty match
      break;
    }
  }
}

const insidePair = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
};

interface Needle {
  needle: string;
  /** The words it is the end of, with where it starts in each. */
  words: { word: string; offset: number }[];
  least: number;
  most: number;
}

/**
 * A long Latin-1 word is searched whole: from seven code units on, the engine's search skips along a
 * one-byte text by the word's length (Boyer-Moore-Horspool), faster than from a rare character. Measured
 * slower on Arabic text, whose words keep their rarest-character needle.
 */
const wholeIsFaster = (word: string): boolean => word.length >= 7 && /^[\0-\xff]*$/u.test(word);

const needleSets = new WeakMap<RequiredLiterals, Needle[]>();

/** The needles of a set of words, built once: words that end alike share one search. */
function needlesOf(needs: RequiredLiterals): Needle[] {
  const cached = needleSets.get(needs);
  if (cached) return cached;
  const needles: Needle[] = [];
  for (const word of needs.words) {
    const { needle, offset } = wholeIsFaster(word) ? { needle: word, offset: 0 } : anchorOf(word);
    const same = needles.find((n) => n.needle === needle);
    if (same) (same.words.push({ word, offset }), (same.least = Math.min(same.least, offset)), (same.most = Math.max(same.most, offset)));
    else needles.push({ needle, words: [{ word, offset }], least: offset, most: offset });
  }
  needleSets.set(needs, needles);
  return needles;
}

/**
 * The first place at or after a point where one of the words starts; each needle searched once over the
 * text: a search resumes where it stopped.
 */
class WordSearch {
  /** Per needle: where one of its words was last found to start (-1: nowhere after; -2: not searched yet). */
  private readonly found: number[];

  constructor(
    private readonly text: string,
    private readonly needles: readonly Needle[],
  ) {
    this.found = needles.map(() => -2);
  }

  next(from: number): number {
    let first = -1;
    for (let k = 0; k < this.needles.length; k++) {
      let at = this.found[k];
      if (at === -1) continue;
      if (at < from) this.found[k] = at = this.find(this.needles[k], from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }

  private find({ needle, words, least, most }: Needle, from: number): number {
    const { text } = this;
    let start = -1;
    // A later occurrence may still open an earlier word (one the needle sits deeper in), until it is too far.
    for (let at = text.indexOf(needle, from + least); at >= 0 && (start < 0 || at - most < start); at = text.indexOf(needle, at + 1)) {
      for (const { word, offset } of words) {
        const s = at - offset;
        if (s >= from && (start < 0 || s < start) && text.startsWith(word, s)) start = s;
      }
    }
    return start;
  }
}

const stickies = new WeakMap<RegExp, RegExp>();

/** The marker's pattern matching only at `lastIndex`, built once per pattern. */
function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickies.get(pattern);
  if (!sticky) stickies.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.includes('y') ? pattern.flags : `${pattern.flags}y`)));
  return sticky;
}
