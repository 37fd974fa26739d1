import { LOOK, type Boundary, type Scope } from '../boundary.js';
import type { Scan } from '../find-terminals.js';
import { isCloser, isLetter, isLineBreak, isLower, isOpener, isUpper, isWordChar } from '../chars.js';
import { runAhead, skipSpace, skipSpaceBack } from '../cursor.js';

/**
 * Web pages copied as one line lose their paragraph breaks, and the subheadings between paragraphs run into
 * the text: "...posted on 3 May 2021  Talks resume Ministers met...", "Talks on «the plan» «We are
 * close», he said", "«A new start» The meeting...". Three shapes show such a break where no terminal mark
 * does:
 * - two spaces or more between a number, a capital or a closing mark and a capitalised word (a removed
 *   paragraph break, often after the date line of an embedded post; a removed link leaves two spaces
 *   before a lower-case word or a bracket instead);
 * - a closing quote, then a quotation that opens with a capital;
 * - a sentence that is only a quotation, followed by a word that opens sentences.
 */
export function findFlattenedParagraphs(scope: Scope, boundaries: Boundary[], scan: Scan): Boundary[] {
  const added: Boundary[] = [];
  findWideGaps(scope, scan.spacePairs, added);
  findQuotedHeadings(scope, scan.quoteClosers, added);
  if (added.length === 0) return boundaries;
  return [...boundaries, ...added].sort((a, b) => a.end - b.end || a.at - b.at);
}

/** `spacePairs`: where two spaces in a row start in the region, as the scanner listed them. */
function findWideGaps(scope: Scope, spacePairs: readonly number[], added: Boundary[]): void {
  const { text } = scope;
  let from = scope.start;
  for (const i of spacePairs) {
    // the whole run of white space after the first two spaces is read once
    if (i < from) continue;
    const next = skipSpace(text, i, scope.end);
    const previous = i > scope.start ? text.charCodeAt(i - 1) : 0;
    if (next < scope.end && !hasBreak(text, i, next) && endsWord(previous) && opensCapitalised(scope, next)) added.push(gap(next));
    from = Math.max(i, next - 2) + 2;
  }
}

/** `quoteClosers`: the region's closing guillemets and curly quotes, as the scanner listed them. */
function findQuotedHeadings(scope: Scope, quoteClosers: readonly number[], added: Boundary[]): void {
  const { text } = scope;
  const { starters } = scope.tables;
  for (const i of quoteClosers) {
    if (text.charCodeAt(i + 1) !== 0x20) continue;
    const next = i + 2;
    if (next >= scope.end) continue;
    const code = text.charCodeAt(next);
    if (isOpener(code) && code !== 0x28 && isUpper(text.charCodeAt(next + 1))) {
      added.push(gap(next));
    } else if (starters.size > 0 && isUpper(code) && isWholeQuotation(scope, i)) {
      const word = text.slice(next, runAhead(text, next, scope.end, isWordChar, LOOK));
      if (starters.has(word)) added.push(gap(next));
    }
  }
}

/** Whether the quotation closed at `close` opened right at the start of a sentence, with no mark inside. */
function isWholeQuotation(scope: Scope, close: number): boolean {
  const { text } = scope;
  const opening = text[close] === '»' ? '«' : '“„';
  const stop = Math.max(scope.start, close - LOOK);
  let i = close - 1;
  while (i > stop && !opening.includes(text[i]) && !isTerminalLike(text.charCodeAt(i))) i--;
  if (!opening.includes(text[i])) return false;
  const before = skipSpaceBack(text, i, scope.start);
  return before === scope.start || isTerminalLike(text.charCodeAt(before - 1)) || isLineBreak(text.charCodeAt(before));
}

function opensCapitalised(scope: Scope, at: number): boolean {
  const code = scope.text.charCodeAt(at);
  if (isUpper(code)) return !isUpper(scope.text.charCodeAt(at + 1)) || isLetter(scope.text.charCodeAt(at + 2));
  return isOpener(code) && code !== 0x28 && code !== 0x5b && isUpper(scope.text.charCodeAt(at + 1));
}

// after a lower-case word two spaces are as likely a typing slip inside a sentence
const endsWord = (code: number): boolean => (isWordChar(code) && !isLower(code)) || isCloser(code);
const isTerminalLike = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
const hasBreak = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (isLineBreak(text.charCodeAt(i))) return true;
  return false;
};
const gap = (at: number): Boundary => ({ kind: 'heading', at, markEnd: at, end: at, split: true, settled: true });
