import type { Sentence } from '../sentences/index.js';
import type { Span } from '../text/span.js';
import { attributeDirect } from './attribute-direct.js';
import type { Attribution, QuoteContext } from './context.js';
import { contextOf, spanIndexAt, tokenIndexAt } from './context.js';
import { findCues, type Cue } from './find-cues.js';
import { findIndirect } from './find-indirect.js';
import { findSpeaker, Speakers, type SpeakerFound } from './find-speaker.js';
import { agreementFor, type CompiledAgreement } from './lang/agreement.js';
import { lexiconFor, type CompiledLexicon } from './lang/index.js';
import { mayOpenQuote, pairStops, type MarkPair } from './pair-marks.js';
import { attributeImpersonalSources } from './impersonal-source.js';
import { ResolutionLog, resolveAgain, resolveImplicitSpeakers } from './resolve-implicit-speaker.js';
import { attributeFromNextSentence } from './attributed-next-sentence.js';
import { continueAcrossParagraphs } from './follow-on-quote.js';
import { continueInterrupted, firstStartingAt, sortedByStart } from './split-interrupted.js';
import { tokenize, type Token } from './tokenize.js';
import { findColonSpeech } from './unmarked-colon-speech.js';
import { findUnclosed } from './unclosed-quote.js';
import { splitAtIncise } from './incise-in-marks.js';
import { nestedIndirect } from './nested-speech.js';
import { markAt } from './token-at.js';
import { toQuotes, type Quote } from './to-quotes.js';

export type { Quote } from './to-quotes.js';

/**
 * Finds direct and indirect quotes with their speaker and cue. `sentences` are the body sentences (sorted),
 * `regions` the body regions; spans are UTF-16 indices into `text`.
 *
 * Passes, in order: tokenize → pair marks → find cues → find each cue's speaker → resolve implicit
 * speakers → indirect clauses → direct quotes (marks with a cue) → interrupted quotes → unmarked colon
 * speech. Each pass lives in its own file; language knowledge comes from lang/. With `anyLanguage` (the
 * language is a guess, as on a line or two of text) the cues and marks of every language are read.
 */
export function findQuotes(text: string, sentences: readonly Sentence[], language: string, regions: readonly Span[], anyLanguage = false): Quote[] {
  const ctx = buildContext(text, sentences, lexiconFor(language, anyLanguage), agreementFor(language), regions);
  // Each cue's own speaker, by the cue's index: a second resolution (reresolve) starts again from these.
  const own: SpeakerFound[] = new Array(ctx.cues.length);
  for (let i = 0; i < ctx.cues.length; i++) own[i] = findSpeaker(ctx, ctx.cues[i]!);
  attributeImpersonalSources(ctx, own);
  const speakers = Speakers.of(ctx.cues, own);
  const log = new ResolutionLog();
  resolveImplicitSpeakers(ctx, speakers, log);
  const clauses = findIndirect(ctx, speakers);
  const direct = attributeDirect(ctx, speakers, clauses);
  // Lists joined with concat: a spread walks the iteration protocol, element by element.
  const interrupted = outsideOtherClauses(continueInterrupted(ctx, direct.concat(clausesEndingInQuote(ctx, clauses))), clauses);
  const nextSentence = attributeFromNextSentence(ctx, speakers, direct.concat(interrupted));
  const continued = interrupted.concat(nextSentence, continueAcrossParagraphs(ctx, direct.concat(interrupted, nextSentence)));
  const colon = findColonSpeech(ctx, speakers);
  const unclosed = findUnclosed(ctx, speakers);
  const indirect = withoutQuotedClauses(clauses, direct.concat(unclosed));
  const incise = splitAtIncise(ctx, ctx.quotedCues);
  const marked = withoutSplit(direct, incise.split).concat(incise.quotes, withoutSplit(continued, incise.split), unclosed);
  const found = dedupe(marked.concat(indirect, outside(colon, marked), nestedIndirect(ctx)));
  reresolve(ctx, speakers, log, own, found);
  return toQuotes(found, sentences);
}

/**
 * Implicit speakers again, now that the quotes are known: a cue that attributes no quote (a denial of a
 * noun phrase, a cue inside a scare quote) is no antecedent for the ones after it.
 */
function reresolve(ctx: QuoteContext, first: Speakers, log: ResolutionLog, own: readonly SpeakerFound[], found: Attribution[]): void {
  const { cues } = ctx;
  // Whether each cue (by index) attributes a quote.
  const spoken: number[] = new Array<number>(cues.length).fill(0);
  let lastImplicit = -1;
  const cueIndex = cueIndexer(cues);
  for (const q of found) {
    if (!q.cue) continue;
    const i = cueIndex(q.cue);
    if (i >= 0) spoken[i] = 1;
    if (q.implicit) lastImplicit = Math.max(lastImplicit, q.cue.start);
  }
  // Only a silent cue before an implicit quote can change what that quote's speaker resolves to.
  const silent = spoken.indexOf(0);
  if (silent < 0 || cues[silent]!.start > lastImplicit) return;
  const speakers = first.anew(own);
  // Cues after the last implicit quote's cannot change its speaker: the second pass stops there.
  resolveAgain(ctx, speakers, first, log, spoken, lastImplicit);
  for (const q of found) {
    if (!q.cue || !q.implicit) continue;
    const now = speakers.get(q.cue);
    if (now?.speaker) q.speaker = now.speaker;
  }
}

