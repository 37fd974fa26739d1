/**
 * `سفير المملكة، الأمير فلان، الذي قال إن ...`: a verb cue right after a subject relative has no subject
 * after it; the relative's antecedent spoke. Only when the relative agrees with the verb: in `الأزمة التي
 * وصفها بأنها` the feminine relative is the masculine verb's object, not its subject.
 */
import type { Mention, QuoteContext } from './context.js';
import type { Cue } from './find-cues.js';
import { agrees } from './lang/agreement.js';
import { mentionBefore } from './read-mention.js';
import { verbMarks } from './speaker-agreement.js';
import { tokenAt } from './token-at.js';
import { relativesFilter } from './find-indirect.js';

export function relativeSubject(ctx: QuoteContext, cue: Cue): Mention | null {
  const { tokens, lex } = ctx;
  const relative = tokenAt(ctx, cue.first - 1);
  if (cue.kind !== 'verb' || lex.subjectRelatives.size === 0 || relative === undefined || relative.kind !== 'word') return null;
  // Asked before every verb cue: the hash filter answers for most words without their matching form.
  const marks = relativesFilter(lex).mayHave(relative.hash) ? lex.subjectRelatives.get(relative.norm) : undefined;
  if (marks === undefined) return null;
  const verb = verbMarks(ctx, tokens[cue.head]!.norm);
  if (verb === 0 || !agrees(verb, marks)) return null;
  const m = mentionBefore(ctx, cue.first - 1);
  return m && m.last < cue.first - 1 && !lex.pronouns.hasWord(tokens[m.first]) ? m : null;
}
