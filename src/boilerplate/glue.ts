/**
 * Glue points: where a caption or a headline run ends and body text resumes with no space between them.
 * Scrapers that drop the markup around a caption leave `حلبمن جهة أخرى` or `"نور الدين زنكي"وأفاد` or
 * `Getty ImagesThousands of protesters`; the body starts exactly at the glued word.
 */
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
