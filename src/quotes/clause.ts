import type { Span } from '../text/span.js';
import { isSpace } from '../text/span.js';
import type { QuoteContext } from './context.js';
import { tokenIndexAt } from './context.js';
import { isQuoteMarkCode } from './pair-marks.js';
import { startsLower } from './word-case.js';
import { tokenAt } from './token-at.js';

const DASHES = '-–—';
/** Longest dateline before its dash, in tokens (`WASHINGTON (Reuters) -`, `دمشق - سانا -`). */
const MAX_DATELINE_TOKENS = 8;

/**
 * Where a clause starts once a dateline at the head of its sentence is left out: the words before a
 * dash near the start, if they are all capitalised (or, in scripts without case, just a few words).
 */
export function afterDateline(ctx: QuoteContext, from: number, to: number): number {
  const { tokens, text } = ctx;
  let last = -1;
  for (let k = from; k < to && k < from + MAX_DATELINE_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && DASHES.includes(t.norm)) last = k;
    else if (t.kind === 'word' && startsLower(text, t.start, t.end)) break;
  }
  return last >= 0 && last + 1 < to ? last + 1 : from;
}

const TRAILING = new Set([...'.,،;؛:!?؟…-–—*'].map((ch) => ch.charCodeAt(0)));

/** A clause without the punctuation that ends it, nor a closing mark whose opener lies outside it. */
export function trimClause(ctx: QuoteContext, span: Span): Span {
  const { text } = ctx;
  let { start, end } = span;
  // Counted only when a mark ends the clause: most clauses end with a word or a full stop.
  let marks = -1;
  while (end > start) {
    const code = text.charCodeAt(end - 1);
    if (isSpace(code) || TRAILING.has(code)) { end--; continue; }
    if (!isQuoteMarkCode(code)) break;
    if (marks < 0) marks = countMarks(text, start, end);
    if (marks % 2 === 0) break;
    end--;
    marks--;
  }
  while (start < end && isSpace(ctx.text.charCodeAt(start))) start++;
  return { start, end };
}

function countMarks(text: string, start: number, end: number): number {
  let marks = 0;
  for (let i = start; i < end; i++) if (isQuoteMarkCode(text.charCodeAt(i))) marks++;
  return marks;
}

/** `11:00`: a colon between digits is a time, not speech. */
export function isClockTime(ctx: QuoteContext, k: number): boolean {
  const before = tokenAt(ctx, k - 1);
  const after = ctx.tokens[k + 1];
  return before?.end === ctx.tokens[k]!.start && after?.start === ctx.tokens[k]!.end && /\d$/.test(before.norm) && /^\d/.test(after.norm);
}

/** Whether the span holds at least `n` word tokens; stops counting at `n` so it costs O(n). */
export function hasWords(ctx: QuoteContext, span: { start: number; end: number }, n: number): boolean {
  let count = 0;
  for (let k = tokenIndexAt(ctx.tokens, span.start); k < ctx.tokens.length && ctx.tokens[k]!.end <= span.end && count < n; k++) {
    if (ctx.tokens[k]!.kind === 'word') count++;
  }
  return count >= n;
}

