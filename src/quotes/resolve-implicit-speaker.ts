import type { Mention, QuoteContext } from './context.js';
import type { Cue } from './find-cues.js';
import type { Speakers } from './find-speaker.js';
import { agrees } from './lang/agreement.js';
import { cueMarks, mentionMarks } from './speaker-agreement.js';
import { insideVerbFirstClause, verbFirstSubject } from './verb-first-subject.js';
import { tokenAt } from './token-at.js';
import { SubjectCursor, describedOpening, sentenceOpening } from './sentence-subjects.js';

/**
 * Gives every cue without a subject of its own the mention it refers to. A participle (مضيفا, adding,
 * ajoutant) or a verb joined to an earlier one (`comforted relatives and urged`) takes the subject of
 * its sentence; a bare verb (وأضاف), a pronoun (he said) or an inverted cue (a-t-il dit) takes the
 * nearest earlier mention: a speaker, or, where subjects come first, a named sentence subject. Cues are
 * visited in text order, so a resolved cue is itself an antecedent for the ones after it. Run again
 * with `spoken` (1 for each cue, by index, that attributes a quote), a cue that attributes nothing is no antecedent.
 * Cues that start after `until` are left as they are: a cue's speaker depends only on the cues before it.
 */
export function resolveImplicitSpeakers(ctx: QuoteContext, speakers: Speakers, log?: ResolutionLog): void {
  resolveFrom(ctx, speakers, new RecentSpeakers(ctx), 0, undefined, Infinity, log);
}

/**
 * The second resolution, with `spoken` (1 for each cue, by index, that attributes a quote): a cue that
 * attributes nothing is no antecedent. Up to the first such cue the run is the first one's (`first`, and
 * what its `log` kept), so those steps are taken over as they were, not worked out again.
 */
export function resolveAgain(ctx: QuoteContext, speakers: Speakers, first: Speakers, log: ResolutionLog, spoken: readonly number[], until: number): void {
  const recent = new RecentSpeakers(ctx);
  let from = spoken.indexOf(0);
  if (from < 0) from = ctx.cues.length;
  for (let index = 0; index < from; index++) {
    const cue = ctx.cues[index]!;
    if (cue.start > until) return;
    const found = first.get(cue)!;
    speakers.set(cue, found);
    if (found.speaker) recent.add(found.speaker, cue, log.marks[index]!);
  }
  if (from > 0) recent.restoreCursor(log, from - 1);
  resolveFrom(ctx, speakers, recent, from, spoken, until, undefined);
}

/** What a first resolution keeps for a second: each cue's marks, and the subject cursor's state after each cue. */
export class ResolutionLog {
  // Plain lists, filled cue by cue: a typed array longer than a few entries is allocated outside the heap.
  readonly marks: number[] = [];
  readonly answers: (Mention | null)[] = [];
  readonly askedAt: number[] = [];
  readonly floors: number[] = [];
}

/**
 * Cues from `from` on, in text order, so a resolved cue is itself an antecedent for the ones after it.
 * Cues that start after `until` are left as they are: a cue's speaker depends only on the cues before it.
 */
function resolveFrom(ctx: QuoteContext, speakers: Speakers, recent: RecentSpeakers, from: number, spoken: readonly number[] | undefined, until: number, log: ResolutionLog | undefined): void {
  for (let index = from; index < ctx.cues.length; index++) {
    const cue = ctx.cues[index]!;
    if (cue.start > until) break;
    const found = speakers.get(cue)!;
    let marks = -1;
    if (!found.speaker) {
      marks = cueMarks(ctx, cue, found);
      const joined = cue.kind === 'participle' || ctx.lex.conjunctions.hasWord(tokenAt(ctx, cue.first - 1)) || insideVerbFirstClause(ctx, cue);
      // A pronoun with nothing before it to stand for is the speaker itself (`he said` in a one-line text).
      const resolved = (joined ? mainClauseSpeaker(ctx, index, speakers, marks, recent) : null) ?? recent.nearest(cue.start, marks) ?? found.pronoun;
      // Built field by field: a spread of `found` is a generic copy, per implicit cue of both runs.
      if (resolved) speakers.set(cue, { speaker: resolved, implicit: true, after: found.after, pronoun: found.pronoun });
    }
    const now = speakers.get(cue)!.speaker;
    // Once the quotes are known, only a cue that attributes one makes its speaker the last one speaking
    // (`ونفت سوريا أي استخدام ...` reports a denial of a noun phrase: no one to continue).
    if (now && (spoken === undefined || spoken[index] === 1)) recent.add(now, cue, marks);
    if (log !== undefined) {
      log.marks[index] = marks;
      recent.saveCursor(log, index);
    }
  }
}

