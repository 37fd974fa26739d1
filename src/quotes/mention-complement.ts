/**
 * French-style noun phrases around a speaker mention: a mention read back to a link of noun complement
 * hangs on the noun before it (`Le parquet de Paris`), and a group named in marks after its article
 * (`Les «gilets jaunes»`) is a subject. read-mention.ts reads mentions; this widens them.
 */
import type { Mention, QuoteContext } from './context.js';
import { mentionWord } from './read-mention.js';
import { tokenAt } from './token-at.js';

/** Most words in marks that name a group (`les «gilets jaunes»`). */
const MAX_MARKED_NAME_WORDS = 3;

/** `Les «gilets jaunes» affirment`: an article before a few words in marks names the subject. */
export function markedGroup(ctx: QuoteContext, close: number): Mention | null {
  const { tokens, lex } = ctx;
  const pair = ctx.pairOfToken[close];
  if (!pair || pair.family.weak) return null;
  let open = close - 1;
  while (open >= 0 && tokens[open]!.start > pair.open) open--;
  const article = tokenAt(ctx, open - 1);
  if (open - 1 < 0 || close - open - 1 > MAX_MARKED_NAME_WORDS || close - open < 2 || !lex.determiners.hasWord(article)) return null;
  if (article!.sentence !== tokens[close]!.sentence) return null;
  for (let k = open + 1; k < close; k++) if (!mentionWord(ctx, k)) return null;
  return { start: article!.start, end: tokens[close]!.end, first: open - 1, last: close };
}

/** Complements hung on one head, at most (`la société des journalistes de la chaîne de ...`). */
const MAX_COMPLEMENT_HOPS = 3;
/** Words between a determiner and the link of its complement (`le secrétaire général de`). */
const MAX_HEAD_WORDS = 3;

/**
 * `Le parquet de Paris`, `le garde du corps`, `Le président de la République`: a mention read back as far
 * as a link of noun complement (`de`, `du`, `des`, `de la`) is that complement; the noun it hangs on,
 * with its determiner, is the head of the mention. Taken only back to a determiner, so a predicate
 * before a complement (`a été victime d'un`) is never read as a head; nor is what was said (`le message
 * de X, selon lequel`): X spoke.
 */
export function headOfComplement(ctx: QuoteContext, first: number): number {
  const { tokens, lex } = ctx;
  const sentence = tokens[first]!.sentence;
  for (let hop = 0; hop < MAX_COMPLEMENT_HOPS; hop++) {
    const t = tokens[first]!;
    const link = lex.complementLinks.hasWord(t) ? first : lex.determiners.hasWord(t) && lex.complementLinks.hasWord(tokenAt(ctx, first - 1)) ? first - 1 : -1;
    if (link <= 0) break;
    let k = link - 1;
    let head = -1;
    for (; k >= 0 && link - k <= MAX_HEAD_WORDS + 1 && tokens[k]!.sentence === sentence; k--) {
      const w = tokens[k]!;
      if (w.kind !== 'word' || lex.pronouns.hasWord(w) || lex.complementLinks.hasWord(w)) break;
      if (lex.determiners.hasWord(w)) { head = k < link - 1 && !lex.utteranceNouns.hasWord(tokens[k + 1]) ? k : -1; break; }
      if (!mentionWord(ctx, k)) break;
    }
    if (head < 0) break;
    first = head;
  }
  return first;
}
