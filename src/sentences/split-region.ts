import type { Boundary, Scope } from './boundary.js';
import { findTerminals } from './find-terminals.js';
import { balanceQuotes } from './passes/balance-quotes.js';
import { breakLines } from './passes/break-lines.js';
import { checkNextWord } from './passes/check-next-word.js';
import { findFlattenedParagraphs } from './passes/find-flattened-paragraphs.js';
import { findListItems } from './passes/find-list-items.js';
import { skipAbbreviations } from './passes/skip-abbreviations.js';
import { splitGlued } from './passes/split-glued.js';
import { isSpace } from '../text/span.js';
import type { Sentence } from './index.js';

/**
 * The passes, most specific first: each may settle a boundary, and the later, more general ones leave
 * settled boundaries alone. Quote balance comes last because, where a language keeps quotations whole,
 * it overrides everything inside one.
 */
const passes: ReadonlyArray<(scope: Scope, boundaries: Boundary[]) => void> = [
  breakLines,
  skipAbbreviations,
  splitGlued,
  checkNextWord,
  balanceQuotes,
];

/** Splits one body region into trimmed, non-empty sentences, added to `sentences` (paragraph 0: the caller counts). */
export function splitRegion(scope: Scope, sentences: Sentence[]): void {
  const scan = findTerminals(scope);
  const boundaries = findFlattenedParagraphs(scope, findListItems(scope, scan.boundaries, scan.listPunctuation), scan);
  for (const pass of passes) pass(scope, boundaries);
  let from = scope.start;
  for (const b of boundaries) {
    if (!b.split || b.end <= from) continue;
    push(scope.text, from, b.end, sentences);
    from = b.end;
  }
  push(scope.text, from, scope.end, sentences);
}

/** Adds the span from `start` to `end`, trimmed of white space, unless nothing is left of it. */
function push(text: string, start: number, end: number, sentences: Sentence[]): void {
  let first = start;
  let last = end;
  while (first < last && isSpace(text.charCodeAt(first))) first++;
  while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
  if (last > first) sentences.push({ start: first, end: last, paragraph: 0 });
}
