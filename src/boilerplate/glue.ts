/**
 * Glue points: where a caption or a headline run ends and body text resumes with no space between them.
 * Scrapers that drop the markup around a caption leave `حلبمن جهة أخرى` or `"نور الدين زنكي"وأفاد` or
 * `Getty ImagesThousands of protesters`; the body starts exactly at the glued word.
 */
import { anyOfExpression } from './phrase-set.js';
import { isLetterUnit, isLowerUnit, isUpperUnit, type WordList } from './scan.js';

export interface GlueOptions {
  /** Body-opening words that count when stuck to a preceding letter or closing quote. */
  openers: WordList;
  /** Latin case glue (`urgenceCes`, `EPAPope`) and a closing quote stuck to a letter (`»Des`). */
  markup: boolean;
}

/** The first glue point in `from..to`, or -1. */
export function findGluePoint(text: string, from: number, to: number, options: GlueOptions): number {
  const { openers, markup } = options;
  if (!markup && openers.size > 0) return findGluedOpener(text, from, to, openers);
  let quotes = 0; // straight double quotes seen: odd means one is open
  for (let i = from + 1; i < to; i++) {
    const prev = text.charCodeAt(i - 1);
    let afterQuote = false;
    if (prev === 0x22) {
      if (++quotes % 2 !== 0) continue;
      afterQuote = true;
    } else if (prev === 0xbb || prev === 0x201d) {
      // » and ” close a quotation; ’ and ' are apostrophes far more often than closing quotes (`l’heure`).
      afterQuote = true;
    } else if (!isLetterUnit(prev)) continue;
    if (openers.at(text, i) !== null) return i;
    if (!markup) continue;
    const ch = text.charCodeAt(i);
    if (afterQuote && (isLetterUnit(ch) || ch === 0x22 || ch === 0xab || ch === 0x201c)) return i;
    if (caseGlueAt(text, i)) return i;
  }
  return -1;
}

interface OpenerSearch {
  /** Global; matches where a listed word starts (whether a letter follows is `WordList.at`'s to say). */
  starts: RegExp;
  longest: number;
}
const searches = new WeakMap<WordList, OpenerSearch>();

/**
 * `findGluePoint` without markup: a glue point can only be where a listed word starts, so those places
 * are found by one expression of the words (a trie of literals, linear time) over the line, instead of
 * reading every character; each is then judged as `findGluePoint` would.
 */
function findGluedOpener(text: string, from: number, to: number, openers: WordList): number {
  if (to - from < 2) return -1;
  let search = searches.get(openers);
  if (!search) {
    search = { starts: anyOfExpression(openers.words, 'g')!, longest: Math.max(...openers.words.map((w) => w.length)) };
    searches.set(openers, search);
  }
  const { starts } = search;
  // A word that starts before `to` may run past it, as `WordList.at` reads it.
  const piece = text.slice(from, to + search.longest);
  let quotes = 0; // straight double quotes in piece[0, quoteAt)
  let quoteAt = 0;
  starts.lastIndex = 1;
  for (let m = starts.exec(piece); m !== null && m.index < to - from; m = starts.exec(piece)) {
    starts.lastIndex = m.index + 1; // every place a word starts, overlapping ones too
    const i = from + m.index;
    const prev = text.charCodeAt(i - 1);
    if (prev === 0x22) {
      // A straight quote closes one when it is the second, fourth, ... since `from`.
      for (let q = piece.indexOf('"', quoteAt); q >= 0 && q < i - from; q = piece.indexOf('"', q + 1)) {
        quotes++;
        quoteAt = q + 1;
      }
      if (quotes % 2 !== 0) continue;
    } else if (prev !== 0xbb && prev !== 0x201d && !isLetterUnit(prev)) continue;
    if (openers.at(text, i) !== null) return i;
  }
  return -1;
}

/**
 * `urgenceCes`, `travailL'autre`: a lower-case word of three letters or more runs into a capitalised one. `EPAPope`: an
 * upper-case run of two or more runs into a capitalised word. Shorter left parts (`McDonald`, `iPhone`)
 * are names, not glue.
 */
export function caseGlueAt(text: string, i: number): boolean {
  if (!isUpperUnit(text.charCodeAt(i))) return false;
  const next = text.charCodeAt(i + 1);
  if (!isLowerUnit(next) && !((next === 0x27 || next === 0x2019) && isLowerUnit(text.charCodeAt(i + 2)))) return false; // `travailL'autre`
  const prev = text.charCodeAt(i - 1);
  if (isLowerUnit(prev)) return isLowerUnit(text.charCodeAt(i - 2)) && isLetterUnit(text.charCodeAt(i - 3));
  if (isUpperUnit(prev)) return isUpperUnit(text.charCodeAt(i - 2));
  return false;
}
