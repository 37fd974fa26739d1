import type { Attribution, QuoteContext } from './context.js';
import { attribution, COMMA_OR_TERMINAL, COMMA_TERMINAL_OR_COLON, isPunct, tokenIndexAt } from './context.js';
import type { Cue } from './find-cues.js';
import { infinitive, mentionBefore, type SpeakerFound, type Speakers } from './find-speaker.js';
import { isAddressee, tokenHasDigit } from './read-mention.js';
import { infinitiveClauseStart } from './infinitive-complement.js';
import { addresseeClauseStart } from './addressee-clause.js';
import { startsLower } from './word-case.js';
import { breaksClause } from './clause-breaks.js';
import { afterDateline, hasWords, trimClause } from './clause.js';
import { quotesPart, relativeVouched, setsScene, sourceTailEnd } from './clause-bounds.js';
import { COLON_BIT, COMMA_BIT, TERMINAL_BIT, markAt, pairAt, punctIn, tokenAt } from './token-at.js';
import type { CompiledLexicon } from './lang/index.js';
import { NormFilter } from './normalise.js';

/** How far after a cue and its speaker a complementizer may stand (`said in a statement on Monday that`). */
const COMPLEMENTIZER_WINDOW = 14;
/** Longest reported clause, in tokens: keeps a run-on sentence of a megabyte from being rescanned per cue. */
const MAX_CLAUSE_TOKENS = 150;
/** How many words of time or place may follow an inverted cue before its sentence ends (`, officials said earlier.`). */
const TAIL_WINDOW = 3;
const PHRASE_TAIL_WINDOW = 7;

/**
 * Indirect speech: a cue, its speaker and a content clause. The clause follows a complementizer
 * (أن / that / que), follows a bare saying verb (`said he would`), follows a fronted `according to X,`,
 * or comes first and is attributed after a comma (`..., officials said.`).
 */
export function findIndirect(ctx: QuoteContext, speakers: Speakers): Attribution[] {
  const out: Attribution[] = [];
  for (const cue of ctx.cues) {
    const found = speakers.get(cue)!;
    const clause = clauseAfter(ctx, cue, found) ?? clauseBefore(ctx, cue, found);
    if (clause) out.push(attribution('indirect', clause, cue, null, found.speaker, found.implicit));
  }
  return out;
}

function clauseAfter(ctx: QuoteContext, cue: Cue, found: SpeakerFound) {
  const { tokens, lex } = ctx;
  const sentence = tokens[cue.head]!.sentence;
  if (cue.kind === 'preposition') {
    // `X, selon lequel ...`: a relative cue is followed by its clause at once.
    if (lex.pronouns.hasWord(tokens[cue.last]!)) return clauseFrom(ctx, cue.last + 1, sentence);
    return fronted(ctx, cue, found);
  }
  const infinitiveStart = infinitiveClauseStart(ctx, cue, found.after);
  if (infinitiveStart >= 0) return clauseFrom(ctx, infinitiveStart, sentence);
  const toldStart = addresseeClauseStart(ctx, cue, found.after);
  if (toldStart >= 0) return clauseFrom(ctx, toldStart, sentence);
  const searchFrom = afterSpeakerRelative(ctx, found.after, sentence);
  for (let k = searchFrom; k < tokens.length && k < searchFrom + COMPLEMENTIZER_WINDOW; k++) {
    const t = tokens[k]!;
    const other = ctx.cueOfToken[k];
    if (t.sentence !== sentence || punctIn(t, TERMINAL_BIT | COLON_BIT) || (other && k > cue.last && other.kind !== 'preposition')) break;
    // `بحسب ما أوضحت النيابة، علما أن ...`: after a comma, a clause breaker opens the writer's own aside
    // (one that is a preposition, `، في بيان إن`, only sets the scene of this cue).
    if (!lex.source.subjectFirst && punctIn(t, COMMA_BIT) && lex.clauseBreakers.hasWord(tokens[k + 1]) && !lex.stops.hasWord(tokens[k + 1])) break;
    // `urged the world to act ... that`: the complementizer after an infinitive belongs to that verb.
    if (infinitive(ctx, k)) break;
    // A quotation (not a name in marks, `لـ"رويترز"`) between the cue and a complementizer is the speech itself.
    if (ctx.markOfToken[k] === 'open' && opensSpeech(ctx, k)) break;
    if (t.kind === 'word' && lex.complementizers.hasWord(t)) {
      if (lex.conjunctionHeads.hasWord(tokenAt(ctx, k - 1))) break; // `alors que`: a conjunction, not speech
      return clauseFrom(ctx, k + 1, sentence);
    }
    // `said he would`, `said the talks had failed`: a pronoun or determiner right after a bare verb opens the clause itself.
    if (k === found.after && (lex.pronouns.hasWord(t) || lex.determiners.hasWord(t)) && lex.bareClauseVerbs.hasWord(tokens[cue.head]!)) break;
  }
  const first = tokens[cue.last + 1];
  const bare = lex.bareClauseVerbs.hasWord(tokens[cue.head]!) && found.after === cue.last + 1 + (found.implicit && lex.pronouns.hasWord(first) && !lex.source.subjectFirst ? 1 : 0);
  if (!bare || !first || first.kind !== 'word' || first.sentence !== sentence) return null;
  const joiner = lex.nameConnectors.hasWord(first) || lex.infinitiveMarkers.hasWord(first);
  // `said of her`, `urged to`; but a subject pronoun opens the clause (`said it would appeal`).
  if ((lex.stops.hasWord(first) && !lex.pronouns.hasWord(first)) || joiner || ctx.cueOfToken[cue.last + 1]) return null;
  if (found.speaker && found.speaker.first > cue.last) return null; // inverted `said X`: the clause came first
  return clauseFrom(ctx, cue.last + 1, sentence);
}

