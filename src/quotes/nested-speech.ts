import type { Attribution, QuoteContext } from './context.js';
import { contextOf, tokenIndexAt } from './context.js';
import type { Cue } from './find-cues.js';
import { findIndirect } from './find-indirect.js';
import { findSpeaker, Speakers, type SpeakerFound } from './find-speaker.js';
import { tokenAt } from './token-at.js';

/**
 * `«... وهم يقولون بوضوح، إنهم سيواصلون معركتهم»`: inside a long quotation the quoted speaker reports what
 * others said. Those cues stay out of the report's own (they must not become antecedents nor cut the
 * quotation), but a cue with its complementizer there is an indirect quote of its own, kept inside the
 * quotation that holds it. Cues without a complementizer (bare English `said`) are left alone.
 */
export function nestedIndirect(ctx: QuoteContext): Attribution[] {
  const nested = ctx.quotedCues;
  // Verb-first reports only: there the subject follows the cue and is read without the quotation's help.
  if (nested.length === 0 || ctx.lex.source.subjectFirst) return [];
  // A native copy (a spread walks the iteration protocol over every token).
  const cueOfToken = ctx.cueOfToken.slice();
  for (const cue of nested) for (let k = cue.first; k <= cue.last; k++) cueOfToken[k] = cue;
  const inner = contextOf({ ...ctx, cues: nested, cueOfToken, openings: [] });
  const own: SpeakerFound[] = [];
  for (const cue of nested) own.push(findSpeaker(inner, cue));
  const speakers = Speakers.of(nested, own);
  return findIndirect(inner, speakers).filter((clause) => {
    const first = tokenIndexAt(ctx.tokens, clause.span.start);
    const before = tokenAt(ctx, first - 1);
    const pair = ctx.pairs.find((p) => p.inner.start <= clause.cue!.start && clause.cue!.end <= p.inner.end && !p.family.weak);
    // Only with its own named subject: a pronoun before the verb (`وهم يقولون`) points into the quotation.
    if (!clause.speaker || clause.implicit || pronounBefore(ctx, clause.cue!)) return false;
    return before?.kind === 'word' && ctx.lex.complementizers.hasWord(before) && pair !== undefined && clause.span.end <= pair.inner.end;
  });
}

/** `وهم يقولون`: a subject pronoun, with or without its conjunction, right before the verb. */
function pronounBefore(ctx: QuoteContext, cue: Cue): boolean {
  const t = tokenAt(ctx, cue.first - 1);
  if (t === undefined || t.kind !== 'word') return false;
  if (ctx.lex.pronouns.hasWord(t)) return true;
  return ctx.lex.prefixes.some((p) => t.norm.startsWith(p) && ctx.lex.pronouns.has(t.norm.slice(p.length)));
}
