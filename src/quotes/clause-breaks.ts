/**
 * Where a reported clause stops before the end of its sentence: the next attribution (`, adding`, `، مبينا`,
 * `et affirmant`, `، بحسب`), a colon handing over to new speech, a writer's `but`, an emoji between the units
 * of a post. find-indirect.ts reads clauses up to the first token this says breaks one.
 */
import type { QuoteContext } from './context.js';
import type { Token } from './tokenize.js';
import { isClockTime } from './clause.js';
import { isGerund } from './clause-bounds.js';
import { endsWithOneOf } from './read-mention.js';
import { COLON_BIT, COMMA_BIT, TERMINAL_BIT, punctIn, tokenAt } from './token-at.js';

/** A clause ends where the next attribution starts: `, adding`, `، مبينا`, `et affirmant`, `، بحسب`, `, but`. */
export function breaksClause(ctx: QuoteContext, k: number, start: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k]!;
  if (k === start) return false;
  if (t.kind === 'word') {
    // `أن اليونان اتخذت الإجراءات فيما كان قد قال مصدر إنها`: a breaker that opens another verb of saying ends the clause;
    // `claimed that protesters are chanting "..." but a video appears to show`: `but` before a new subject is the writer's.
    if (ctx.lex.clauseBreakers.hasWord(t)) {
      if (!ctx.lex.source.subjectFirst ? opensReport(ctx, k + 1) : ctx.lex.conjunctions.hasWord(t) && opensSubject(ctx, k + 1)) return true;
    }
    // Asked of every token of a clause, most of them words: besides a breaker, only a cue can end the clause at one.
    return ctx.cueOfToken[k] !== undefined && cueBreaks(ctx, k, t);
  }
  if (punctIn(t, COLON_BIT) && !isClockTime(ctx, k)) return true; // a colon hands over to new speech
  // `...to Germany.“ has injected ...”`: a full stop glued to an opening mark ends the sentence the split missed.
  if (punctIn(t, TERMINAL_BIT) && ctx.markOfToken[k + 1] === 'open') return true;
  // `... رقابة قضائية ****🎥**** لقطات نادرة`: an emoji in a post separates its units.
  if (t.kind === 'punct' && isEmojiCode(t.code)) return true;
  if (punctIn(t, COMMA_BIT)) {
    const next = tokens[k + 1];
    const cue = ctx.cueOfToken[k + 1];
    if (cue && cue.kind !== 'verb') return true;
    if (next?.kind === 'word' && ctx.lex.clauseBreakers.hasWord(next)) return true;
    if (next?.kind === 'word' && isCircumstantial(ctx, next)) return true;
    if (next?.kind === 'word' && isGerund(ctx, k + 1)) return true;
    // `..., and asked for a delay`: a second predicate of the main clause, not reported content.
    const then = tokens[k + 2];
    if (next?.kind === 'word' && ctx.lex.conjunctions.hasWord(next) && then && endsWithOneOf(then.norm, ctx.lex.verbEndings, -1)) return true;
    if (cue && !ctx.lex.source.subjectFirst) return true;
    return false;
  }
  return cueBreaks(ctx, k, t);
}

/** Whether the cue that starts at token k (if one does) opens an attribution of its own. */
function cueBreaks(ctx: QuoteContext, k: number, t: Token): boolean {
  const { tokens } = ctx;
  const cue = ctx.cueOfToken[k];
  if (cue === undefined || cue.first !== k) return false;
  // `claimed that protesters are chanting "..."`: after a form of `be` it is the clause's own verb, not an adjunct.
  if (cue.kind === 'participle') return !(ctx.lex.source.subjectFirst && ctx.lex.passiveAuxiliaries.hasWord(tokenAt(ctx, k - 1)));
  // `... وقال إن ...`: a new verb of saying, opening its own clause after a conjunction, starts a new report.
  const after = tokens[cue.last + 1];
  const norm = t.norm;
  const joined = punctIn(tokenAt(ctx, k - 1), COMMA_BIT) || ctx.lex.prefixedCueWords.has(norm);
  // `... لم يكن مخمورا ونقلت وكالة X عن Y`: where verbs come first, a verb of saying with its conjunction
  // opens a new report whatever follows it.
  if (joined && cue.kind === 'verb' && !ctx.lex.source.subjectFirst && ctx.lex.prefixedCueWords.has(norm)) return true;
  return joined && after !== undefined && (ctx.lex.complementizers.hasWord(after) || punctIn(after, COLON_BIT) || ctx.markOfToken[cue.last + 1] === 'open');
}

/** A determiner or a subject pronoun at token k, as a new clause's subject starts. */
function opensSubject(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && t.kind === 'word' && (ctx.lex.determiners.hasWord(t) || (ctx.lex.pronouns.hasWord(t) && !ctx.lex.commaRelatives.hasWord(t)));
}

/** Whether a verb of saying starts at token k, behind a past-perfect copula and particle (`كان قد قال`). */
function opensReport(ctx: QuoteContext, k: number): boolean {
  const { tokens, lex } = ctx;
  let j = k;
  while (j < k + 2 && (lex.perfectCopulas.hasWord(tokens[j]) || lex.perfectParticles.hasWord(tokens[j]))) j++;
  const cue = ctx.cueOfToken[j];
  return cue !== undefined && cue.first === j && cue.kind === 'verb';
}

/**
 * `...، مشيدا بالنتائج`: after a comma, an indefinite participle in the accusative (Arabic `م...ا`, a ḥāl)
 * says how the speaker acted; the reported content has ended.
 */
function isCircumstantial(ctx: QuoteContext, t: Token): boolean {
  const affixes = ctx.lex.source.circumstantialAffixes;
  if (affixes === undefined || t.end - t.start < MIN_CIRCUMSTANTIAL_LETTERS) return false;
  // Read off the text, not the matching form: this is asked at every comma inside a clause.
  const { text } = ctx;
  if (text.charCodeAt(t.start) !== affixes[0].charCodeAt(0)) return false;
  let end = t.end - 1;
  while (end > t.start && text.charCodeAt(end) >= TANWEEN_FATH && text.charCodeAt(end) <= SUKUN) end--;
  return end - t.start + 1 >= MIN_CIRCUMSTANTIAL_LETTERS && text.charCodeAt(end) === affixes[1].charCodeAt(0);
}
/** A pictograph: the first half of a surrogate pair (most emoji) or a dingbat of the basic plane. */
function isEmojiCode(code: number): boolean {
  return (code >= 0xd83c && code <= 0xd83e) || (code >= 0x2600 && code <= 0x27bf);
}

/** The Arabic vowel signs written after a final letter (fathatan `ً` to sukun): `مشيداً` ends in alif. */
const TANWEEN_FATH = 0x064b;
const SUKUN = 0x0652;
const MIN_CIRCUMSTANTIAL_LETTERS = 5;
