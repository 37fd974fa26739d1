import type { SentenceLanguage } from './lang/types.js';

/** Flags of a UTF-16 code in `Tables.flags`: one byte read per character in the scanning loop. */
/** The space, the lowest flag: the scanner notes two in a row without leaving its fast loop. */
export const SPACE = 1;
export const TERMINAL = 2;
export const UNSPACED = 4;
export const LINE = 8;
/** A closing guillemet or curly quote, which the flattened-paragraph pass looks at: the scanner lists them. */
export const QUOTE_CLOSER = 16;
/** A dot or a closing bracket, where a list marker ("2.", "b)") ends: the scanner lists them. */
export const LIST_PUNCTUATION = 32;

/**
 * A language's data in the shape the passes look things up in: a flag per UTF-16 code and sets of words.
 * Built once per language and handed to every pass through the scope, so no pass rebuilds a set per region.
 */
export interface Tables {
  flags: Uint8Array;
  continuing: Set<string>;
  beforeNumbers: Set<string>;
  abbreviations: Set<string>;
  capitalised: Set<string>;
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
    continuing: new Set(language.continuing),
    beforeNumbers: new Set(language.beforeNumbers),
    abbreviations: new Set(language.abbreviations),
    capitalised: new Set(language.capitalisedAbbreviations),
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
