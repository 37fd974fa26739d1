/**
 * Reading a speaker mention as a span of tokens: forwards from a cue (`said the minister of health`,
 * `قال وزير الصحة`) or backwards from it (`Mrs Thatcher said`), with the words that can never be part of
 * one (addressees, stop words, speech nouns) kept out. find-speaker decides where to read; this reads.
 */
import type { Mention, QuoteContext } from './context.js';
import { isPunct, startsSentence } from './context.js';
import { extendMention } from './extend-mention.js';
import { headOfComplement } from './mention-complement.js';
import { headOfComplement as headBehindLink } from './complement-head.js';
import { isQuoteMark } from './pair-marks.js';
import type { Token } from './tokenize.js';
import { hasLatin, startsUpper } from './word-case.js';
import { isUpperCode } from '../text/char-class.js';
import { APPOSITION_REACH, describes, leadingName, opensRelative, placeAfterDescription } from './apposition-edges.js';
import { COLON_BIT, COMMA_BIT, TERMINAL_BIT, cueAt, punctIn, tokenAt } from './token-at.js';
import type { CompiledLexicon } from './lang/index.js';
import { NormFilter } from './normalise.js';
import { endsWithOneOf, tokenHasDigit } from './word-shape.js';

const MAX_MENTION_WORDS = 8;
/** Tokens of a mention read forwards where noun complements are chained (see complementLinks). */
const MAX_COMPLEMENTED_WORDS = 11;
const isCapitalised = (ctx: QuoteContext, t: Token): boolean => startsUpper(ctx.text, t.start, t.end);
const isLatin = (ctx: QuoteContext, t: Token): boolean => hasLatin(ctx.text, t.start, t.end);

/** Whether a token may be part of a speaker mention at all. */
export function mentionWord(ctx: QuoteContext, k: number): boolean {
  const t = tokenAt(ctx, k);
  if (!t) return false;
  if (t.kind !== 'word') return pluralPossessive(ctx, k);
  const { lex } = ctx;
  // Most words are in none of the four sets below: one hash filter over all of them says so at once.
  if (!exclusionFilter(lex).mayHave(t.hash)) return !addresseePrefixed(ctx, t) && !ctx.cueOfToken[k];
  if (isAddressee(ctx, t)) return false;
  // `وعلى` is `على` with its conjunction: a stop word all the same.
  // `US sources`, `IT staff`: a stop word written in capitals is an acronym.
  return (!lex.prefixedStops.hasWord(t) || acronym(ctx, t)) && !lex.complementizers.hasWord(t) && !ctx.cueOfToken[k] && !lex.speechNouns.hasWord(t);
}

function acronym(ctx: QuoteContext, t: Token): boolean {
  const { text } = ctx;
  return t.end - t.start >= 2 && isUpperCode(text.charCodeAt(t.start)) && isUpperCode(text.charCodeAt(t.start + 1));
}

/** `the farmers’ union`: an apostrophe glued to a word in -s, not a quotation mark, with a word after it. */
function pluralPossessive(ctx: QuoteContext, k: number): boolean {
  const { tokens, text } = ctx;
  const t = tokens[k]!;
  const before = tokenAt(ctx, k - 1);
  const after = tokens[k + 1];
  if (t.code !== 0x2019 && t.code !== 0x27) return false;
  if (ctx.markOfToken[k] !== undefined || before?.kind !== 'word' || before.end !== t.start || after?.kind !== 'word' || after.start === t.end) return false;
  const last = text.charCodeAt(before.end - 1);
  return (last === 0x73 || last === 0x53) && isLatin(ctx, before);
}

/** `لـRT`, `للصحفيين`, `لوكالة`, `لسانا`: the one spoken to, never the speaker. */
export function isAddressee(ctx: QuoteContext, t: Token): boolean {
  return addresseePrefixed(ctx, t) || ctx.lex.dativeOutlets.hasWord(t);
}

