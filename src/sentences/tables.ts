import { isUpper } from './chars.js';
import type { SentenceLanguage } from './lang/types.js';

// Flags of a UTF-16 code in `Tables.flags`: one byte read per character in the scanning loop.
/** The space, the lowest flag: the scanner notes two in a row without leaving its fast loop. */
export const SPACE = 1;
export const TERMINAL = 2;
export const UNSPACED = 4;
export const LINE = 8;
/** A closing guillemet or curly quote, which the flattened-paragraph pass looks at: the scanner lists them. */
export const QUOTE_CLOSER = 16;
/** A dot or a closing bracket, where a list marker ("2.", "b)") ends: the scanner lists them. */
export const LIST_PUNCTUATION = 32;

/** What `Tables.listed` says of a word: which of the language's lists hold it. */
export const CONTINUING = 1;
export const BEFORE_NUMBERS = 2;
export const ABBREVIATION = 4;
/** In `capitalisedAbbreviations`: looked up as written, where the other bits are looked up in lower case. */
export const CAPITALISED = 8;

/**
 * A language's data in the shape the passes look things up in: a flag per UTF-16 code and sets of words.
 * Built once per language and handed to every pass through the scope, so no pass rebuilds a set per region.
 */
export interface Tables {
  flags: Uint8Array;
  /** The words of the four abbreviation lists, each with the bits of the lists it is in: one lookup for all. */
  listed: Map<string, number>;
  /** One byte per `foldedHash` value, set for the hashes of the listed words: most words need no lookup. */
  listedHashes: Uint8Array;
  exclamatory: Set<string>;
  starters: Set<string>;
  /** Length of the longest word in `continuing`, `beforeNumbers`, `abbreviations` and `capitalised`. */
  longestListed: number;
  /** Codes of the marks that carry a line on to the next (`lineContinuations`). */
  continuations: Set<number>;
}

const cache = new WeakMap<SentenceLanguage, Tables>();

export function tablesFor(language: SentenceLanguage): Tables {
  let tables = cache.get(language);
  if (tables) return tables;
  const flags = new Uint8Array(0x10000);
  for (const c of language.terminals) flags[c.charCodeAt(0)] |= TERMINAL;
  for (const c of language.unspacedTerminals) flags[c.charCodeAt(0)] |= UNSPACED | TERMINAL;
  for (const c of '\n\r\u2028\u2029') flags[c.charCodeAt(0)] = LINE;
  for (const c of '»”') flags[c.charCodeAt(0)] |= QUOTE_CLOSER;
  flags[0x20] |= SPACE;
  for (const c of '.)') flags[c.charCodeAt(0)] |= LIST_PUNCTUATION;
  tables = {
    flags,
    listed: listedWords(language),
    listedHashes: hashesOf(language),
    exclamatory: new Set(language.exclamatoryNames),
    starters: new Set(language.sentenceStarters),
    longestListed: Math.max(
      0,
      ...[language.continuing, language.beforeNumbers, language.abbreviations, language.capitalisedAbbreviations].flat().map((w) => w.length),
    ),
    continuations: new Set(Array.from({ length: language.lineContinuations.length }, (_, k) => language.lineContinuations.charCodeAt(k))),
  };
  cache.set(language, tables);
  return tables;
}

const HASHES = 4096;

/**
 * A hash of the text from `start` to `end` with A-Z folded to a-z, so that a word and its lower-case form
 * (and a capitalised entry) share it; -1 when the word has a capital that only `toLowerCase` folds.
 */
export function foldedHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) code |= 0x20;
    else if (code >= 0x80 && (isUpper(code) || (code >= 0xd800 && code <= 0xdfff))) return -1;
    hash = (Math.imul(hash, 31) + code) | 0;
  }
  return (hash ^ (hash >>> 12)) & (HASHES - 1);
}

function hashesOf(language: SentenceLanguage): Uint8Array {
  const hashes = new Uint8Array(HASHES);
  const lists = [language.continuing, language.beforeNumbers, language.abbreviations, language.capitalisedAbbreviations];
  for (const word of lists.flat()) {
    const hash = foldedHash(word, 0, word.length);
    // a listed word with a capital only toLowerCase folds: every word must then be looked up
    if (hash < 0) hashes.fill(1);
    else hashes[hash] = 1;
  }
  return hashes;
}

function listedWords(language: SentenceLanguage): Map<string, number> {
  const listed = new Map<string, number>();
  const add = (words: readonly string[], bit: number) => {
    for (const word of words) listed.set(word, (listed.get(word) ?? 0) | bit);
  };
  add(language.continuing, CONTINUING);
  add(language.beforeNumbers, BEFORE_NUMBERS);
  add(language.abbreviations, ABBREVIATION);
  add(language.capitalisedAbbreviations, CAPITALISED);
  return listed;
}
