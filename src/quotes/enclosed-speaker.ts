/**
 * `وقال "فلان الفلاني": ...`, `وأوضح «فلان» أن ...`, `وأضاف -فلان- «...»`: where the speaker follows its
 * verb, some outlets set the speaker's name itself in marks or dashes. Marked words right after a verb
 * cue are its subject, not its quotation, when speech follows them at once: a colon, a complementizer
 * or an opening quotation mark.
 */
import type { Mention, QuoteContext } from './context.js';
import { isPunct, tokenIndexAt } from './context.js';
import type { Cue } from './find-cues.js';
import { isQuoteMark } from './pair-marks.js';
import { tokenHasDigit } from './read-mention.js';
import { COLON_BIT, punctIn, tokenAt } from './token-at.js';

/** Most words of a name set in marks. */
const MAX_NAME_WORDS = 4;
const DASHES = '-–—';

/** The name in marks or dashes right after a verb cue, when speech follows it; null otherwise. */
export function enclosedSpeaker(ctx: QuoteContext, cue: Cue): Mention | null {
  const { tokens, lex } = ctx;
  const open = cue.last + 1;
  const t = tokens[open];
  if (lex.source.subjectFirst || cue.kind !== 'verb' || t === undefined || t.kind !== 'punct') return null;
  const close = closerOf(ctx, open);
  if (close < open + 2 || close - open - 1 > MAX_NAME_WORDS) return null;
  for (let k = open + 1; k < close; k++) {
    const w = tokens[k]!;
    if (w.kind !== 'word' || ctx.cueOfToken[k] || lex.prefixedStops.hasWord(w) || lex.complementizers.hasWord(w) || tokenHasDigit(ctx, w)) return null;
  }
  const next = tokens[close + 1];
  const speech = next !== undefined && next.sentence === t.sentence &&
    (punctIn(next, COLON_BIT) || lex.complementizers.hasWord(next) || (next.kind === 'punct' && isQuoteMark(next.norm) && ctx.markOfToken[close + 1] === 'open'));
  if (!speech) return null;
  return { start: tokens[open + 1]!.start, end: tokenAt(ctx, close - 1)!.end, first: open, last: close };
}

/** The token that closes the mark or dash opened at `open`, or -1. */
function closerOf(ctx: QuoteContext, open: number): number {
  const { tokens } = ctx;
  if (ctx.markOfToken[open] === 'open') return tokenIndexAt(tokens, ctx.pairOfToken[open]!.close);
  if (!isPunct(tokens[open], DASHES)) return -1;
  for (let k = open + 1; k < tokens.length && k - open <= MAX_NAME_WORDS + 1; k++) {
    if (tokens[k]!.kind === 'punct') return tokens[k]!.norm === tokens[open]!.norm ? k : -1;
  }
  return -1;
}
