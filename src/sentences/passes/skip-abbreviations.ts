import type { Boundary, Scope } from '../boundary.js';
import { isCapitalOrCaseless, isCaseless, isDigit, isLower, isWordChar } from '../chars.js';
import { skipSpace } from '../cursor.js';
import type { Tables as Lists } from '../tables.js';
import { wordAfter, wordBefore } from '../words.js';

const DOT = 0x2e;
const romanNumeral = /^[IVXLCDM]+$/;
const smallNumber = /^\d{1,3}$/;


/**
 * A dot after an abbreviation, an initial, an ordinal or a dotted acronym is usually not a full stop.
 * Titles never end a sentence; "No." does not before a number; other abbreviations, acronyms and initials
 * do only when the next word is one that opens sentences ("troops left the U.S. They landed"). Two dots end a
 * sentence only after an abbreviation (the second dot is the full stop); elsewhere they are a pause.
 */
export function skipAbbreviations(scope: Scope, boundaries: Boundary[]): void {
  const lists = scope.tables;
  for (const b of boundaries) {
    if (b.kind !== 'mark' || b.settled) continue;
    const mark = scope.text.slice(b.at, b.markEnd);
    if (mark === '.') decideDot(scope, lists, b);
    else if (mark === '..') decidePause(scope, lists, b);
    else if (mark === '!' && lists.exclamatory.has(wordBefore(scope, b.at).word.toLowerCase())) settle(b, false);
  }
}

function decidePause(scope: Scope, lists: Lists, b: Boundary): void {
  const word = wordBefore(scope, b.at).word.toLowerCase();
  const known = lists.continuing.has(word) || lists.abbreviations.has(word) || lists.beforeNumbers.has(word);
  if (!known) settle(b, false);
}

function decideDot(scope: Scope, lists: Lists, b: Boundary): void {
  const before = wordBefore(scope, b.at);
  const { word } = before;
  if (word === '' || before.previous === 0x2f || before.previous === 0x40) return;
  const lower = word.toLowerCase();
  // a dot inside a token ("U.S.A", "Ph.D", "Sig.ra") after an abbreviation is part of it
  const glued = b.end === b.markEnd && b.end < scope.end && isWordChar(scope.text.charCodeAt(b.end));
  const nextAt = skipSpace(scope.text, b.end, scope.end);
  const next = nextAt < scope.end ? scope.text.charCodeAt(nextAt) : 0;
  if (lists.continuing.has(lower)) return settle(b, false);
  if (glued) return isAbbreviation(lists, word) ? settle(b, false) : undefined;
  if (lists.beforeNumbers.has(lower) && isDigit(next)) return settle(b, false);
  if (lists.abbreviations.has(lower) || lists.capitalised.has(word)) return settle(b, opensSentence(scope, lists, b, true));
  if (/\d/.test(word)) {
    if (scope.language.ordinalDot && smallNumber.test(word) && !isDigit(next)) settle(b, false);
    return;
  }
  if (scope.language.ordinalDot && romanNumeral.test(word)) return settle(b, false);
  const single = word.length === 1 || (word.length === 2 && word.charCodeAt(1) >= 0x300 && word.charCodeAt(1) < 0x370);
  if (single && isLower(word.charCodeAt(0))) return settle(b, opensSentence(scope, lists, b, true));
  if (single && isCapitalOrCaseless(word.charCodeAt(0))) return settle(b, opensSentence(scope, lists, b, false));
  // in a script without case a dotted acronym is mostly an agency at the end of a sentence (أ.ف.ب.)
  if (isAcronym(word)) settle(b, opensSentence(scope, lists, b, isCaseless(word.charCodeAt(0))));
}

function isAbbreviation(lists: Lists, word: string): boolean {
  const lower = word.toLowerCase();
  return lists.beforeNumbers.has(lower) || lists.abbreviations.has(lower) || lists.capitalised.has(word) || word.length === 1 || isAcronym(word);
}

/** "U.S", "Ph.D", "a.m", "LL.AA.II.RR": short pieces joined by dots (a domain name has longer ones). */
function isAcronym(word: string): boolean {
  let piece = 0;
  let dots = 0;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) !== DOT) piece++;
    else if (piece === 0) return false;
    else {
      dots++;
      piece = 0;
    }
    if (piece > 3) return false;
  }
  return dots > 0 && piece > 0;
}

/**
 * Whether the word after an abbreviation opens a new sentence. With a list of sentence starters only those
 * count; without one, `capitalSuffices` lets any capital do (after "Inc." or "etc."), while after an
 * initial or an acronym nothing does, since a name usually follows.
 */
function opensSentence(scope: Scope, lists: Lists, b: Boundary, capitalSuffices: boolean): boolean {
  const next = wordAfter(scope, b.end);
  if (next === '') return skipSpace(scope.text, b.end, scope.end) >= scope.end;
  if (lists.starters.size > 0) return lists.starters.has(next);
  return capitalSuffices && isCapitalOrCaseless(next.charCodeAt(0));
}

function settle(b: Boundary, split: boolean): void {
  b.split = split;
  b.settled = true;
}