/**
 * A function from a cue to its index in the list, or -1 (a cue inside a quotation is in none): a binary
 * search by start, as cues come in text order; a map in case their starts are ever out of order.
 */
function cueIndexer(cues: readonly Cue[]): (cue: Cue) => number {
  let ordered = true;
  for (let i = 1; i < cues.length && ordered; i++) ordered = cues[i - 1]!.start < cues[i]!.start;
  if (!ordered) {
    const index = new Map(cues.map((cue, i) => [cue, i]));
    return (cue) => index.get(cue) ?? -1;
  }
  return (cue) => {
    const i = cueIndexAt(cues, cue.start);
    return cues[i] === cue ? i : -1;
  };
}

/** Tokens, mark pairs and cues, with per-token lookups the passes share. */
function buildContext(text: string, sentences: readonly Sentence[], lex: CompiledLexicon, agreement: CompiledAgreement, regions: readonly Span[]): QuoteContext {
  const stops: number[] = [];
  const tokens = tokenize(text, regions, sentences, stops);
  const pairs = pairStops(text, regions, stops);
  const markOfToken: ('open' | 'close' | undefined)[] = new Array(tokens.length);
  const pairOfToken: (MarkPair | undefined)[] = new Array(tokens.length);
  const openTokenOf: number[] = [];
  const closeTokenOf: number[] = [];
  for (const pair of pairs) {
    const open = tokenIndexAt(tokens, pair.open);
    const close = tokenIndexAt(tokens, pair.close);
    openTokenOf.push(open);
    closeTokenOf.push(close);
    markOfToken[open] = 'open';
    markOfToken[close] = 'close';
    pairOfToken[open] = pairOfToken[close] = pair;
  }
  // Words of saying inside a quotation belong to the quoted speaker's story, not to this report's.
  const quotedCues: Cue[] = [];
  const cues = withoutQuoted(findCues(tokens, lex, markOfToken, text), pairs, quotedCues);
  const cueOfToken: (Cue | undefined)[] = new Array(tokens.length);
  for (const cue of cues) for (let k = cue.first; k <= cue.last; k++) cueOfToken[k] = cue;
  const unpairedOpening = hasUnpairedOpening(text, tokens, stops, markOfToken);
  return contextOf({ text, tokens, sentences, lex, agreement, cues, quotedCues, cueOfToken, pairs, openTokenOf, closeTokenOf, markOfToken, pairOfToken, openings: [], unpairedOpening });
}

/**
 * Whether a mark that may open a quotation is a token of its own that paired with nothing. `stops` holds
 * every mark's offset (and line breaks'): a few per report, where asking each cue would read its tokens.
 */
function hasUnpairedOpening(text: string, tokens: readonly Token[], stops: readonly number[], markOfToken: readonly ('open' | 'close' | undefined)[]): boolean {
  for (const at of stops) {
    if (at < 0 || !mayOpenQuote(text.charCodeAt(at))) continue;
    const k = tokenIndexAt(tokens, at);
    if (tokens[k]?.start === at && tokens[k]!.kind === 'punct' && markOfToken[k] === undefined) return true;
  }
  return false;
}

/**
 * `RN “are the party of lies”, Guerini said. “We saw it ...”`: a clause that closes on its speaker's own
 * marked words is continued by the quotation after its cue, as a direct quote would be.
 */
function clausesEndingInQuote(ctx: QuoteContext, clauses: readonly Attribution[]): Attribution[] {
  return clauses.filter((c) => {
    // The clause takes its closing mark in, or stops just before it.
    const k = tokenIndexAt(ctx.tokens, c.span.end);
    return markAt(ctx, k - 1) === 'close' || (ctx.markOfToken[k] === 'close' && ctx.tokens[k]!.start - c.span.end <= 1);
  });
}

/**
 * `«A», conclut X. «B» en vue de ..., a indiqué Y`: a quotation inside another cue's reported clause is
 * part of that clause, not the earlier quote going on.
 */
function outsideOtherClauses(quotes: Attribution[], clauses: readonly Attribution[]): Attribution[] {
  if (quotes.length === 0) return quotes;
  return quotes.filter((q) => !clauses.some((c) => c.cue !== q.cue && c.span.start <= q.span.start && q.span.end <= c.span.end));
}

