import type { QuoteContext } from './context.js';
import type { Cue } from './find-cues.js';
import { mentionAfter, type SpeakerFound } from './find-speaker.js';
import { COMMA_BIT, TERMINAL_BIT, punctIn, tokenAt } from './token-at.js';

/** Words of time or place an impersonal cue may have before its source (`a-t-on appris samedi auprès de`). */
const MAX_WORDS_BEFORE_SOURCE = 2;
/** Tokens a source's description may run on after its mention (`(SDJ) de la chaîne d'info`). */
const MAX_SOURCE_TAIL = 12;

/**
 * `…, a-t-on appris de source policière`, `a-t-on indiqué à la préfecture`, `précise-t-on auprès du
 * parquet`: a cue whose subject is the impersonal pronoun names its source after a link, and that
 * source is the speaker. `de même source` names none: the cue stays implicit and takes the last speaker.
 * `own` holds each cue's speaker by the cue's index in ctx.cues.
 */
export function attributeImpersonalSources(ctx: QuoteContext, own: SpeakerFound[]): void {
  const { tokens, lex } = ctx;
  if (lex.sourceLinks.length === 0) return;
  for (let index = 0; index < ctx.cues.length; index++) {
    const cue = ctx.cues[index]!;
    if (!cue.inverted || !impersonal(ctx, cue)) continue;
    const found = own[index]!;
    const sentence = tokens[cue.head]!.sentence;
    for (let k = cue.last + 1; k <= cue.last + 1 + MAX_WORDS_BEFORE_SOURCE && tokens[k]?.sentence === sentence; k++) {
      const link = lex.sourceLinks.find((words) => words.every((w, i) => tokens[k + i]?.kind === 'word' && tokens[k + i]!.norm === w));
      if (!link) continue;
      // `de source policière`, `de sources proches du dossier`: the source noun is the head of the mention.
      const last = tokenAt(ctx, k + link.length - 1);
      const from = lex.sourceNouns.hasWord(last) ? k + link.length - 1 : k + link.length;
      const source = lex.sameSource.hasWord(last) ? null : mentionAfter(ctx, from, cue.last);
      if (source) own[index] = { speaker: source, implicit: false, after: endOfSource(ctx, source.last + 1) };
      else own[index] = { ...found, pronoun: undefined };
      break;
    }
  }
}

/** `auprès de la Société des journalistes (SDJ) de la chaîne`: the source's description runs to the next comma or stop. */
function endOfSource(ctx: QuoteContext, k: number): number {
  const { tokens } = ctx;
  const sentence = tokenAt(ctx, k - 1)!.sentence;
  for (let end = k; end < k + MAX_SOURCE_TAIL; end++) {
    const t = tokens[end];
    if (!t || t.sentence !== sentence || punctIn(t, COMMA_BIT | TERMINAL_BIT)) return end;
    if (ctx.cueOfToken[end] || (ctx.markOfToken[end] && !ctx.pairOfToken[end]!.family.weak)) return k;
  }
  return k;
}

/** Whether the pronoun glued to the inverted cue (`a-t-on`, `précise-t-on`) is the impersonal one. */
function impersonal(ctx: QuoteContext, cue: Cue): boolean {
  for (let k = cue.first; k <= cue.last; k++) {
    const norm = ctx.tokens[k]!.norm;
    const dash = norm.lastIndexOf('-');
    if (dash > 0 && ctx.lex.impersonalPronouns.has(norm.slice(dash + 1))) return true;
  }
  return false;
}
