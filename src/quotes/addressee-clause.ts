import type { QuoteContext } from './context.js';
import type { Cue } from './find-cues.js';
import { startsLower, startsUpper } from './word-case.js';
import { endsWithOneOf } from './read-mention.js';

/** Most words of an addressee (`the judges`, `The Associated Press`) between a verb of telling and its clause. */
const MAX_ADDRESSEE = 4;
/** Tokens after the clause's first word within which its verb must show (`the plan had`, `this figure had since`). */
const VERB_REACH = 6;
/** Object pronouns that are an addressee on their own (`told him the talks`). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
/** Modals and auxiliaries that show a finite clause has begun. */
const FINITE = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'had', 'has', 'have', 'was', 'were',
  'is', 'are', 'did', 'does', 'do']);

/**
 * `told reporters the plan had failed`, `told the court he had never met her`: a verb of telling (the
 * lexicon's `addresseeClauseVerbs`) takes its addressee, then a clause with no `that`. The clause opens
 * with a subject pronoun or a determiner and shows a finite verb within a few words; `told him to leave`
 * and `told her the truth` have none. Returns the clause's first token, or -1.
 */
export function addresseeClauseStart(ctx: QuoteContext, cue: Cue, from: number): number {
  const { tokens, lex, text } = ctx;
  if (cue.kind !== 'verb' || !lex.addresseeClauseVerbs.hasWord(tokens[cue.head]!)) return -1;
  const sentence = tokens[cue.head]!.sentence;
  if (!word(ctx, from, sentence)) return -1;
  const first = tokens[from]!;
  let k = from;
  if (OBJECT_PRONOUNS.has(first.norm) && !(lex.determiners.hasWord(first) && lowerNoun(ctx, k + 1, sentence))) k++;
  else {
    if (lex.determiners.hasWord(first)) k++;
    const capitals = word(ctx, k, sentence) && startsUpper(text, tokens[k]!.start, tokens[k]!.end);
    const head = k;
    while (word(ctx, k, sentence) && k - from < MAX_ADDRESSEE && !opensSubject(ctx, k, sentence) && (capitals ? startsUpper(text, tokens[k]!.start, tokens[k]!.end) : lowerNoun(ctx, k, sentence))) k++;
    if (k === head) return -1;
  }
  if (!opensSubject(ctx, k, sentence)) return -1;
  for (let j = k + 1; j <= k + VERB_REACH && word(ctx, j, sentence); j++) {
    const t = tokens[j]!;
    if (FINITE.has(t.norm) || (startsLower(text, t.start, t.end) && endsWithOneOf(t.norm, lex.verbEndings, 2))) return k;
    if (lex.infinitiveMarkers.hasWord(t) || lex.complementizers.hasWord(t) || ctx.cueOfToken[j] !== undefined) return -1;
  }
  return -1;
}

/** Whether token j is a word of the sentence. Module functions, not closures: no closure is made per cue asked. */
function word(ctx: QuoteContext, j: number, sentence: number): boolean {
  const t = ctx.tokens[j];
  return t !== undefined && t.kind === 'word' && t.sentence === sentence;
}

function lowerNoun(ctx: QuoteContext, j: number, sentence: number): boolean {
  const { tokens, lex, text } = ctx;
  const t = tokens[j];
  return word(ctx, j, sentence) && startsLower(text, t!.start, t!.end) && !lex.stops.hasWord(t) && !lex.determiners.hasWord(t) && !lex.pronouns.hasWord(t) && !lex.infinitiveMarkers.hasWord(t) && !FINITE.has(t!.norm);
}

/** A subject pronoun (not a relative) or a determiner opens the clause. */
function opensSubject(ctx: QuoteContext, j: number, sentence: number): boolean {
  const { tokens, lex, text } = ctx;
  const t = tokens[j];
  if (!word(ctx, j, sentence) || lex.commaRelatives.hasWord(t) || OBJECT_PRONOUNS.has(t!.norm)) return false;
  return lex.pronouns.hasWord(t) || (lex.determiners.hasWord(t) && startsLower(text, t!.start, t!.end));
}