/** Drops the clauses that are one direct quote already; direct quotes are looked up by where they start. */
function withoutQuotedClauses(clauses: readonly Attribution[], direct: readonly Attribution[]): Attribution[] {
  if (direct.length === 0) return clauses.slice();
  // Direct quotes by start (a copy: the list's own order is kept for the caller), read by binary search.
  const sorted = sortedByStart(direct);
  return clauses.filter((c) => {
    const at = firstStartingAt(sorted, c.span.start);
    // The clause may start on the opening mark or just before it (`that “...”`).
    for (let i = at; i < sorted.length && sorted[i]!.span.start <= c.span.start + 2; i++) if (coversClause(sorted[i]!, c)) return false;
    return !mostlyQuoted(c, sorted, at);
  });
}

/**
 * `Après ces incidents, «...», selon un message`: a clause that is mostly one quotation of its own cue is
 * that direct quote with a few words of setting, not a second, indirect quote. `sorted` holds the direct
 * quotes by start, `at` the first that starts inside the clause.
 */
function mostlyQuoted(clause: Attribution, sorted: readonly Attribution[], at: number): boolean {
  const length = clause.span.end - clause.span.start;
  for (let i = at; i < sorted.length && sorted[i]!.span.start <= clause.span.end + 2; i++) {
    const d = sorted[i]!;
    if (d.cue === clause.cue && d.span.end <= clause.span.end + 2 && d.span.end - d.span.start >= 0.6 * length) return true;
  }
  return false;
}

/** A clause that is nothing but one marked quote is that direct quote, not a second, indirect one. */
function coversClause(direct: Attribution, clause: Attribution): boolean {
  const inside = Math.min(direct.span.end, clause.span.end) - Math.max(direct.span.start, clause.span.start);
  const length = clause.span.end - clause.span.start;
  // A short clause is its quote with the two marks around it.
  return direct.span.start <= clause.span.start + 2 && inside >= Math.min(0.85 * length, length - 2);
}

/** Drops cues that lie inside a marked passage of several words. */
function withoutQuoted(cues: Cue[], pairs: readonly MarkPair[], quoted: Cue[]): Cue[] {
  const long = pairs.filter((p) => !p.family.weak && p.inner.end - p.inner.start > 24);
  let i = 0;
  return cues.filter((cue) => {
    while (i < long.length && long[i]!.close < cue.start) i++;
    // The next few passages, looked at in place: no slice and closure made per cue.
    for (let j = i; j < long.length && j < i + 4; j++) {
      if (long[j]!.inner.start <= cue.start && cue.end <= long[j]!.inner.end) {
        quoted.push(cue);
        return false;
      }
    }
    return true;
  });
}

/** Drops the quotes that are a whole passage split at an incise (incise-in-marks.ts). */
function withoutSplit(quotes: Attribution[], split: readonly MarkPair[]): Attribution[] {
  if (split.length === 0) return quotes;
  return quotes.filter((q) => !split.some((p) => p.inner.start === q.span.start && p.inner.end === q.span.end));
}

/** `«Verdict: j'ai perdu.»`: a colon inside a quotation already found is part of that speech, not a speaker's cue. */
function outside(colon: readonly Attribution[], marked: readonly Attribution[]): Attribution[] {
  if (colon.length === 0) return [];
  if (marked.length === 0) return colon.slice();
  // Attributions' spans are all of one shape (context.ts attribution()): a sort over several shapes threw
  // the whole of findQuotes out of its optimised code (V8: "wrong map").
  const spans: Span[] = [];
  for (let i = 0; i < marked.length; i++) spans.push(marked[i]!.span);
  spans.sort((a, b) => a.start - b.start);
  return colon.filter((c) => {
    const at = spanIndexAt(spans, c.span.start + 1) - 1;
    // Quotations found are apart or nested a level or two: a few spans back hold any that contains this one.
    for (let i = at; i >= 0 && i >= at - 3; i--) if (spans[i]!.end > c.span.start) return false;
    return true;
  });
}

/** Keeps one quote per span: the first found wins, since direct quotes come first. */
function dedupe(found: Attribution[]): Attribution[] {
  // The first end seen for each start; the rare further ends of one start in a list.
  const endByStart = new Map<number, number>();
  let moreEnds: Map<number, number[]> | undefined;
  return found.filter((q) => {
    const { start, end } = q.span;
    if (end <= start) return false;
    const first = endByStart.get(start);
    if (first === undefined) {
      endByStart.set(start, end);
      return true;
    }
    if (first === end) return false;
    const more = moreEnds?.get(start);
    if (more === undefined) (moreEnds ??= new Map()).set(start, [end]);
    else if (more.includes(end)) return false;
    else more.push(end);
    return true;
  });
}

/**
 * Index of the first of `list` (sorted by start) that starts at or after `offset`: a binary search of its
 * own, so that context.ts's tokenIndexAt reads the start of tokens only and its property load stays
 * monomorphic.
 */
function cueIndexAt(list: readonly Cue[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