/** Whether the word is written with one of the addressee prefixes (`لـ`, `لل`). */
function addresseePrefixed(ctx: QuoteContext, t: Token): boolean {
  const { lex, text } = ctx;
  const prefixes = lex.addresseePrefixes;
  if (prefixes.length === 0) return false;
  // Asked of nearly every word read as a mention: the first letter is compared before the prefix is.
  const first = text.charCodeAt(t.start);
  for (let i = 0; i < prefixes.length; i++) {
    const p = prefixes[i]!;
    if ((p.length === 0 || p.charCodeAt(0) === first) && text.startsWith(p, t.start)) return true;
  }
  return false;
}

/**
 * A hash filter over the words a mention word is none of (dative outlets, prefixed stop words,
 * complementizers, speech nouns), made once per lexicon: "certainly in none" for most words.
 */
function exclusionFilter(lex: CompiledLexicon): NormFilter {
  let filter = EXCLUSION_FILTERS.get(lex);
  if (filter === undefined) EXCLUSION_FILTERS.set(lex, (filter = new NormFilter([...lex.dativeOutlets, ...lex.prefixedStops, ...lex.complementizers, ...lex.speechNouns])));
  return filter;
}
const EXCLUSION_FILTERS = new WeakMap<CompiledLexicon, NormFilter>();
/** The mention that starts at token `from`, skipping an addressee (`لـRT`, `à l'AFP`) and speech nouns. */
export function mentionAfter(ctx: QuoteContext, from: number, anchor = from - 1): Mention | null {
  const { tokens, lex } = ctx;
  let k = from;
  for (let guard = 0; guard < 5 && k < tokens.length; guard++) {
    const t = tokens[k]!;
    // `a annoncé dimanche soir le préfet`: when and how it was said, between a verb and its inverted subject.
    if (t.kind === 'word' && (lex.speechNouns.hasWord(t) || lex.timeWords.hasWord(t))) { k++; continue; }
    if (t.kind === 'word' && isAddressee(ctx, t)) { k = skipName(ctx, k + 1, lex.dativeOutlets.hasWord(t)); continue; }
    if (t.kind === 'word' && lex.addresseeWords.hasWord(t)) { k = skipName(ctx, k + 1, false); continue; }
    break;
  }
  const first = k;
  // The mention read for a cue is in the cue's own sentence (`anchor` is the cue's last token).
  if (anchor >= 0 && tokens[first] && tokens[first]!.sentence !== tokens[anchor]!.sentence) return null;
  // `le président de la SDJ de la chaîne d'info`: complements with their articles take more tokens.
  const reach = lex.complementLinks.size > 0 && roleAt(ctx, first) ? MAX_COMPLEMENTED_WORDS : MAX_MENTION_WORDS;
  while (k < tokens.length && k - first < reach && mentionWord(ctx, k) && tokens[k]!.sentence === tokens[first]!.sentence) {
    // `le président avait évoqué`: an auxiliary ends the subject it follows.
    if (k > first && (looksFinite(ctx, tokens[k]!) || infinitive(ctx, k) || lex.compoundAuxiliaries.hasWord(tokens[k]))) break;
    k++;
  }
  if (k === first) return null;
  const relayCue = cueAt(ctx, from - 1);
  const relays = relayCue !== undefined && lex.prefixedRelayCues.hasWord(tokens[relayCue.head]!);
  // Only where complements are chained (extend-mention.ts reads none otherwise): no closure made per mention.
  let last = lex.genitivePrefixes.length === 0 ? k - 1 : extendMention(ctx, first, k - 1, relays);
  const head = tokens[first]!;
  const descriptionFirst = lex.descriptionHeads.hasWord(head) || lex.titles.hasWord(head);
  if (descriptionFirst && punctIn(tokens[last + 1], COMMA_BIT)) last = withApposition(ctx, last + 1, last);
  const relay = tokens[last + 1];
  if (relays && relay?.kind === 'word' && lex.relayWords.hasWord(relay)) {
    const relayed = mentionAfter(ctx, last + 2);
    if (relayed) return relayed;
  }
  return { start: head.start, end: tokens[last]!.end, first, last };
}

