import { mayBeSpeech } from './attribute-direct.js';
import type { Attribution, QuoteContext } from './context.js';
import { attribution, isPunct, tokenIndexAt } from './context.js';
import type { MarkPair } from './pair-marks.js';
import { endsWithAny } from './quoted-words.js';
import { sortedByStart, startsAt } from './split-interrupted.js';

/** Tokens that may stand between an attributed quote and the paragraph that follows it (its cue, its speaker). */
const REACH = 16;

/**
 * A paragraph that is only a quotation, right after a paragraph that ends with an attributed quote,
 * continues that quote: same speaker and cue, the speaker implicit (GUIDELINES, uncued follow-on quotes).
 * Runs of such paragraphs continue the same speaker.
 */
export function continueAcrossParagraphs(ctx: QuoteContext, direct: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  if (direct.length === 0) return out;
  // The quotes by start: what came before a pair, and (by binary search) whether one starts where it does.
  const sorted = sortedByStart(direct);
  // Starts taken by the follow-on quotes found here, made on the first.
  let added: Set<number> | undefined;
  let d = 0;
  let previous: Attribution | undefined;
  for (let p = 0; p < ctx.pairs.length; p++) {
    const pair = ctx.pairs[p]!;
    while (d < sorted.length && sorted[d]!.span.start < pair.inner.start) previous = sorted[d++];
    if (!previous || startsAt(sorted, pair.inner.start) || added?.has(pair.inner.start) || pair.family.weak || previous.span.end > pair.open) continue;
    const open = ctx.openTokenOf[p]!;
    if (!ctx.tokens[open]!.lineBefore || !aloneInParagraph(ctx, ctx.closeTokenOf[p]!)) continue;
    // A quoted line with no full stop is a subheading (`"Flying over the whole region"`), not more speech.
    if (!endsSentence(ctx, pair, ctx.closeTokenOf[p]!) || !onlyAttributionBetween(ctx, previous, open) || !mayBeSpeech(ctx, pair)) continue;
    const next = attribution(previous.type, pair.inner, previous.cue, previous.colon, previous.speaker, true);
    out.push(next);
    (added ??= new Set()).add(pair.inner.start);
    previous = next;
  }
  return out;
}

/** `"… home."` or `«… maison».`: the quotation ends a sentence, inside its marks or just after them. */
function endsSentence(ctx: QuoteContext, pair: MarkPair, close: number): boolean {
  return endsWithAny(ctx.text, pair.inner, SENTENCE_END) || isPunct(ctx.tokens[close + 1], SENTENCE_END);
}

const SENTENCE_END = '.!?…؟';

/** Nothing but punctuation after the closing mark before the paragraph ends. */
function aloneInParagraph(ctx: QuoteContext, close: number): boolean {
  for (let k = close + 1; k < ctx.tokens.length && !ctx.tokens[k]!.lineBefore; k++) if (ctx.tokens[k]!.kind === 'word') return false;
  return true;
}

/** Only the previous quote's closing mark, cue, speaker and punctuation lie between it and the new paragraph. */
function onlyAttributionBetween(ctx: QuoteContext, previous: Attribution, open: number): boolean {
  const { tokens } = ctx;
  const from = tokenIndexAt(tokens, previous.span.end);
  if (open - from > REACH || !previous.cue) return false;
  for (let k = from; k < open; k++) {
    const t = tokens[k]!;
    if (t.lineBefore && k > from) return false;
    if (t.kind !== 'word') continue;
    const inCue = t.start >= previous.cue.start && t.end <= previous.cue.end;
    const inSpeaker = previous.speaker !== null && t.start >= previous.speaker.start && t.end <= previous.speaker.end;
    if (!inCue && !inSpeaker) return false;
  }
  return true;
}
