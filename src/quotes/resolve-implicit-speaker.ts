import type { Mention, QuoteContext } from './context.js';
import type { Cue } from './find-cues.js';
import type { SpeakerFound } from './find-speaker.js';
import { mentionAfter } from './find-speaker.js';

/**
 * Gives every cue without a subject of its own the mention it refers to. A participle (مضيفا, adding,
 * ajoutant) takes the subject of the main verb of its sentence; a bare verb (وأضاف), a pronoun (he
 * said) or an inverted cue (a-t-il dit) takes the nearest earlier speaker. Cues are visited in text
 * order, so a resolved cue is itself an antecedent for the ones after it.
 */
export function resolveImplicitSpeakers(ctx: QuoteContext, speakers: Map<Cue, SpeakerFound>): void {
  let last: Mention | null = null;
  for (const cue of ctx.cues) {
    const found = speakers.get(cue)!;
    if (!found.speaker) {
      const resolved = (cue.kind === 'participle' ? mainClauseSpeaker(ctx, cue, speakers) : null) ?? last;
      if (resolved) speakers.set(cue, { ...found, speaker: resolved, implicit: true });
    }
    last = speakers.get(cue)!.speaker ?? last;
  }
}

/** The speaker of the nearest verb cue earlier in the sentence, or the mention the sentence opens with. */
function mainClauseSpeaker(ctx: QuoteContext, cue: Cue, speakers: ReadonlyMap<Cue, SpeakerFound>): Mention | null {
  const { tokens } = ctx;
  const sentence = tokens[cue.head]!.sentence;
  for (let i = ctx.cues.indexOf(cue) - 1; i >= 0; i--) {
    const earlier = ctx.cues[i]!;
    if (tokens[earlier.head]!.sentence !== sentence) break;
    if (earlier.kind !== 'preposition' && speakers.get(earlier)!.speaker) return speakers.get(earlier)!.speaker;
  }
  if (!ctx.lex.source.subjectFirst || sentence < 0) return null;
  let first = cue.head;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  const opening = mentionAfter(ctx, first);
  return opening && opening.last < cue.first && /^\p{Lu}/u.test(ctx.text.slice(opening.start, opening.end)) ? opening : null;
}