/** Whether a role opens at token k (`président`, `le porte-parole`): who speaks, not what was done. */
function roleAt(ctx: QuoteContext, k: number): boolean {
  const { tokens, lex } = ctx;
  const head = lex.determiners.hasWord(tokens[k]) ? tokens[k + 1] : tokens[k];
  return head !== undefined && !lex.determiners.hasWord(head) && lex.descriptionHeads.hasWord(head);
}

/** `by the unit to postpone`: an infinitive marker before a lower-case verb ends the mention. */
export function infinitive(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  const next = ctx.tokens[k + 1];
  return ctx.lex.infinitiveMarkers.hasWord(t) && next !== undefined && next.kind === 'word' && !ctx.lex.determiners.hasWord(next) && !isCapitalised(ctx, next);
}

/** A lower-case word with a finite-verb ending (`included`): where a mention read forwards must stop. */
function looksFinite(ctx: QuoteContext, t: Token): boolean {
  // Most languages list no verb endings: asked per word of every mention, the script and case reads are skipped for them.
  return ctx.lex.verbEndings.length > 0 && isLatin(ctx, t) && !isCapitalised(ctx, t) && endsWithOneOf(t.norm, ctx.lex.verbEndings, 2);
}

/** `المتحدث باسم الوزارة، فلان الفلاني:` — a description followed by the name it describes. */
function withApposition(ctx: QuoteContext, comma: number, last: number): number {
  const { tokens } = ctx;
  let k = comma + 1;
  const start = k;
  const name = tokens[start];
  if (!name || ctx.lex.pronouns.hasWord(name) || (isLatin(ctx, name) && !isCapitalised(ctx, name))) return last;
  while (k < tokens.length && k - start < 4 && mentionWord(ctx, k) && !tokenHasDigit(ctx, tokens[k]!)) k++;
  if (k === start) return last;
  const end = tokens[k];
  // `son avocat, Hugues Vigier au Figaro`: the one spoken to may follow the name.
  const closes = !end || end.kind === 'punct' || ctx.lex.complementizers.hasWord(end) || ctx.cueOfToken[k] !== undefined || ctx.lex.addresseeWords.hasWord(end);
  return closes ? k - 1 : last;
}

/**
 * Skips the name of an addressee (`لـ”رويترز”`, `لـ(عكاظ)`, `à l'AFP`, `لقناة سكاي نيوز`): marks or
 * brackets around it, or one word, or after an outlet noun (`لقناة`) up to three when a stop word or
 * punctuation follows them (the outlet's whole name, then no speaker). Never a stop word: `للصحافيين في مخيم` keeps `في مخيم` out.
 */
function skipName(ctx: QuoteContext, k: number, outlet: boolean): number {
  const { tokens, lex } = ctx;
  const start = k;
  let sawWord = false;
  while (k < tokens.length && k - start < 5) {
    const t = tokens[k]!;
    if (t.kind === 'word') {
      if (lex.prefixedStops.hasWord(t) || lex.complementizers.hasWord(t) || ctx.cueOfToken[k]) break;
      if (sawWord && !lex.determiners.hasWord(tokenAt(ctx, k - 1)!)) return outlet ? wholeOutletName(ctx, start, k) : k;
      sawWord = true;
      k++;
      continue;
    }
    if (ctx.markOfToken[k] === undefined && !isQuoteMark(t.norm) && !isPunct(t, BRACKETS)) break;
    k++;
    // The mark or bracket that closes the name ends the addressee.
    if (sawWord) break;
  }
  return k;
}