/** Longest relative clause read over between a speaker and its complementizer, in tokens. */
const MAX_RELATIVE_TOKENS = 30;

/**
 * `وأشار ترامب الذي سعى في السابق إلى ...، إلى أن`: a relative clause describing the speaker stands
 * between it and the speech; the search for the complementizer starts at the comma that closes it.
 */
function afterSpeakerRelative(ctx: QuoteContext, k: number, sentence: number): number {
  const { tokens, lex } = ctx;
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word' || !relativesFilter(lex).mayHave(t.hash) || !lex.subjectRelatives.has(t.norm)) return k;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_RELATIVE_TOKENS; j++) {
    const u = tokens[j]!;
    if (u.sentence !== sentence || punctIn(u, TERMINAL_BIT | COLON_BIT) || ctx.markOfToken[j] !== undefined || ctx.cueOfToken[j] !== undefined) return k;
    if (punctIn(u, COMMA_BIT)) return j + 1;
  }
  return k;
}

/**
 * A hash filter over the lexicon's subject relatives, made once per lexicon: asked of the word after every
 * cue's speaker, it answers "no" without making that word's matching form.
 */
export function relativesFilter(lex: CompiledLexicon): NormFilter {
  let filter = RELATIVES_FILTERS.get(lex);
  if (filter === undefined) RELATIVES_FILTERS.set(lex, (filter = new NormFilter(lex.subjectRelatives.keys())));
  return filter;
}
const RELATIVES_FILTERS = new WeakMap<CompiledLexicon, NormFilter>();

/** `According to X, ...`, `حسب X، ...`, `D'après X, ...` at the head of a sentence. */
function fronted(ctx: QuoteContext, cue: Cue, found: SpeakerFound) {
  const { tokens } = ctx;
  const sentence = tokens[cue.head]!.sentence;
  const before = tokenAt(ctx, cue.first - 1);
  if (before && before.sentence === sentence && !(before.kind === 'word' && ctx.lex.conjunctions.hasWord(before))) return null;
  if (!found.speaker) return null;
  const comma = punctIn(tokens[found.speaker.last + 1], COMMA_BIT) ? found.speaker.last + 1 : sourceTailEnd(ctx, found.speaker.last + 1, sentence);
  if (comma < 0) return null;
  // `وحسب الإصلاحات المرتقب تطبيقها، فإن`: a rule or a plan the sentence follows has said nothing.
  if (silent(ctx, found.speaker.first, found.speaker.last)) return null;
  // `ووفقا للإدارة، فإن ...`: the complementizer that opens the clause is not part of it.
  let from = afterApposition(ctx, comma + 1, sentence);
  const opener = tokens[from];
  if (opener?.kind === 'word' && (ctx.lex.complementizers.hasWord(opener) || prefixedComplementizer(ctx, opener.norm))) from++;
  return clauseFrom(ctx, from, sentence);
}

