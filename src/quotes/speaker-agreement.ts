import type { Mention, QuoteContext } from './context.js';
import type { Cue } from './find-cues.js';
import type { SpeakerFound } from './find-speaker.js';
import { FEMININE, MASCULINE, PLURAL, SINGULAR, type CompiledAgreement } from './lang/agreement.js';
import type { CompiledLexicon } from './lang/index.js';
import { startsUpper } from './word-case.js';
import { normaliseWord } from './normalise.js';

/** Words of a mention looked at for a title that gives its gender (`Mrs Adler`, `la ministre`, `السيدة`). */
const TITLE_REACH = 2;

/**
 * What an implicit cue says of its speaker: the gender and number of its pronoun (`she`, the `elle` of
 * `a-t-elle`, `هي`), or of the verb's own inflection where the verb agrees (`وأضافت`, `وأضافوا`).
 */
export function cueMarks(ctx: QuoteContext, cue: Cue, found: SpeakerFound): number {
  if (found.pronoun) return pronounMarks(ctx, normaliseWord(ctx.text.slice(found.pronoun.start, found.pronoun.end)));
  return cue.kind === 'verb' ? verbMarks(ctx, ctx.tokens[cue.head]!.norm) : 0;
}

function pronounMarks(ctx: QuoteContext, word: string): number {
  const a = ctx.agreement;
  let marks = 0;
  if (a.feminine.has(word)) marks |= FEMININE;
  if (a.masculine.has(word)) marks |= MASCULINE;
  if (a.plural.has(word)) marks |= PLURAL;
  else if (marks !== 0) marks |= SINGULAR;
  return marks;
}

/**
 * The subject a verb of saying agrees with, read off its form: `قالت` is `قال` with a feminine ending,
 * `تقول` is `يقول` with the feminine prefix, `قالوا` is plural. Only forms whose base is a listed cue
 * count, so a verb that merely ends in the letter (`لفت`) stays masculine.
 */
export function verbMarks(ctx: QuoteContext, word: string): number {
  if (ctx.agreement.data.feminineEndings.length === 0) return 0;
  // A cue's verb is a lexicon word with its prefixes: few forms, each read once per lexicon.
  let memo = VERB_MARKS.get(ctx.lex);
  if (memo === undefined) VERB_MARKS.set(ctx.lex, (memo = new Map()));
  let byAgreement = memo.get(ctx.agreement);
  if (byAgreement === undefined) memo.set(ctx.agreement, (byAgreement = new Map()));
  let marks = byAgreement.get(word);
  if (marks === undefined) byAgreement.set(word, (marks = readVerbMarks(ctx, word)));
  return marks;
}

/** verbMarks of each verb form, by lexicon and agreement (both made once per language and kept). */
const VERB_MARKS = new Map<CompiledLexicon, Map<CompiledAgreement, Map<string, number>>>();

function readVerbMarks(ctx: QuoteContext, word: string): number {
  const { data } = ctx.agreement;
  const listed = (w: string) => ctx.lex.phrases.has(w);
  let verb = word;
  for (const p of ctx.lex.prefixes) if (word.startsWith(p) && listed(word.slice(p.length))) verb = word.slice(p.length);
  if (!listed(verb)) return 0;
  if (ctx.agreement.femininePluralVerbs.has(verb)) return FEMININE | PLURAL;
  for (const e of data.pluralEndings) if (verb.endsWith(e) && verb.length > e.length + 1) return PLURAL;
  for (const e of data.feminineEndings) if (verb.endsWith(e) && listed(verb.slice(0, -e.length))) return FEMININE | SINGULAR;
  const fem = data.femininePresentPrefix;
  if (fem && verb.startsWith(fem) && listed(data.masculinePresentPrefix + verb.slice(fem.length))) return FEMININE | SINGULAR;
  return MASCULINE | SINGULAR;
}

/** The gender a mention's title gives it, and, for an explicit subject of an agreeing verb, the verb's gender. */
export function mentionMarks(ctx: QuoteContext, mention: Mention, cue: Cue | null): number {
  const a = ctx.agreement;
  let marks = 0;
  for (let k = mention.first; k <= mention.last && k < mention.first + TITLE_REACH; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word') continue;
    if (a.feminineTitles.hasWord(t)) { marks = FEMININE; break; }
    if (a.masculineTitles.hasWord(t)) { marks = MASCULINE; break; }
  }
  if (a.data.nounNumber) marks |= nounNumber(ctx, mention, marks !== 0);
  // `des gilets jaunes` are no `il`; `le ministre` no `ils`.
  const article = ctx.tokens[mention.first];
  if (a.pluralArticles.hasWord(article)) marks |= PLURAL;
  else if (a.singularArticles.hasWord(article)) marks |= SINGULAR;
  // A verb before its subject agrees in gender only (`قال المسؤولون`): its number says nothing.
  // A relaying verb (`ونقلت وكالة ... عن مصدر`) agrees with the outlet, not with the speaker it relays.
  const relays = cue !== null && ctx.lex.prefixedRelayCues.hasWord(ctx.tokens[cue.head]!);
  if (marks === 0 && cue && cue.kind === 'verb' && !relays) marks = verbMarks(ctx, ctx.tokens[cue.head]!.norm) & (FEMININE | MASCULINE);
  return marks;
}

/**
 * English number read off a mention (issue 15): `officials`, `police`, `Burton and Nick` are plural, `the
 * minister` and a titled name singular; a bare name or a body (`the government`) says nothing.
 */
function nounNumber(ctx: QuoteContext, mention: Mention, titled: boolean): number {
  const { tokens, lex } = ctx;
  let head = -1;
  for (let k = mention.first; k <= mention.last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    // `Burton and Nick`, `the premier and many allies`; `its president and rector` is one person.
    const next = tokens[k + 1];
    if (lex.conjunctions.hasWord(t) && next !== undefined && (startsUpper(ctx.text, next.start, next.end) || lex.determiners.hasWord(next))) return PLURAL;
    // The head stands before `of` (`the head of the League`) or another link (`the men in the car`).
    if ((lex.nameConnectors.hasWord(t) || lex.phraseLinks.hasWord(t)) && head >= 0) break;
    head = k;
  }
  if (head < 0) return 0;
  const t = tokens[head]!;
  if (startsUpper(ctx.text, t.start, t.end)) return titled ? SINGULAR : 0;
  const w = t.norm;
  if (lex.speakerNouns.hasWord(t) || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))) return PLURAL;
  return lex.descriptionHeads.hasWord(t) || lex.titles.hasWord(t) ? SINGULAR : 0;
}