/** Words of an outlet's name from `start`: all of them when a stop or punctuation ends them within three, else the first. */
function wholeOutletName(ctx: QuoteContext, start: number, second: number): number {
  const { tokens, lex } = ctx;
  let k = second;
  while (k < tokens.length && k - start < 3 && tokens[k]!.kind === 'word' && mentionWord(ctx, k)) k++;
  const end = tokens[k];
  const closes = !end || end.kind === 'punct' || lex.prefixedStops.hasWord(end) || end.sentence !== tokens[start]!.sentence;
  return closes ? k : second;
}

const BRACKETS = '()';

/** `Charlie Kirk, un commentateur, selon lequel`: the mention a relative pronoun stands for. */
export function antecedent(ctx: QuoteContext, at: number): Mention | null {
  return mentionBefore(ctx, at);
}

/**
 * The mention that ends just before token `end`, read leftwards. In cased text a capitalised name is
 * read as a run of capitals (`Mrs Thatcher`), a common noun back to its determiner (`the then prime
 * minister`). A comma right before means an apposition: the name is the group that is capitalised.
 */
export function mentionBefore(ctx: QuoteContext, end: number, depth = 0): Mention | null {
  const { tokens } = ctx;
  if (punctIn(tokenAt(ctx, end - 1), COMMA_BIT)) {
    // `X, apposition, said`: the name is the comma group that looks like one, else the group before it.
    let start = end - 2;
    while (start >= 0 && end - start < APPOSITION_REACH && tokens[start]!.sentence === tokenAt(ctx, end - 1)!.sentence && !punctIn(tokens[start], COMMA_BIT | TERMINAL_BIT | COLON_BIT)) start--;
    // The comma group is tokens first..last, read in place.
    const first = start + 1;
    const last = end - 2;
    if (first > last) return null;
    const relative = groupHoldsRelative(ctx, first, last);
    const latin = isLatin(ctx, tokens[first]!);
    const isName = !relative && (!latin ? last - first < 4 && unmarkedName(ctx, first, last) : capitalisedGroup(ctx, first, last));
    // `X, an ecologist at the Polar Institute in Cambridge, United Kingdom, said`: the place ends the description.
    const described = isName && latin ? placeAfterDescription(ctx, start) : -1;
    if (described >= 0) return leadingName(ctx, described, start) ?? mentionBefore(ctx, start + 1, depth + 1);
    if (isName) return { start: tokens[first]!.start, end: tokens[last]!.end, first, last };
    // `X, a leader who met Y, and who is running, said`: a second relative clause still describes X.
    if (punctIn(tokenAt(ctx, start), COMMA_BIT) && depth < MAX_APPOSITIONS && opensRelative(ctx, first, last)) return mentionBefore(ctx, start + 1, depth + 1);
    if (punctIn(tokenAt(ctx, start), COMMA_BIT)) return depth < MAX_APPOSITIONS && describes(ctx, start) ? mentionBefore(ctx, start + 1, depth + 1) : readBack(ctx, start);
    return relative ? null : readBack(ctx, end - 1);
  }
  const m = readBack(ctx, end);
  return m === null || ctx.lex.phraseLinks.size === 0 ? m : headBehindLink(ctx, m);
}

/** A group holding a relative or a function word is a description (`who was ...`, `then her adviser`). */
function groupHoldsRelative(ctx: QuoteContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.lex.pronouns.hasWord(t) || (t.kind === 'word' && !mentionWord(ctx, k))) return true;
  }
  return false;
}

/** In a script without case: words only, no digits, the first a mention word. */
function unmarkedName(ctx: QuoteContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word' || tokenHasDigit(ctx, t) || (k === first && !mentionWord(ctx, first))) return false;
  }
  return true;
}

/** In cased text: words only, each capitalised, a title or a name connector. */
function capitalisedGroup(ctx: QuoteContext, first: number, last: number): boolean {
  const { lex } = ctx;
  for (let k = first; k <= last; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word' || !(isCapitalised(ctx, t) || lex.titles.hasWord(t) || lex.nameConnectors.hasWord(t))) return false;
  }
  return true;
}