/** `فإن`: a complementizer behind one of the cue prefixes. */
function prefixedComplementizer(ctx: QuoteContext, norm: string): boolean {
  const { prefixes, complementizers } = ctx.lex;
  for (let i = 0; i < prefixes.length; i++) if (norm.startsWith(prefixes[i]!) && complementizers.has(norm.slice(prefixes[i]!.length))) return true;
  return false;
}

/** Whether a complementizer lies among tokens [from, end). */
function holdsComplementizer(ctx: QuoteContext, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (ctx.lex.complementizers.hasWord(ctx.tokens[k])) return true;
  return false;
}

/** Whether the source's head, first (`الخطة المعلنة`, `the law`) or last (`the new rules`), is a rule or a plan. */
function silent(ctx: QuoteContext, first: number, last: number): boolean {
  const { tokens, lex } = ctx;
  const head = lex.determiners.hasWord(tokens[first]) ? tokens[first + 1] : tokens[first];
  return lex.silentSources.hasWord(head) || lex.silentSources.hasWord(tokens[last]);
}

/** Longest apposition after a fronted source, in tokens. */
const MAX_APPOSITION_TOKENS = 16;

/**
 * `Selon Anne Roy, porte-parole du syndicat, la grève ...`: a comma group that opens with a bare common
 * noun (no determiner, pronoun or capital, which is how a clause's subject starts) describes the source.
 */
function afterApposition(ctx: QuoteContext, k: number, sentence: number): number {
  const { tokens, lex } = ctx;
  const head = tokens[k];
  if (!head || head.kind !== 'word' || !startsLower(ctx.text, head.start, head.end) || tokenHasDigit(ctx, head)) return k;
  if (lex.determiners.hasWord(head) || lex.pronouns.hasWord(head) || lex.stops.hasWord(head) || ctx.cueOfToken[k]) return k;
  for (let end = k + 1; end < tokens.length && end <= k + MAX_APPOSITION_TOKENS && tokens[end]!.sentence === sentence; end++) {
    const t = tokens[end]!;
    if (punctIn(t, COMMA_BIT)) return end + 1;
    if (t.kind === 'punct' && !ctx.markOfToken[end] || ctx.cueOfToken[end] || lex.complementizers.hasWord(t)) return k;
  }
  return k;
}

/** `The plane disappeared, officials said.` / `..., a précisé le parquet.` / `...، وفقا لما ذكرته الوزارة.` */
function clauseBefore(ctx: QuoteContext, cue: Cue, found: SpeakerFound) {
  const { tokens, lex } = ctx;
  const sentence = tokens[cue.head]!.sentence;
  if (sentence < 0 || cue.kind === 'participle') return null;
  const adjacent = found.speaker && !found.implicit && found.speaker.last < cue.first;
  let speakerFirst = adjacent ? found.speaker!.first : cue.first;
  if (lex.pronouns.hasWord(tokenAt(ctx, speakerFirst - 1))) speakerFirst--;
  // `..., the newspaper reported, citing police.`: the speaker is the cited source, the subject still stands before.
  if (!adjacent && !punctIn(tokenAt(ctx, speakerFirst - 1), COMMA_BIT) && found.speaker && found.speaker.first > cue.last) {
    const subject = mentionBefore(ctx, cue.first);
    if (subject) speakerFirst = subject.first;
  }
  const comma = speakerFirst - 1;
  if (!punctIn(tokenAt(ctx, comma), COMMA_BIT)) return cue.kind === 'preposition' ? relativeVouched(ctx, cue, found) : null;
  let end = found.after;
  // `, the company said in a statement on Monday.`: a prepositional phrase may run a little longer.
  const window = lex.stops.hasWord(tokens[found.after]) ? PHRASE_TAIL_WINDOW : TAIL_WINDOW;
  while (end < tokens.length && end < found.after + window && tokens[end]!.sentence === sentence && tokens[end]!.kind === 'word' && !ctx.cueOfToken[end]) end++;
  const tail = tokens[end];
  // `..., a affirmé le ministre : «...»`: an inverted subject may hand over to a quotation after a colon.
  const inverted = found.speaker !== null && found.speaker.first > cue.last;
  if (tail && tail.sentence === sentence && !isPunct(tail, inverted ? COMMA_TERMINAL_OR_COLON : COMMA_OR_TERMINAL)) return null;
  const s = ctx.sentences[sentence]!;
  const sentenceStart = tokenIndexAt(tokens, s.start);
  if (sentenceStart < comma - MAX_CLAUSE_TOKENS) return null;
  let opening = afterDateline(ctx, sentenceStart, comma);
  if (cue.kind === 'preposition') opening = relativeBefore(ctx, opening, comma);
  const clause = trimClause(ctx, { start: tokens[opening]!.start, end: tokens[comma]!.start });
  // A clause that opens with a mark is a direct quote, and one opening with a cue is attributed already.
  let from = tokenIndexAt(tokens, clause.start);
  if (lex.prefixes.includes(tokens[from]?.norm ?? '') || lex.conjunctions.hasWord(tokens[from])) from++;
  if ((ctx.markOfToken[from] === 'open' && !quotesPart(ctx, from, comma)) || ctx.cueOfToken[from]) return null;
  // A sentence cut inside a quotation (`«A. B», a-t-il dit`) is the end of that quotation, not a clause.
  const closing = pairAt(ctx, comma - 1);
  if (markAt(ctx, comma - 1) === 'close' && closing && closing.open < clause.start) return null;
  if (!lex.source.subjectFirst && cue.kind === 'verb') return null; // Arabic puts verbs first; a trailing one starts a new clause
  if (adjacent && setsScene(ctx, from, comma)) return null;
  // `le ministre, Paul Martin, a annoncé`: a name set off by commas ends its description, not reported content.
  if (adjacent && punctIn(tokens[found.speaker!.last + 1], COMMA_BIT)) return null;
  return hasWords(ctx, clause, 4) ? clause : null;
}

