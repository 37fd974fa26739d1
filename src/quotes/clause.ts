import type { Span } from '../text/span.js';
import { isSpace } from '../text/span.js';
import type { QuoteContext } from './context.js';

const TRAILING = new Set([...'.,،;؛:!?؟…-–—"“”«»‘’\'']);

/** A clause without the punctuation and closing marks that end it. */
export function trimClause(ctx: QuoteContext, span: Span): Span {
  let { start, end } = span;
  while (end > start && (isSpace(ctx.text.charCodeAt(end - 1)) || TRAILING.has(ctx.text[end - 1]!))) end--;
  while (start < end && isSpace(ctx.text.charCodeAt(start))) start++;
  return { start, end };
}