/**
 * The noun phrase that ends before `end`, with the places after it (`solicitors from Birmingham in the
 * UK`, `activist Charlie Kirk`): what a relative pronoun after a comma stands for when no apposition does.
 */
export function phraseBefore(ctx: QuoteContext, end: number): Mention | null {
  const { tokens, lex } = ctx;
  let m = readBack(ctx, end);
  for (let hops = 0; m !== null && hops < 3; hops++) {
    const link = tokenAt(ctx, m.first - 1);
    // Only a capitalised place hangs on a preposition (`the UK`); a lower-case phrase is the head noun.
    const place = lex.determiners.hasWord(tokens[m.first]!) ? tokens[m.first + 1]! : tokens[m.first]!;
    if (!isCapitalised(ctx, place) || link?.kind !== 'word' || isCapitalised(ctx, link) || !lex.stops.hasWord(link) || lex.complementizers.hasWord(link)) break;
    const head = readBack(ctx, m.first - 1);
    if (head === null || head.first >= m.first) break;
    m = { start: head.start, end: m.end, first: head.first, last: m.last };
  }
  return m;
}

/** Descriptions read back over to the name they describe (`X, representing Y, which ..., declared`). */
const MAX_APPOSITIONS = 3;

export function readBack(ctx: QuoteContext, end: number): Mention | null {
  const { tokens, lex } = ctx;
  let k = end - 1;
  if (!mentionWord(ctx, k) || lex.pronouns.hasWord(tokens[k]!)) return null;
  const cased = isLatin(ctx, tokens[k]!);
  let capitalRun = cased && isCapitalised(ctx, tokens[k]!);
  let first = k;
  for (; k >= 0 && end - k <= MAX_MENTION_WORDS && mentionWord(ctx, k) && tokens[k]!.sentence === tokenAt(ctx, end - 1)!.sentence; k--) {
    const t = tokens[k]!;
    if (lex.pronouns.hasWord(t)) break;
    // `Emmanuel Rivière of pollsters Kantar Public France`: a name, `of`, a description of it.
    const ofName = tokenAt(ctx, k - 1) !== undefined && lex.nameConnectors.hasWord(tokenAt(ctx, k - 1)!) && tokenAt(ctx, k - 2) !== undefined && isCapitalised(ctx, tokenAt(ctx, k - 2)!);
    // `a Singapore-based spokesman for Google`: the name is the complement of a description head before its link.
    if (capitalRun && lex.mentionLinks.hasWord(t) && lex.descriptionHeads.hasWord(tokenAt(ctx, k - 1))) {
      capitalRun = false;
      first = k;
      continue;
    }
    if (capitalRun && !isCapitalised(ctx, t) && !lex.titles.hasWord(t) && !lex.nameConnectors.hasWord(t) && !ofName) {
      if (lex.determiners.hasWord(t)) first = k;
      break;
    }
    first = k;
    // `Officer Tusk of the Walrus Police Department`: the article of a name after `of` does not end it.
    if (cased && lex.determiners.hasWord(t) && !ofName) break;
  }
  // A lower-case run that neither opens its sentence nor starts with a determiner is a predicate
  // (`comforted relatives and urged`), not a subject.
  if (cased && !capitalRun && !lex.determiners.hasWord(tokens[first]!) && !startsSentence(ctx, first) && holdsConjunction(ctx, first, end)) return null;
  if (lex.complementLinks.size > 0) first = headOfComplement(ctx, first);
  while (first < end - 1 && ctx.lex.nameConnectors.hasWord(tokens[first]!)) first++;
  return { start: tokens[first]!.start, end: tokenAt(ctx, end - 1)!.end, first, last: end - 1 };
}

/** Whether a conjunction lies among tokens [from, end). */
function holdsConjunction(ctx: QuoteContext, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (ctx.lex.conjunctions.hasWord(ctx.tokens[k])) return true;
  return false;
}

export { endsWithOneOf, startsWithOneOf, tokenHasDigit } from './word-shape.js';
