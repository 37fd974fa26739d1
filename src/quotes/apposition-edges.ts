/**
 * The edges of a comma apposition around a speaker's name, read back by read-mention.ts's mentionBefore:
 * a comma group that is itself a description (`, representing the government,`, `, who ...`), and a
 * description that closes on a place (`, a professor at the university in Cambridge, United Kingdom,`).
 */
import type { Mention, QuoteContext } from './context.js';
import type { Token } from './tokenize.js';
import { hasLatin, startsUpper } from './word-case.js';
import { COLON_BIT, COMMA_BIT, TERMINAL_BIT, punctIn } from './token-at.js';

const isCapitalised = (ctx: QuoteContext, t: Token): boolean => startsUpper(ctx.text, t.start, t.end);
const isLatin = (ctx: QuoteContext, t: Token): boolean => hasLatin(ctx.text, t.start, t.end);

/** Whether the comma group of tokens first..last opens with a relative pronoun, alone or after a conjunction (`who ...`, `and who ...`). */
export function opensRelative(ctx: QuoteContext, first: number, last: number): boolean {
  const { lex, tokens } = ctx;
  return lex.commaRelatives.hasWord(tokens[first]) || (lex.conjunctions.hasWord(tokens[first]) && first < last && lex.commaRelatives.hasWord(tokens[first + 1]));
}

/**
 * Whether the comma group that ends at the comma `comma` is itself a description (`representing the
 * government`, `which introduced a ban`): it opens with a small word that no name starts with.
 */
export function describes(ctx: QuoteContext, comma: number): boolean {
  const { tokens, lex } = ctx;
  let k = comma - 1;
  while (k >= 0 && comma - k < APPOSITION_REACH && tokens[k]!.sentence === tokens[comma]!.sentence && !punctIn(tokens[k], COMMA_BIT | TERMINAL_BIT | COLON_BIT)) k--;
  const head = tokens[k + 1];
  if (!punctIn(tokens[k], COMMA_BIT) || k + 1 >= comma || head?.kind !== 'word' || !isLatin(ctx, head) || isCapitalised(ctx, head)) return false;
  return !lex.determiners.hasWord(head) && !lex.conjunctions.hasWord(head);
}

/** Tokens looked back over for the comma that opens an apposition (`, a champion in 2007 and 2008 who retired in 2013,`). */
export const APPOSITION_REACH = 24;

/**
 * Where the description that the comma at `comma` ends starts, when it closes on a place (`..., a
 * professor at the university in Cambridge`, `Wray Grimaldi of the University of Otago in Dunedin`): a
 * capitalised group after it is the rest of that place, not the speaker. -1 when it does not.
 */
export function placeAfterDescription(ctx: QuoteContext, comma: number): number {
  const { tokens, lex } = ctx;
  if (!punctIn(tokens[comma], COMMA_BIT)) return -1;
  let k = comma - 1;
  while (k >= 0 && comma - k <= 4 && tokens[k]!.kind === 'word' && isCapitalised(ctx, tokens[k]!)) k--;
  const preposition = tokens[k];
  if (k === comma - 1 || preposition?.kind !== 'word' || !lex.stops.hasWord(preposition) || isCapitalised(ctx, preposition)) return -1;
  let open = k;
  while (open >= 0 && comma - open < APPOSITION_REACH && tokens[open]!.kind === 'word') open--;
  const head = tokens[open + 1];
  if (head === undefined || open + 1 >= k) return -1;
  // An apposition after a comma opening with a small word (`a`, `the`), or a name with its `of` (`X of the University`).
  const apposition = punctIn(tokens[open], COMMA_BIT) && lex.determiners.hasWord(head) && !isCapitalised(ctx, head);
  const nameOf = isCapitalised(ctx, head) && !lex.determiners.hasWord(head) && lex.nameConnectors.hasWord(tokens[leadingRunEnd(ctx, open + 1) + 1]);
  return apposition || nameOf ? open + 1 : -1;
}

/** The last token of the run of capitalised words that starts at `first`. */
function leadingRunEnd(ctx: QuoteContext, first: number): number {
  let k = first;
  while (k + 1 < ctx.tokens.length && ctx.tokens[k + 1]!.kind === 'word' && isCapitalised(ctx, ctx.tokens[k + 1]!)) k++;
  return k;
}

/** The name a description opens with (`Wray Grimaldi` of `Wray Grimaldi of the University ...`), or null. */
export function leadingName(ctx: QuoteContext, first: number, end: number): Mention | null {
  const head = ctx.tokens[first]!;
  if (!isCapitalised(ctx, head) || ctx.lex.determiners.hasWord(head)) return null;
  const last = Math.min(leadingRunEnd(ctx, first), end - 1);
  return { start: head.start, end: ctx.tokens[last]!.end, first, last };
}
