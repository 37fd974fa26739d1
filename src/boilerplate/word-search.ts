/**
 * The matches of a pattern found from the words every match holds (required-literals.ts): native searches
 * for the words (words that end alike share one, from its rarest character: anchors.ts), and the pattern
 * tried only at the few places before each word where a match holding it could start. Most texts hold
 * none of the words, and then the pattern is never run.
 */
import { MIN_ANCHOR, rarity } from './anchors.js';
import type { RequiredLiterals } from './required-literals.js';

/** Past this many places to try before each word, one search from the first of them costs less. */
const MAX_TRIED_BEFORE_WORD = 32;

/** What is told of each match, in order. */
export interface MatchTaker {
  take(at: number, length: number): void;
}

/**
 * A pattern with the words every match holds, prepared once (needles, a sticky copy): `matches` gives the
 * same matches, in the same order, as a global search of a text, found by native searches for the words
 * (most texts hold none): the pattern is tried only at the few places before each word where a match
 * holding it could start.
 */
export class NearWords {
  private readonly sticky: RegExp;
  private readonly needles: readonly Needle[];
  /** Per needle: where one of its words was last found to start (-1: nowhere after; -2: not searched yet). */
  private readonly found: Int32Array;

  constructor(
    private readonly pattern: RegExp,
    private readonly needs: RequiredLiterals,
  ) {
    this.sticky = new RegExp(pattern.source, pattern.flags.includes('y') ? pattern.flags : `${pattern.flags}y`);
    this.needles = needlesOf(needs);
    this.found = new Int32Array(this.needles.length);
  }

  matches(text: string, from: number, taker: MatchTaker): void {
    const { pattern, sticky, needs } = this;
    this.found.fill(-2);
    let next = from;
    for (let word = this.nextWord(text, next); word >= 0; word = this.nextWord(text, next)) {
      let at = Math.max(next, word - needs.within + 1);
      if (needs.within > MAX_TRIED_BEFORE_WORD) {
        pattern.lastIndex = at;
        const m = pattern.exec(text);
        if (m === null) return;
        taker.take(m.index, m[0].length);
        next = m.index + Math.max(m[0].length, 1);
        continue;
      }
      next = word + 1; // unless a match starts at or before the word
      for (; at <= word; at++) {
        if (insidePair(text, at)) continue; // a search with `u` never starts a match there
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (m === null) continue;
        taker.take(m.index, m[0].length);
        next = m.index + Math.max(m[0].length, 1); // as the search would go on: never stay on an empty match
        break;
      }
    }
  }

  /**
   * The first place at or after `from` where one of the words starts; each needle searched once over the
   * text: a search resumes where it stopped.
   */
  private nextWord(text: string, from: number): number {
    const { found, needles } = this;
    let first = -1;
    for (let k = 0; k < needles.length; k++) {
      let at = found[k];
      if (at === -1) continue;
      if (at < from) found[k] = at = findWord(text, needles[k], from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}

/** `NearWords.matches` of a pattern not prepared beforehand. */
export function matchNearWords(text: string, pattern: RegExp, needs: RequiredLiterals, from: number, take: (at: number, length: number) => void): void {
  new NearWords(pattern, needs).matches(text, from, { take });
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

/**
 * The needles of a set of words, few: each needle is an end of the words it serves (`قرأ` of `اقرأ`, `إقرأ`
 * and `أقرأ`), picked to serve as many words as any end can, then from the rarest character (anchors.ts),
 * so words that end alike share one search of the text.
 */
function needlesOf(needs: RequiredLiterals): Needle[] {
  const needles: Needle[] = [];
  const add = (needle: string, words: readonly string[]) => {
    const offsets = words.map((word) => ({ word, offset: word.length - needle.length }));
    needles.push({ needle, words: offsets, least: Math.min(...offsets.map((w) => w.offset)), most: Math.max(...offsets.map((w) => w.offset)) });
  };
  const rest = needs.words.filter((w) => !wholeIsFaster(w));
  for (const w of needs.words) if (wholeIsFaster(w)) add(w, [w]);
  while (rest.length > 0) {
    let best = '';
    let served: string[] = [];
    let bestRarity = -1;
    for (const word of rest) {
      for (let k = 0; k <= word.length - MIN_ANCHOR || k === 0; k++) {
        if (isLowSurrogate(word.charCodeAt(k))) continue; // never from the middle of a surrogate pair
        const end = word.slice(k);
        const serves = rest.filter((w) => w.endsWith(end));
        const r = rarity(end.charCodeAt(0));
        if (serves.length > served.length || (serves.length === served.length && r > bestRarity)) (best = end), (served = serves), (bestRarity = r);
      }
    }
    add(best, served);
    for (const w of served) rest.splice(rest.indexOf(w), 1);
  }
  return needles;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Where one of the needle's words starts first at or after `from`, or -1. */
function findWord(text: string, { needle, words, least, most }: Needle, from: number): number {
  let start = -1;
  // A later occurrence may still open an earlier word (one the needle sits deeper in), until it is too far.
  for (let at = text.indexOf(needle, from + least); at >= 0 && (start < 0 || at - most < start); at = text.indexOf(needle, at + 1)) {
    for (let k = 0; k < words.length; k++) {
      const { word, offset } = words[k];
      const s = at - offset;
      if (s >= from && (start < 0 || s < start) && text.startsWith(word, s)) start = s;
    }
  }
  return start;
}
