import { mayBeSpeech } from './attribute-direct.js';
import type { Attribution, QuoteContext } from './context.js';
import { attribution, tokenIndexAt } from './context.js';
import type { MarkPair } from './pair-marks.js';
import { TERMINAL_BIT, punctIn, tokenAt } from './token-at.js';

/** Tokens that may stand between two parts of one speaker's quote (`," he said. "`, `," said the mayor, "`). */
const BRIDGE_REACH = 12;
/**
 * With a speaker's description between (`," X of the University of Otago in Dunedin, New Zealand, said. "`),
 * the reach for a second part that is a sentence of its own, with no other marks before it.
 */
const DESCRIBED_REACH = 24;

/**
 * `"A," he said, "B."` and `"A," she tweeted. "B."`: a marked passage with no cue of its own that comes
 * right after an attributed quote, with nothing but that quote's attribution between them, goes on with
 * the same speaker and cue.
 */
export function continueInterrupted(ctx: QuoteContext, direct: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  if (direct.length === 0) return out;
  // The quotes by start: what came before a pair, and (by binary search) whether one starts where it does.
  const sorted = sortedByStart(direct);
  // Starts taken by the continuations found here, made on the first.
  let added: Set<number> | undefined;
  let d = 0;
  let previous: Attribution | undefined;
  for (const pair of ctx.pairs) {
    while (d < sorted.length && sorted[d]!.span.start < pair.inner.start) previous = sorted[d++];
    if (!previous || startsAt(sorted, pair.inner.start) || added?.has(pair.inner.start) || pair.family.weak || previous.span.end > pair.open) continue;
    if (!bridged(ctx, previous, pair, BRIDGE_REACH) && !(wholeSentence(ctx, pair) && bridged(ctx, previous, pair, DESCRIBED_REACH))) continue;
    if (!mayBeSpeech(ctx, pair)) continue;
    // After a clause, only a quotation that opens the next sentence goes on with it (not `, saying ... a “decline”`).
    if (previous.type === 'indirect' && !opensSentence(ctx, pair)) continue;
    const next = continuation(previous, pair.inner, previous.implicit);
    out.push(next);
    (added ??= new Set()).add(pair.inner.start);
    previous = next;
  }
  return out;
}

/** A quotation that opens a sentence and closes on its terminal mark (`. “Penguins are ... diseases.”`). */
function wholeSentence(ctx: QuoteContext, pair: MarkPair): boolean {
  if (!opensSentence(ctx, pair)) return false;
  const close = tokenIndexAt(ctx.tokens, pair.close);
  return punctIn(tokenAt(ctx, close - 1), TERMINAL_BIT) || punctIn(ctx.tokens[close + 1], TERMINAL_BIT);
}

function opensSentence(ctx: QuoteContext, pair: MarkPair): boolean {
  const open = tokenIndexAt(ctx.tokens, pair.open);
  const before = tokenAt(ctx, open - 1);
  return before === undefined || before.sentence !== ctx.tokens[open]!.sentence || punctIn(before, TERMINAL_BIT);
}

/** Whether only the previous quote's closing mark, cue, speaker and punctuation lie between the two. */
function bridged(ctx: QuoteContext, previous: Attribution, pair: MarkPair, reach: number): boolean {
  const { tokens } = ctx;
  const from = tokenIndexAt(tokens, previous.span.end);
  const to = tokenIndexAt(tokens, pair.open);
  if (to - from > reach || !previous.cue) return false;
  let sawCue = false;
  let sentenceEnds = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.start >= previous.cue.start && t.end <= previous.cue.end) { sawCue = true; continue; }
    // Another cue, or another quotation's mark, between the two is another attribution.
    if (ctx.cueOfToken[k] !== undefined || (reach > BRIDGE_REACH && k > from && ctx.pairOfToken[k]?.family.weak === false)) return false;
    if (previous.speaker && t.start >= previous.speaker.start && t.end <= previous.speaker.end) continue;
    if (t.lineBefore && k > from) return false;
    if (punctIn(t, TERMINAL_BIT)) sentenceEnds++;
  }
  if (tokens[to]?.lineBefore) return false;
  return sawCue && sentenceEnds <= 1;
}

const byStart = (a: Attribution, b: Attribution): number => a.span.start - b.span.start;

/** Longest list sorted by insertion: a report's few quotes, without a comparator called through the builtin sort. */
const INSERTION_SORT_MAX = 32;

/** A copy of the list sorted by start, stably (equal starts keep their order), as `slice().sort(byStart)`. */
export function sortedByStart(list: readonly Attribution[]): Attribution[] {
  const sorted = list.slice();
  if (sorted.length > INSERTION_SORT_MAX) return sorted.sort(byStart);
  for (let i = 1; i < sorted.length; i++) {
    const q = sorted[i]!;
    let j = i - 1;
    for (; j >= 0 && sorted[j]!.span.start > q.span.start; j--) sorted[j + 1] = sorted[j]!;
    sorted[j + 1] = q;
  }
  return sorted;
}

/** Index of the first attribution (sorted by start) that starts at or after `offset`: a binary search. */
export function firstStartingAt(sorted: readonly Attribution[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether one of the attributions (sorted by start) starts at `offset`. */
export function startsAt(sorted: readonly Attribution[], offset: number): boolean {
  const at = firstStartingAt(sorted, offset);
  return at < sorted.length && sorted[at]!.span.start === offset;
}

/** A direct quote over `span` attributed as `previous` is, built field by field (a spread is a generic copy). */
export function continuation(previous: Attribution, span: Attribution['span'], implicit: boolean): Attribution {
  return attribution('direct', span, previous.cue, previous.colon, previous.speaker, implicit);
}