/** One of the latest speakers: its mention, the start of its cue, and its gender and number (-1: not read yet). */
interface Recent {
  speaker: Mention;
  at: number;
  marks: number;
  cue: Cue;
}

/**
 * The latest speakers of one resolution (newest last), each with the start of its cue and the gender and
 * number it is known to have: a named subject that ends after that start came later. Marks are read only
 * when an implicit cue marks something to agree with. A class, not closures made per run: the passes
 * call its methods from several places.
 */
class RecentSpeakers {
  private readonly list: Recent[] = [];
  private readonly subjects: SubjectCursor | null;
  constructor(private readonly ctx: QuoteContext) {
    this.subjects = ctx.lex.source.subjectFirst ? new SubjectCursor(ctx) : null;
  }

  /** The speaker becomes the latest, or the latest again (its cue moves on) when it already was. */
  add(speaker: Mention, cue: Cue, marks: number): void {
    const { list } = this;
    const same = list.length > 0 && list[list.length - 1]!.speaker === speaker;
    if (same) list[list.length - 1]!.at = cue.start;
    else list.push({ speaker, at: cue.start, marks, cue });
    if (list.length > MAX_RECENT) list.shift();
  }

  /** Keeps the subject cursor's state after cue `index` in the log. */
  saveCursor(log: ResolutionLog, index: number): void {
    this.subjects?.save(log, index);
  }

  /** Takes up the subject cursor's state as the log kept it after cue `index`. */
  restoreCursor(log: ResolutionLog, index: number): void {
    this.subjects?.restore(log, index);
  }

  private marksOf(r: Recent): number {
    return r.marks >= 0 ? r.marks : (r.marks = mentionMarks(this.ctx, r.speaker, r.cue));
  }

  /** The nearest earlier mention a cue at `at` that marks `marks` agrees with: a speaker, or a later sentence subject. */
  nearest(at: number, marks: number): Mention | null {
    const { list, subjects } = this;
    let latest: Recent | null = null;
    for (let i = list.length - 1; i >= 0 && latest === null; i--) if (marks === 0 || agrees(this.marksOf(list[i]!), marks)) latest = list[i]!;
    // Only a subject that ends after the latest speaker's cue can be taken: the cursor reads no further back.
    const subject = subjects === null ? null : subjects.latestEndingBy(at, latest === null ? -1 : latest.at);
    // Whether the subject agrees is asked only of one that came later than the latest speaker.
    const later = subject !== null && (latest === null || subject.end > latest.at);
    return later && (marks === 0 || agrees(mentionMarks(this.ctx, subject, null), marks)) ? subject : latest?.speaker ?? null;
  }

  /**
   * `وهدد ترامب المسؤول عن ...`: a clause subject read without a cue's help may run into the object; when
   * its first word names a recent speaker and its next word is none of that speaker's, it is that speaker.
   */
  asRecent(m: Mention): Mention {
    const { list, ctx } = this;
    for (let i = list.length - 1; i >= 0; i--) {
      const r = list[i]!.speaker;
      if (r.first >= m.first || !holdsWordOf(ctx, r, m.first)) continue;
      let last = m.first;
      while (last < m.last && holdsWordOf(ctx, r, last + 1)) last++;
      return last === m.last ? m : r;
    }
    return m;
  }
}

/** Whether mention `r` holds a word written as token k is. */
function holdsWordOf(ctx: QuoteContext, r: Mention, k: number): boolean {
  const word = ctx.tokens[k]!.norm;
  for (let j = r.first; j <= r.last; j++) if (ctx.tokens[j]!.norm === word) return true;
  return false;
}

/** The speaker of the nearest verb cue earlier in the sentence, or the mention the sentence opens with. */
function mainClauseSpeaker(ctx: QuoteContext, index: number, speakers: Speakers, marks: number, recent: RecentSpeakers): Mention | null {
  const { tokens } = ctx;
  const cue = ctx.cues[index]!;
  const sentence = tokens[cue.head]!.sentence;
  for (let i = index - 1; i >= 0 && i >= index - MAX_CUES_BACK; i--) {
    const earlier = ctx.cues[i]!;
    if (tokens[earlier.head]!.sentence !== sentence) break;
    if (earlier.kind !== 'preposition' && speakers.get(earlier)!.speaker) return speakers.get(earlier)!.speaker;
  }
  if (sentence < 0) return null;
  if (!ctx.lex.source.subjectFirst) {
    const subject = verbFirstSubject(ctx, cue, marks);
    return subject && recent.asRecent(subject);
  }
  const opening = sentenceOpening(ctx, sentence) ?? describedOpening(ctx, sentence);
  return opening && opening.last < cue.first ? opening : null;
}

/** Speakers an implicit cue looks back over for one it agrees with. */
const MAX_RECENT = 6;

/** Cues looked back over for a main verb; real sentences hold a handful. */
const MAX_CUES_BACK = 12;
