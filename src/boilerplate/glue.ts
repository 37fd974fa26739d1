/**
 * Glue points: where a caption or a headline run ends and body text resumes with no space between them.
 * Scrapers that drop the markup around a caption leave `حلبمن جهة أخرى` or `"نور الدين زنكي"وأفاد` or
 * `Getty ImagesThousands of protesters`; the body starts exactly at the glued word.
 */
import { CLOSING_QUOTES, isLetter, isLower, isUpper, type WordList } from './scan.js';

export interface GlueOptions {
  /** Body-opening words that count when stuck to a preceding letter or closing quote. */
  openers: WordList;
  /** Latin case glue (`urgenceCes`, `EPAPope`) and a closing quote stuck to a letter (`»Des`). */
  markup: boolean;
}

/** The first glue point in `from..to`, or -1. */
export function findGluePoint(text: string, from: number, to: number, options: GlueOptions): number {
  let quotes = 0; // straight double quotes seen: odd means one is open
  for (let i = from + 1; i < to; i++) {
    const prev = text[i - 1];
    if (prev === '"') quotes++;
    const afterQuote = closesQuote(prev, quotes);
    if (!afterQuote && !isLetter(prev)) continue;
    if (options.openers.at(text, i) !== null) return i;
    if (!options.markup) continue;
    const ch = text[i];
    if (afterQuote && (isLetter(ch) || ch === '"' || ch === '«' || ch === '“')) return i;
    if (caseGlueAt(text, i)) return i;
  }
  return -1;
}

function closesQuote(ch: string | undefined, straightQuotes: number): boolean {
  if (ch === '"') return straightQuotes % 2 === 0;
  // ’ and ' are apostrophes far more often than closing quotes (`l’heure`, `qu’un`).
  return ch !== undefined && ch !== '\'' && ch !== '’' && ch !== ')' && ch !== ']' && CLOSING_QUOTES.includes(ch);
}

/**
 * `urgenceCes`, `travailL'autre`: a lower-case word of three letters or more runs into a capitalised one. `EPAPope`: an
 * upper-case run of two or more runs into a capitalised word. Shorter left parts (`McDonald`, `iPhone`)
 * are names, not glue.
 */
export function caseGlueAt(text: string, i: number): boolean {
  if (!isUpper(text[i])) return false;
  const elided = (text[i + 1] === '\'' || text[i + 1] === '’') && isLower(text[i + 2]); // `travailL'autre`
  if (!isLower(text[i + 1]) && !elided) return false;
  const prev = text[i - 1];
  if (isLower(prev)) return isLower(text[i - 2]) && isLetter(text[i - 3]);
  if (isUpper(prev)) return isUpper(text[i - 2]);
  return false;
}
