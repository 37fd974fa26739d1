import { Buffer } from 'node:buffer';
import { FUNCTION_WORDS } from './function-words.js';
import { isLetterCode } from '../text/char-class.js';

/** Enough words, enough of them function words, and one language well ahead: decided without franc. */
const MIN_WORDS = 12;
const MIN_FUNCTION_SHARE = 0.15;
const MIN_LEAD = 3;

export interface Vote {
  code: string | null;
  confidence: number;
  /** Share of the sample's words that are function words of any of our languages. */
  share: number;
  /** The language with most function words, decided or not, with its hits and the runner-up's: a short text's evidence. */
  leader: string | null;
  lead: number;
  words: number;
}

const LANGUAGES = Object.keys(FUNCTION_WORDS);
const WORDS: string[] = [];
const WORD_LANGUAGE: number[] = [];
LANGUAGES.forEach((code, n) => {
  for (const w of FUNCTION_WORDS[code]!) {
    WORDS.push(w);
    WORD_LANGUAGE.push(n);
  }
});
const LONGEST_FUNCTION_WORD = Math.max(...WORDS.map((w) => w.length));

/**
 * Words are found by a hash of their lower-cased codes, computed while they are read, so no word is
 * sliced: an open-addressed table of word numbers (plus one), and a comparison of codes on a hit.
 */
const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;
const SLOTS = 1024;
const slots = new Int16Array(SLOTS);
const slotOf = (h: number): number => (h ^ (h >>> 10)) & (SLOTS - 1);
WORDS.forEach((w, n) => {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k));
  // a word listed twice belongs to the later language, as a map filled in this order would say
  let s = slotOf(h);
  while (slots[s] !== 0 && WORDS[slots[s]! - 1] !== w) s = (s + 1) & (SLOTS - 1);
  slots[s] = n + 1;
});

/**
 * Lower case of a code when it is one code unit, read from a table filled on first use, with what the word
 * scan needs to know of that lower-case unit. A code whose lower case is longer (İ) and a surrogate half
 * send the rest of their token to `toLowerCase`; the table answers for every other code.
 */
const OTHER = 1;
const WORD_UNIT = 2;
const NOT_ONE_UNIT = 3;
const lowerCodes = new Uint16Array(0x10000);
const lowerKinds = new Uint8Array(0x10000);

