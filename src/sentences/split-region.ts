import type { Boundary, Scope } from './boundary.js';
import { findTerminals } from './find-terminals.js';
import { balanceQuotes } from './passes/balance-quotes.js';
import { breakLines } from './passes/break-lines.js';
import { checkNextWord } from './passes/check-next-word.js';
import { findFlattenedParagraphs } from './passes/find-flattened-paragraphs.js';
import { findListItems } from './passes/find-list-items.js';
import { skipAbbreviations } from './passes/skip-abbreviations.js';
import { splitGlued } from './passes/split-glued.js';
import { trimSpan, type Span } from '../text/span.js';

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

/** Splits one body region into trimmed, non-empty sentence spans. */
export function splitRegion(scope: Scope): Span[] {
  const scan = findTerminals(scope);
  const boundaries = findFlattenedParagraphs(scope, findListItems(scope, scan.boundaries), scan.quoteClosers);
  for (const pass of passes) pass(scope, boundaries);
  const sentences: Span[] = [];
  let from = scope.start;
  for (const b of boundaries) {
    if (!b.split || b.end <= from) continue;
    push(scope.text, from, b.end, sentences);
    from = b.end;
  }
  push(scope.text, from, scope.end, sentences);
  return sentences;
}

function push(text: string, start: number, end: number, sentences: Span[]): void {
  const span = trimSpan(text, { start, end });
  if (span.end > span.start) sentences.push(span);
}
