import type { QuoteContext } from './context.js';
import type { Cue } from './find-cues.js';
import type { Token } from './tokenize.js';
import { startsLower } from './word-case.js';
import { endsWithOneOf } from './read-mention.js';
import { COMMA_BIT, punctIn, tokenAt } from './token-at.js';

/** Tokens an infinitive may stand from its verb of saying (`a annoncé sur son compte, mercredi, avoir ...`). */
const WINDOW = 9;

/**
 * Where the infinitive or gerund clause a verb of saying takes begins (`a affirmé ne pas avoir été
 * prévenu`, `denied having met him`, `asked the court to throw out the case`), or -1. Only the verbs the
 * lexicon lists take one; `from` is the first token after the cue and its speaker.
 */
export function infinitiveClauseStart(ctx: QuoteContext, cue: Cue, from: number): number {
  const { tokens, lex } = ctx;
  if (cue.kind === 'preposition' || !lex.infinitiveCues.hasWord(tokens[cue.head]!)) return -1;
  // `was accused of`, `were asked to`: the subject of a passive is the one spoken to.
  if (lex.passiveAuxiliaries.hasWord(tokenAt(ctx, cue.first - 1)) && !lex.source.auxiliariesInCue) return -1;
  const sentence = tokens[cue.head]!.sentence;
  for (let k = from; k < tokens.length && k < from + WINDOW; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || ctx.markOfToken[k] === 'open') return -1;
    if (t.kind === 'punct') {
      if (!punctIn(t, COMMA_BIT)) return -1;
      continue;
    }
    // `called on states to act`: `to` before a bare verb; `accused him of saying`: `of` before a gerund.
    const next = tokens[k + 1];
    if (next && lex.infinitiveLinks.hasWord(t) && next.kind === 'word' && startsLower(ctx.text, next.start, next.end) && !lex.determiners.hasWord(next)) return k + 1;
    if (next && lex.gerundLinks.hasWord(t) && opensInfinitive(ctx, k + 1)) return k + 1;
    if (lex.complementizers.hasWord(t) || (ctx.cueOfToken[k] && k > cue.last)) return -1;
    if (k > from && lex.source.infinitiveAdjacent) continue;
    const prev = tokenAt(ctx, k - 1)!;
    // `la lettre`, `pour former`: after a determiner it is a noun, after a preposition an adjunct.
    const free = k === from || punctIn(prev, COMMA_BIT) || (prev.kind === 'word' && !lex.determiners.hasWord(prev) && !lex.infinitiveBlockers.hasWord(prev));
    // `», explique l'hebdomadaire`: after an inverted verb an article opens its subject, not an object pronoun.
    if (free && opensInfinitive(ctx, k) && !(lex.determiners.hasWord(t) && invertedPosition(ctx, cue))) return k;
  }
  return -1;
}

/** Whether the verb stands after its content (`», explique X`, `, a-t-il dit`) rather than after its subject. */
function invertedPosition(ctx: QuoteContext, cue: Cue): boolean {
  const before = tokenAt(ctx, cue.first - 1);
  return before === undefined || before.kind === 'punct' || before.sentence !== ctx.tokens[cue.first]!.sentence;
}

/** A lower-case infinitive, behind its negation and object pronouns (`ne pas avoir`, `l'avoir`, `s'être`). */
function opensInfinitive(ctx: QuoteContext, k: number): boolean {
  const { tokens, lex } = ctx;
  let verb = k;
  let article = false;
  while (verb < tokens.length && verb < k + 4 && tokens[verb]!.kind === 'word' && lex.infinitiveLeads.hasWord(tokens[verb]!)) {
    article = lex.determiners.hasWord(tokens[verb]!);
    verb++;
  }
  const t = tokens[verb];
  if (t === undefined || t.kind !== 'word' || t.sentence !== tokens[k]!.sentence) return false;
  return article ? lex.infinitivesAfterArticle.hasWord(t) : isInfinitive(ctx, t);
}

function isInfinitive(ctx: QuoteContext, t: Token): boolean {
  const { lex, text } = ctx;
  if (!startsLower(text, t.start, t.end) || lex.notInfinitives.hasWord(t) || ctx.lex.determiners.hasWord(t)) return false;
  const norm = t.norm;
  return endsWithOneOf(norm, lex.source.infinitiveEndings, 1);
}

/** Whether the infinitive clause starts at token k or right after its link (`vowed to`): no inverted subject stands there. */
export function infinitiveAt(ctx: QuoteContext, cue: Cue, k: number): boolean {
  const start = infinitiveClauseStart(ctx, cue, k);
  return start === k || start === k + 1;
}