function learn(c: number): number {
  const lower = String.fromCharCode(c).toLowerCase();
  let kind = NOT_ONE_UNIT;
  if (lower.length === 1 && !(c >= 0xd800 && c <= 0xdfff)) {
    const l = lower.charCodeAt(0);
    lowerCodes[c] = l;
    kind = l === 0x27 || isLetterCode(l) ? WORD_UNIT : OTHER;
  }
  lowerKinds[c] = kind;
  return kind;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isAsciiSmall = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** What the words of the sample say so far. */
interface Count {
  words: number;
  hits: number[];
  /** Languages in the order of their first hit: the tie-break. */
  order: number[];
}

/**
 * Votes by the function words among the words of the sample, which is `tokens` of `text` joined by spaces,
 * so no word spans two tokens and each token is read on its own. Words are runs of letters and straight
 * apostrophes in the lower-cased sample; only runs short enough to be a function word (after an elided
 * `l'`, `d'`...) are looked up.
 */
export function voteByFunctionWords(text: string, tokens: ArrayLike<number>): Vote {
  const count: Count = { words: 0, hits: LANGUAGES.map(() => 0), order: [] };
  if (tokens.length > 0) {
    // the words are read from a typed-array copy of the sample's span, made by one native copy
    const base = tokens[0]!;
    const end = tokens[tokens.length - 1]!;
    const bytes = end - base <= spanCodes.length ? spanBytes : Buffer.alloc((end - base) * 2);
    bytes.write(text.slice(base, end), 0, 'utf16le');
    const codes = bytes === spanBytes ? spanCodes : new Uint16Array(bytes.buffer, bytes.byteOffset, end - base);
    for (let k = 0; k < tokens.length; k += 2) countWords(codes, tokens[k]! - base, tokens[k + 1]! - base, count);
  }
  const { words, hits, order } = count;
  const ranked = order.map((n) => [n, hits[n]!] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const total = ranked.reduce((n, [, h]) => n + h, 0);
  const share = words ? total / words : 0;
  const leader = first && first[1] > (second?.[1] ?? 0) ? LANGUAGES[first[0]]! : null;
  const lead = first ? first[1] - (second?.[1] ?? 0) : 0;
  if (!first || words < MIN_WORDS || share < MIN_FUNCTION_SHARE || first[1] < MIN_LEAD * (second?.[1] ?? 0) + 1) {
    return { code: null, confidence: 0, share, leader, lead, words };
  }
  return { code: LANGUAGES[first[0]]!, confidence: Math.min(1, 0.8 + first[1] / total / 5), share, leader, lead, words };
}

/** Room for the sample's span in most texts. */
const spanCodes = new Uint16Array(4096);
const spanBytes = Buffer.from(spanCodes.buffer);

/**
 * Counts the words of codes[from, to), lower-casing each unit through the table. From a word with a unit
 * that needs `toLowerCase` on, the rest of the token is lower-cased as a string and counted as `lowered`
 * (the lower case of a code does not depend on its neighbours in any way that matters here: final sigma is
 * a letter either way), where only a surrogate pair still needs the expression.
 */
function countWords(codes: Uint16Array, from: number, to: number, count: Count, lowered = false): void {
  for (let at = from; at < to; ) {
    const start = at;
    let hash = 0;
    for (; at < to; at++) {
      const c = codes[at]!;
      const kind = lowerKinds[c] || learn(c);
      if (kind === WORD_UNIT) hash = hashStep(hash, lowerCodes[c]!);
      else if (kind === OTHER) break;
      else if (!lowered) {
        let rest = '';
        for (let k = start; k < to; k++) rest += String.fromCharCode(codes[k]!);
        rest = rest.toLowerCase();
        const restCodes = new Uint16Array(rest.length);
        for (let k = 0; k < rest.length; k++) restCodes[k] = rest.charCodeAt(k);
        countWords(restCodes, 0, rest.length, count, true);
        return;
      } else if (isPairLetter(codes, at, to)) at++;
      else break;
    }
    if (at === start) {
      at += isHighSurrogate(codes[at]!) && at + 1 < to ? 2 : 1;
      continue;
    }
    count.words++;
    if (at - start > LONGEST_FUNCTION_WORD + 2) continue;
    let word = start;
    if (at - start > 2 && lowerCodes[codes[start + 1]!] === 0x27 && isAsciiSmall(lowerCodes[codes[start]!]!)) {
      word = start + 2;
      hash = 0;
      for (let i = word; i < at; i++) hash = hashStep(hash, lowerCodes[codes[i]!]!);
    }
    const n = lookUp(codes, word, at, hash);
    if (n >= 0) {
      const language = WORD_LANGUAGE[n]!;
      if (count.hits[language]++ === 0) count.order.push(language);
    }
  }
}

/** A surrogate pair that is a letter, in an already lower-cased token (the table knows no pairs). */
function isPairLetter(codes: Uint16Array, at: number, to: number): boolean {
  return isHighSurrogate(codes[at]!) && at + 1 < to && /^\p{L}/u.test(String.fromCharCode(codes[at]!, codes[at + 1]!));
}

/** The number of the function word codes[from, to) (lower-cased through the table), or -1. */
function lookUp(codes: Uint16Array, from: number, to: number, hash: number): number {
  for (let slot = slotOf(hash); slots[slot] !== 0; slot = (slot + 1) & (SLOTS - 1)) {
    const word = WORDS[slots[slot]! - 1]!;
    if (word.length !== to - from) continue;
    let k = 0;
    while (k < word.length && word.charCodeAt(k) === lowerCodes[codes[from + k]!]) k++;
    if (k === word.length) return slots[slot]! - 1;
  }
  return -1;
}
