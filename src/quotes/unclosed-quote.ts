import type { Attribution, QuoteContext } from './context.js';
import { attribution } from './context.js';
import type { Speakers } from './find-speaker.js';
import { isQuoteMarkCode, mayOpenQuote } from './pair-marks.js';
import { trimClause } from './clause.js';
import { COLON_BIT, TERMINAL_BIT, punctIn, tokenAt } from './token-at.js';

/** Tokens a cue and its speaker may stand from the mark they open (`وقال X في بيان “`). */
const REACH = 8;
/** Paragraphs an unclosed quotation runs over when each reopens with its mark. */
const MAX_PARAGRAPHS = 5;
/** Longest unclosed quotation, in tokens: a stray mark never swallows the document. */
const MAX_TOKENS = 400;
/** Fewest words an unclosed quotation needs to be speech rather than a stray mark before a name. */
const MIN_WORDS = 3;

/**
 * A quotation whose mark never closes (`وقال الرئيس "لقد كان هجوما مريعا.` to the end of its line):
 * an opening mark that paired with nothing, right after a cue, its speaker, a colon or a
 * complementizer. The quote runs to the end of its paragraph, and over the next ones while each
 * reopens with the same mark, as a quotation over paragraphs does.
 */
export function findUnclosed(ctx: QuoteContext, speakers: Speakers): Attribution[] {
  const out: Attribution[] = [];
  const { tokens, text, lex } = ctx;
  // Most reports have no unpaired opening mark, and then no cue needs its tokens read.
  if (!ctx.unpairedOpening) return out;
  for (const cue of ctx.cues) {
    const found = speakers.get(cue)!;
    const sentence = tokens[cue.head]!.sentence;
    let k = Math.max(found.after, cue.last + 1);
    for (const limit = k + REACH; k < tokens.length && k < limit; k++) {
      const t = tokens[k]!;
      if (t.sentence !== sentence || t.lineBefore || punctIn(t, TERMINAL_BIT) || ctx.markOfToken[k] !== undefined || ctx.cueOfToken[k]) break;
      if (t.kind === 'punct' && mayOpenQuote(t.code)) break;
    }
    const mark = tokens[k];
    if (!mark || mark.kind !== 'punct' || !mayOpenQuote(mark.code) || ctx.markOfToken[k] !== undefined) continue;
    // Only a colon or a complementizer may stand between the speaker and the mark, or a phrase or two.
    const before = tokenAt(ctx, k - 1)!;
    if (before.kind === 'punct' && !punctIn(before, COLON_BIT)) continue;
    const end = paragraphEnd(ctx, k, mark.code);
    if (end <= k + MIN_WORDS) continue;
    let words = 0;
    for (let j = k + 1; j < end && words < MIN_WORDS; j++) if (tokens[j]!.kind === 'word') words++;
    if (words < MIN_WORDS || lex.nameHeads.hasWord(before)) continue;
    const span = trimQuote(ctx, tokens[k + 1]!.start, tokenAt(ctx, end - 1)!.end, text);
    out.push(attribution('direct', span, cue, null, found.speaker, found.implicit));
  }
  return out;
}

/** The token after the quotation: its paragraph's end, or a later one's while the next paragraph reopens the mark. */
function paragraphEnd(ctx: QuoteContext, open: number, code: number): number {
  const { tokens } = ctx;
  let paragraphs = 0;
  let k = open + 1;
  for (; k < tokens.length && k - open < MAX_TOKENS; k++) {
    const t = tokens[k]!;
    // Any other mark on the way means the marks pair otherwise than this reading says: no quote.
    if (!t.lineBefore && t.kind === 'punct' && isQuoteMarkCode(t.code)) return open;
    if (!t.lineBefore) continue;
    if (t.code === code && ctx.markOfToken[k] === undefined && ++paragraphs <= MAX_PARAGRAPHS) continue;
    return k;
  }
  return k;
}

function trimQuote(ctx: QuoteContext, start: number, end: number, text: string) {
  const span = trimClause(ctx, { start, end });
  // The full stop that ends the quoted sentence is the speaker's: it stays, as the annotation keeps it.
  return text[span.end] === '.' ? { start: span.start, end: span.end + 1 } : span;
}
