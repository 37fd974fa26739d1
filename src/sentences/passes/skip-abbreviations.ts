import type { Boundary, Scope } from '../boundary.js';
import { isCapitalOrCaseless, isCaseless, isDigit, isLower, isUpper, isWordChar } from '../chars.js';
import { skipFormatBack, skipSpace } from '../cursor.js';
import { ABBREVIATION, BEFORE_NUMBERS, CAPITALISED, CONTINUING, foldedHash, type Tables as Lists } from '../tables.js';
import { abbreviationStart, endsInPlainRun, wordAfter, wordBefore } from '../words.js';

const DOT = 0x2e;
/** The longest piece of a dotted acronym ("LL.AA"). */
const ACRONYM_PIECE = 3;

/**
 * A dot after an abbreviation, an initial, an ordinal or a dotted acronym is usually not a full stop.
 * Titles never end a sentence; "No." does not before a number; other abbreviations, acronyms and initials
 * do only when the next word is one that opens sentences ("troops left the U.S. They landed"). Two dots end a
 * sentence only after an abbreviation (the second dot is the full stop); elsewhere they are a pause.
 */
export function skipAbbreviations(scope: Scope, boundaries: Boundary[]): void {
  const lists = scope.tables;
  const { text } = scope;
  for (const b of boundaries) {
    if (b.kind !== 'mark' || b.settled) continue;
    const length = b.markEnd - b.at;
    const first = text.charCodeAt(b.at);
    if (length === 1 && first === DOT) decideDot(scope, lists, b);
    else if (length === 2 && first === DOT && text.charCodeAt(b.at + 1) === DOT) decidePause(scope, lists, b);
    else if (length === 1 && first === 0x21 && lists.exclamatory.has(wordBefore(scope, b.at).word.toLowerCase())) settle(b, false);
  }
}

function decidePause(scope: Scope, lists: Lists, b: Boundary): void {
  const word = wordBefore(scope, b.at).word.toLowerCase();
  const known = ((lists.listed.get(word) ?? 0) & (CONTINUING | ABBREVIATION | BEFORE_NUMBERS)) !== 0;
  if (!known) settle(b, false);
}

function decideDot(scope: Scope, lists: Lists, b: Boundary): void {
  const { text } = scope;
  const end = skipFormatBack(text, b.at, scope.start);
  // a word whose last piece is longer than an acronym's and than any listed word is none of the shapes
  // below (but a Roman numeral): most dots follow one, and their word is read no further
  const plain = Math.max(ACRONYM_PIECE, lists.longestListed) + 1;
  if (endsInPlainRun(scope, end, plain) && !(scope.language.ordinalDot && isRomanNumeral(text, end - plain, end))) return;
  const start = abbreviationStart(scope, end);
  if (start === end) return;
  const previous = start > scope.start ? text.charCodeAt(start - 1) : 0x20;
  if (previous === 0x2f || previous === 0x40) return;
  // the lists hold short words and lower-casing never shortens one, so a longer word is looked up in none
  let kinds = 0;
  let written = 0;
  if (end - start <= lists.longestListed && isMaybeListed(lists, text, start, end)) {
    const word = text.slice(start, end);
    const lower = lowerCase(text, start, end, word);
    // the lower-case lists answer for `lower`, the capitalised one for the word as written
    kinds = lists.listed.get(lower) ?? 0;
    written = lower === word ? kinds : (lists.listed.get(word) ?? 0);
  }
  // a dot inside a token ("U.S.A", "Ph.D", "Sig.ra") after an abbreviation is part of it
  const glued = b.end === b.markEnd && b.end < scope.end && isWordChar(text.charCodeAt(b.end));
  const nextAt = skipSpace(text, b.end, scope.end);
  const next = nextAt < scope.end ? text.charCodeAt(nextAt) : 0;
  const abbreviation = (kinds & ABBREVIATION) !== 0 || (written & CAPITALISED) !== 0;
  if (kinds & CONTINUING) return settle(b, false);
  if (glued) return (kinds & BEFORE_NUMBERS) !== 0 || abbreviation || isShortForm(text, start, end) ? settle(b, false) : undefined;
  if (kinds & BEFORE_NUMBERS && isDigit(next)) return settle(b, false);
  if (abbreviation) return settle(b, opensSentence(scope, lists, b, true));
  if (hasAsciiDigit(text, start, end)) {
    if (scope.language.ordinalDot && isSmallNumber(text, start, end) && !isDigit(next)) settle(b, false);
    return;
  }
  if (scope.language.ordinalDot && isRomanNumeral(text, start, end)) return settle(b, false);
  const head = text.charCodeAt(start);
  const single = end - start === 1 || (end - start === 2 && text.charCodeAt(start + 1) >= 0x300 && text.charCodeAt(start + 1) < 0x370);
  if (single && isLower(head)) return settle(b, opensSentence(scope, lists, b, true));
  if (single && isCapitalOrCaseless(head)) return settle(b, opensSentence(scope, lists, b, false));
  // in a script without case a dotted acronym is mostly an agency at the end of a sentence (أ.ف.ب.)
  if (isAcronym(text, start, end)) settle(b, opensSentence(scope, lists, b, isCaseless(head)));
}

function isMaybeListed(lists: Lists, text: string, start: number, end: number): boolean {
  const hash = foldedHash(text, start, end);
  return hash < 0 || lists.listedHashes[hash] !== 0;
}

/** `word`, the text from `start` to `end`, in lower case: itself when nothing in it has a case to change. */
function lowerCase(text: string, start: number, end: number, word: string): string {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x41 || (code > 0x5a && code < 0x80)) continue;
    // surrogates: the class table does not know the case of the letters they make up
    if (code <= 0x5a || isUpper(code) || (code >= 0xd800 && code <= 0xdfff)) return word.toLowerCase();
  }
  return word;
}

/** A single letter or a dotted acronym: a dot glued to what follows is inside it. */
function isShortForm(text: string, start: number, end: number): boolean {
  return end - start === 1 || isAcronym(text, start, end);
}

/** "U.S", "Ph.D", "a.m", "LL.AA.II.RR": short pieces joined by dots (a domain name has longer ones). */
function isAcronym(text: string, start: number, end: number): boolean {
  let piece = 0;
  let dots = 0;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== DOT) piece++;
    else if (piece === 0) return false;
    else {
      dots++;
      piece = 0;
    }
    if (piece > ACRONYM_PIECE) return false;
  }
  return dots > 0 && piece > 0;
}

const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

function hasAsciiDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isAsciiDigit(text.charCodeAt(i))) return true;
  return false;
}

/** One to three ASCII digits and nothing else: an ordinal ("3."), not a year. */
function isSmallNumber(text: string, start: number, end: number): boolean {
  if (end - start > 3) return false;
  for (let i = start; i < end; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
  return true;
}

/** Capital Roman digits only ("IV."): an ordinal in the languages that write ordinals with a dot. */
function isRomanNumeral(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!'IVXLCDM'.includes(text[i])) return false;
  return true;
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
