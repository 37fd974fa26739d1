/**
 * Edges of reported clauses in languages that put the subject first: where a fronted source's own phrase
 * ends, a scene that is no content, a quotation that is only part of a clause, a relative a trailing
 * `selon` vouches for, and a participle that ends the content. find-indirect.ts asks; this answers.
 */
import type { QuoteContext } from './context.js';
import { COMMA_OR_TERMINAL, isPunct } from './context.js';
import type { Cue } from './find-cues.js';
import type { SpeakerFound } from './find-speaker.js';
import { hasWords, trimClause } from './clause.js';
import { startsLower } from './word-case.js';
import { COMMA_BIT, punctIn, tokenAt } from './token-at.js';

/** Longest phrase after a fronted source that still describes it (`pour le JDD publié dimanche`). */
const MAX_SOURCE_TAIL = 9;

/**
 * `Selon un sondage Ifop pour le JDD publié dimanche, ...`: a phrase that opens with a preposition after a
 * fronted source still describes it, up to the comma that ends it; -1 when no such comma follows.
 */
export function sourceTailEnd(ctx: QuoteContext, k: number, sentence: number): number {
  const { tokens, lex } = ctx;
  if (!lex.source.subjectFirst || !lex.stops.hasWord(tokens[k]) || lex.complementizers.hasWord(tokens[k])) return -1;
  for (let end = k; end < tokens.length && end <= k + MAX_SOURCE_TAIL && tokens[end]!.sentence === sentence; end++) {
    const t = tokens[end]!;
    if (punctIn(t, COMMA_BIT)) return end;
    // An auxiliary (`a coûté`, where `a` reads as `à`) makes it the content's own verb.
    if (t.kind !== 'word' || ctx.cueOfToken[end] || lex.complementizers.hasWord(t) || lex.pronouns.hasWord(t) || lex.compoundAuxiliaries.hasWord(t)) return -1;
  }
  return -1;
}

/**
 * `À la fin de leur entretien, X glisse : «...»`: before a subject and its verb, a phrase that opens with
 * a preposition and holds no comma sets the scene of the sentence; it is not what was said.
 */
export function setsScene(ctx: QuoteContext, from: number, comma: number): boolean {
  const head = ctx.tokens[from];
  if (!ctx.lex.scenePrepositions.hasWord(head) && !ctx.lex.timeWords.hasWord(head)) return false;
  for (let k = from + 1; k < comma; k++) if (punctIn(ctx.tokens[k], COMMA_BIT)) return false;
  return true;
}

/** Words after a quotation's closing mark that make the clause more than that quotation. */
const MIN_WORDS_PAST_MARK = 2;

/**
 * `«C'est le même homme» qui a volé les voitures, a affirmé le préfet`: a clause that opens with a
 * quotation and ends on words of the writer's own reports speech and quotes only a part of it; one
 * that ends on a quotation (`«A» voulu par X, «B», a-t-il dit`) is those quotations.
 */
export function quotesPart(ctx: QuoteContext, open: number, comma: number): boolean {
  const pair = ctx.pairOfToken[open];
  if (!pair || pair.family.weak) return false;
  let words = 0;
  for (let k = comma - 1; k > open && !ctx.markOfToken[k]; k--) {
    // `«A», «B», avaient crié des manifestants qui ..., selon X`: the quotations have a cue of their own.
    if (ctx.cueOfToken[k]) return false;
    if (ctx.tokens[k]!.kind === 'word') words++;
  }
  return words >= MIN_WORDS_PAST_MARK;
}

const BRACKETS = '()';
/** Tokens looked back over from an inline `selon` for the relative it vouches for. */
const RELATIVE_REACH = 24;

/**
 * `l'acte dix, qui a réuni 84 000 personnes selon les chiffres officiels, ...`: a `selon X` inside a
 * relative clause, with no comma before it, vouches for that relative alone, and X's mention ends at a
 * comma, a bracket or the end of the sentence.
 */
export function relativeVouched(ctx: QuoteContext, cue: Cue, found: SpeakerFound) {
  const { tokens, lex } = ctx;
  const sentence = tokens[cue.first]!.sentence;
  if (lex.relatives.size === 0 || !found.speaker || tokenAt(ctx, cue.first - 1)?.kind !== 'word') return null;
  const tail = tokens[found.after];
  if (tail && tail.sentence === sentence && !isPunct(tail, COMMA_OR_TERMINAL + BRACKETS)) return null;
  for (let k = cue.first - 1; k >= 0 && k >= cue.first - RELATIVE_REACH && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    // `(51 400 selon la police)`: a figure in brackets, given by its source.
    if (isPunct(t, '(') && isPunct(tail, ')') && k + 1 < cue.first) return trimClause(ctx, { start: tokens[k + 1]!.start, end: tokenAt(ctx, cue.first - 1)!.end });
    if ((t.kind === 'punct' && !ctx.markOfToken[k]) || ctx.cueOfToken[k]) return null;
    if (t.kind === 'word' && lex.relatives.hasWord(t)) {
      const clause = trimClause(ctx, { start: t.start, end: tokenAt(ctx, cue.first - 1)!.end });
      return hasWords(ctx, clause, 4) ? clause : null;
    }
  }
  return null;
}

/**
 * `..., s'appuyant sur un rapport`, `..., se disant prêt`: after a comma a present participle with a
 * pronoun before it says how the speaker acted; the reported content has ended. A bare one (`, allant
 * de ... à ...`) may still describe what was reported.
 */
export function isGerund(ctx: QuoteContext, k: number): boolean {
  const { tokens, lex } = ctx;
  const ending = lex.source.gerundEnding;
  if (ending === undefined || !(lex.objectClitics.hasWord(tokens[k]) || lex.infinitiveLeads.hasWord(tokens[k]))) return false;
  const t = tokens[k + 1];
  if (t?.kind !== 'word' || t.norm.length < ending.length + 3 || !t.norm.endsWith(ending)) return false;
  return !lex.stops.hasWord(t) && !lex.notGerunds.hasWord(t) && startsLower(ctx.text, t.start, t.end);
}

