import type { Attribution, QuoteContext } from './context.js';
import { attribution, tokenIndexAt } from './context.js';
import type { Cue } from './find-cues.js';
import type { MarkPair } from './pair-marks.js';
import { mentionAfter } from './read-mention.js';
import { startsUpper } from './word-case.js';
import { trimClause } from './clause.js';
import { COMMA_BIT, TERMINAL_BIT, punctIn, tokenAt } from './token-at.js';

/** Fewest words on each side of an incise for both parts to be speech. */
const MIN_PART_WORDS = 3;

/**
 * `«Je ne récupère rien, assure Paul Roy. Elle sera à tous»`: a writer may put the attribution inside the
 * marks, as an incise set off by a comma before its verb and a full stop after its named subject; the
 * passage is two quotes of that speaker. `quoted` are the cues found inside long quotations (left out of
 * the cue list as the quoted speaker's own words); only those shaped as an incise are read.
 */
export function splitAtIncise(ctx: QuoteContext, quoted: readonly Cue[]): { quotes: Attribution[]; split: MarkPair[] } {
  const quotes: Attribution[] = [];
  const split: MarkPair[] = [];
  const { tokens } = ctx;
  for (const cue of quoted) {
    if (cue.kind !== 'verb' || cue.inverted || !punctIn(tokenAt(ctx, cue.first - 1), COMMA_BIT)) continue;
    const m = mentionAfter(ctx, cue.last + 1, cue.last);
    if (!m || !startsUpper(ctx.text, tokens[m.first]!.start, tokens[m.first]!.end) || !punctIn(tokens[m.last + 1], TERMINAL_BIT)) continue;
    const pair = enclosing(ctx, cue.start);
    if (!pair || split.includes(pair)) continue;
    const before = trimClause(ctx, { start: pair.inner.start, end: tokenAt(ctx, cue.first - 1)!.start });
    const after = tokens[m.last + 2];
    if (!after || after.start >= pair.inner.end) continue;
    const rest = trimClause(ctx, { start: after.start, end: pair.inner.end });
    if (words(ctx, before) < MIN_PART_WORDS || words(ctx, rest) < MIN_PART_WORDS) continue;
    const speaker = { start: m.start, end: m.end, first: m.first, last: m.last };
    quotes.push(attribution('direct', before, cue, null, speaker, false), attribution('direct', rest, cue, null, speaker, false));
    split.push(pair);
  }
  return { quotes, split };
}

/** The quotation pair around an offset: pairs are sorted and do not cross, so the last opening before it is looked at. */
function enclosing(ctx: QuoteContext, at: number): MarkPair | undefined {
  let lo = 0;
  let hi = ctx.pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.pairs[mid]!.open < at) lo = mid + 1;
    else hi = mid;
  }
  const pair = ctx.pairs[lo - 1];
  return pair && pair.inner.start <= at && at < pair.inner.end ? pair : undefined;
}

function words(ctx: QuoteContext, span: { start: number; end: number }): number {
  let n = 0;
  for (let k = tokenIndexAt(ctx.tokens, span.start); k < ctx.tokens.length && ctx.tokens[k]!.end <= span.end && n < MIN_PART_WORDS; k++) if (ctx.tokens[k]!.kind === 'word') n++;
  return n;
}
