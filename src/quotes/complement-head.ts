import type { Mention, QuoteContext } from './context.js';
import { startsSentence } from './context.js';
import { startsUpper } from './word-case.js';
import { tokenAt } from './token-at.js';
import { readBack } from './read-mention.js';

/** Links a noun phrase read back over to the head it completes, at most. */
const MAX_HOPS = 2;
/** Lower-case modifiers read over between a determiner and a capitalised name (`the far right League`). */
const MAX_MODIFIERS = 3;

/**
 * `A spokesman for the ministry said`, `The head of the far right League said`: a subject read back from
 * its verb stops at the complement's determiner (or at the lower-case words before a name); the head
 * the complement hangs on, behind one of the lexicon's `phraseLinks`, is the speaker, with it. The head
 * must open with a determiner or open its sentence (`Residents in the town said`). The head is read
 * back as read-mention's readBack reads a mention that ends before a token.
 */
export function headOfComplement(ctx: QuoteContext, m: Mention | null): Mention | null {
  const { tokens, lex, text } = ctx;
  if (m === null || lex.phraseLinks.size === 0) return m;
  let first = withModifiers(ctx, m.first);
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const link = tokenAt(ctx, first - 1);
    if (link === undefined || link.kind !== 'word' || !lex.phraseLinks.hasWord(link) || startsUpper(text, link.start, link.end)) break;
    const head = readBack(ctx, first - 1);
    if (head === null || head.last !== first - 2 || !(lex.determiners.hasWord(tokens[head.first]) || startsSentence(ctx, head.first))) break;
    first = withModifiers(ctx, head.first);
  }
  return first === m.first ? m : { start: tokens[first]!.start, end: m.end, first, last: m.last };
}

/** `of the far right League`: a determiner a few lower-case words before a name that starts at `first`, after a link. */
function withModifiers(ctx: QuoteContext, first: number): number {
  const { tokens, lex, text } = ctx;
  const name = tokens[first]!;
  if (lex.determiners.hasWord(name) || !startsUpper(text, name.start, name.end)) return first;
  for (let k = first - 1; k >= 0 && first - k <= MAX_MODIFIERS + 1; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.sentence !== name.sentence || startsUpper(text, t.start, t.end)) return first;
    // Only as a complement (`The head of the far right League`): `to his letter Mrs Thatcher said` is no phrase.
    if (lex.determiners.hasWord(t)) return lex.phraseLinks.hasWord(tokenAt(ctx, k - 1)) ? k : first;
    if (lex.stops.hasWord(t) || lex.pronouns.hasWord(t) || ctx.cueOfToken[k] !== undefined) return first;
  }
  return first;
}