/**
 * `une manifestation qui a réuni 6000 personnes, selon la préfecture`: a trailing `selon` / `according to`
 * vouches for the relative clause it follows, when no comma stands between that relative and it nor before it.
 */
function relativeBefore(ctx: QuoteContext, from: number, comma: number): number {
  const { tokens, lex } = ctx;
  for (let k = comma - 1; k > from; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && !ctx.markOfToken[k]) return from;
    // `the phone, which was in his pocket, according to X`: a relative set off by a comma is an aside of the whole.
    if (t.kind === 'word' && lex.relatives.hasWord(t)) return punctIn(tokenAt(ctx, k - 1), COMMA_BIT) ? from : k;
  }
  return from;
}

function clauseFrom(ctx: QuoteContext, k: number, sentence: number) {
  const { tokens } = ctx;
  if (!tokens[k] || tokens[k]!.sentence !== sentence) return null;
  let end = k;
  while (end < tokens.length && end - k < MAX_CLAUSE_TOKENS && tokens[end]!.sentence === sentence && !breaksClause(ctx, end, k)) end++;
  // `ذكرت الوزارة إن الرئيس، فلان، قال ...`: what follows the complementizer is the subject of the next cue.
  const next = tokens[end]?.sentence === sentence ? ctx.cueOfToken[end] ?? ctx.cueOfToken[end + 1] : undefined;
  // A verb with its conjunction (`ونقلت`) opens a report of its own instead.
  if (next && next.kind === 'verb' && !ctx.lex.prefixedCueWords.has(tokens[next.first]!.norm) && end - k <= 8 && !holdsComplementizer(ctx, k, end)) return null;
  const clause = trimClause(ctx, { start: tokens[k]!.start, end: tokenAt(ctx, end - 1)!.end });
  return hasWords(ctx, clause, 2) ? clause : null;
}

function opensSpeech(ctx: QuoteContext, k: number): boolean {
  const pair = ctx.pairOfToken[k];
  if (!pair) return false;
  // `لـ(عكاظ)`: brackets glued to an addressee's preposition hold the outlet's name, not speech.
  const before = tokenAt(ctx, k - 1);
  if (pair.family.weak && before?.kind === 'word' && before.end === ctx.tokens[k]!.start && isAddressee(ctx, before)) return false;
  if (pair.family.weak) return true;
  let words = 0;
  for (let i = k + 1; i < ctx.tokens.length && ctx.tokens[i]!.start < pair.close && words < 3; i++) if (ctx.tokens[i]!.kind === 'word') words++;
  return words >= 3;
}
