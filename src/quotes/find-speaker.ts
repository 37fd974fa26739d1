import type { Mention, QuoteContext } from './context.js';
import { COMMA, COMMA_TERMINAL_OR_COLON, TERMINAL, isPunct } from './context.js';
import type { Cue } from './find-cues.js';
import { extendMention } from './extend-mention.js';
import { normaliseWord } from './normalise.js';
import { infinitiveAt } from './infinitive-complement.js';
import { isQuoteMark } from './pair-marks.js';
import type { Token } from './tokenize.js';
import { hasLatin, startsUpper } from './word-case.js';

/** How a cue's speaker is known: a mention, a pronoun or no subject (implicit), or an antecedent. */
export interface SpeakerFound {
  speaker: Mention | null;
  implicit: boolean;
  /** Index of the first token after the cue and its mention. */
  after: number;
  /** The subject pronoun of an implicit cue (`he said`, `a-t-il`): the speaker when nothing earlier is. */
  pronoun?: Mention;
}

const MAX_MENTION_WORDS = 8;
const isCapitalised = (ctx: QuoteContext, t: Token): boolean => startsUpper(ctx.text, t.start, t.end);
const isLatin = (ctx: QuoteContext, t: Token): boolean => hasLatin(ctx.text, t.start, t.end);

/** Whether a token may be part of a speaker mention at all. */
function mentionWord(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word') return false;
  const { lex } = ctx;
  if (isAddressee(ctx, t)) return false;
  // `وعلى` is `على` with its conjunction: a stop word all the same.
  return !lex.prefixedStops.hasWord(t) && !lex.complementizers.hasWord(t) && !ctx.cueOfToken[k] && !lex.speechNouns.hasWord(t);
}

/** `لـRT`, `للصحفيين`, `لوكالة`, `لسانا`: the one spoken to, never the speaker. */
function isAddressee(ctx: QuoteContext, t: Token): boolean {
  const { lex } = ctx;
  for (const p of lex.addresseePrefixes) if (ctx.text.startsWith(p, t.start)) return true;
  return lex.dativeOutlets.hasWord(t);
}

/** Finds who spoke for a cue: the mention, or that it is implicit (a pronoun, no subject, a participle). */
export function findSpeaker(ctx: QuoteContext, cue: Cue): SpeakerFound {
  const { tokens, lex } = ctx;
  const next = cue.last + 1;
  if (cue.inverted) return { speaker: null, implicit: true, after: next, pronoun: invertedPronoun(ctx, cue) };
  if (cue.kind === 'preposition') {
    const lastWord = tokens[cue.last]!.norm;
    if (lex.pronouns.has(lastWord)) return { speaker: antecedent(ctx, cue.first), implicit: true, after: next };
    const speaker = datedSpeaker(ctx, next) ?? mentionAfter(ctx, skipReportedRelative(ctx, next));
    return { speaker, implicit: speaker === null, after: speaker ? speaker.last + 1 : next };
  }
  if (cue.kind === 'participle') {
    const relay = relayedBy(ctx, cue);
    if (relay) return { speaker: relay, implicit: false, after: next };
    return { speaker: null, implicit: true, after: next };
  }
  // `, said he.` / `قال هو`: a pronoun subject after the verb, where nothing but punctuation comes before.
  const following = tokens[next];
  const opensClause = !tokens[cue.first - 1] || tokens[cue.first - 1]!.kind === 'punct' || !lex.source.subjectFirst;
  if (opensClause && following?.kind === 'word' && lex.pronouns.hasWord(following)) return { speaker: null, implicit: true, after: next + 1, pronoun: wordMention(ctx, next) };
  if (lex.source.subjectFirst) return citedSource(ctx, subjectBefore(ctx, cue));
  const framed = perfectSubject(ctx, cue);
  if (framed) return { speaker: framed, implicit: false, after: next };
  // `رئيس الوزراء، فلان، قال لبوتين إن`: a verb without its conjunction after a comma has its subject before.
  if (prefixless(ctx, cue) && isPunct(tokens[cue.first - 1], COMMA)) {
    const before = mentionBefore(ctx, cue.first);
    if (before) return { speaker: before, implicit: false, after: next };
  }
  const after = mentionAfter(ctx, next);
  if (after) return { speaker: after, implicit: false, after: after.last + 1 };
  // `منظمات حقوقية تؤكد أن ...`: a headline puts its subject first, at the head of its unit.
  if (prefixless(ctx, cue)) {
    const before = mentionBefore(ctx, cue.first);
    if (before && opensUnit(ctx, before.first)) return { speaker: before, implicit: false, after: next };
  }
  return { speaker: null, implicit: true, after: next };
}

/** Whether token k opens its line or a unit after a separator (a bullet, an emoji, `|`), as headlines do. */
function opensUnit(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  const before = ctx.tokens[k - 1];
  return !before || t.lineBefore || (before.kind === 'punct' && !isPunct(before, COMMA_TERMINAL_OR_COLON) && !isQuoteMark(before.norm));
}

function wordMention(ctx: QuoteContext, k: number): Mention {
  const t = ctx.tokens[k]!;
  return { start: t.start, end: t.end, first: k, last: k };
}

/** `a-t-il`, `précise-t-elle`: the pronoun after the last hyphen of the inverted verb. */
function invertedPronoun(ctx: QuoteContext, cue: Cue): Mention | undefined {
  for (let k = cue.last; k >= cue.first; k--) {
    const t = ctx.tokens[k]!;
    const hyphen = ctx.text.lastIndexOf('-', t.end - 1);
    if (t.kind === 'word' && hyphen > t.start && hyphen < t.end - 1) return { start: hyphen + 1, end: t.end, first: k, last: k };
  }
  return undefined;
}

/** Tokens looked back over from `قد` for the copula that opens its frame. */
const PERFECT_REACH = 16;

/** `كانت فلانة، خطيبة ...، قد قالت`: the subject between the copula and the verb (or the particle before it). */
function perfectSubject(ctx: QuoteContext, cue: Cue): Mention | null {
  const { tokens, lex } = ctx;
  const before = tokens[cue.first - 1];
  if (!before || before.kind !== 'word') return null;
  // The particle is usual (`كان X قد قال`) but not required (`كانت X قالت`).
  const end = lex.perfectParticles.hasWord(before) ? cue.first - 1 : cue.first;
  for (let k = end - 1; k >= 0 && k >= cue.first - PERFECT_REACH; k--) {
    const t = tokens[k]!;
    if (t.sentence !== before.sentence || isPunct(t, TERMINAL)) return null;
    if (t.kind !== 'word' || !lex.perfectCopulas.hasWord(t)) continue;
    const m = mentionAfter(ctx, k + 1);
    return m && m.last < end ? m : null;
  }
  return null;
}

/**
 * `وفقا لـCNN`, `طبقا للإدارة`: after a prepositional cue, the word behind the preposition ل is the
 * source, not an addressee. The glued `لـ` is left out of the span; `لل` cannot be (its alif is gone).
 */
function datedSpeaker(ctx: QuoteContext, k: number): Mention | null {
  const { tokens, lex, text } = ctx;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !isAddressee(ctx, t)) return null;
  let skip = 0;
  for (const p of lex.addresseePrefixes) if (text.startsWith(p, t.start) && p.length < t.end - t.start && !lex.genitivePrefixes.includes(normaliseWord(p))) skip = p.length;
  let last = k;
  while (last + 1 < tokens.length && last - k < 4 && mentionWord(ctx, last + 1) && tokens[last + 1]!.sentence === t.sentence) last++;
  return { start: t.start + skip, end: tokens[last]!.end, first: k, last };
}

/** English and French: the subject stands before the verb, or after it when inverted (`, said X`). */
function subjectBefore(ctx: QuoteContext, cue: Cue): SpeakerFound {
  const { tokens, lex } = ctx;
  const next = cue.last + 1;
  let k = cue.first - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && skippable(ctx, tokens[k]!)) k--;
  const before = tokens[k];
  if (lex.passiveAgent.hasWord(tokens[next])) {
    const agent = mentionAfter(ctx, next + 1);
    if (agent) return { speaker: agent, implicit: false, after: agent.last + 1 };
  }
  if (before?.kind === 'word' && lex.pronouns.hasWord(before)) {
    return { speaker: null, implicit: true, after: next, pronoun: wordMention(ctx, k) };
  }
  const sameSentence = before !== undefined && before.sentence === tokens[cue.first]!.sentence;
  const afterQuote = ctx.markOfToken[isPunct(before, COMMA) ? k - 1 : k] === 'close';
  // `“...,” said , a professor at ...`: a name dropped from the text leaves its comma behind.
  // `indique vouloir former ...`: an infinitive after the verb is what was said, not its subject.
  // A subject after the verb counts only after punctuation, a closing mark or a sentence start: after a
  // word (`Officials said`) it is never used, so it is not read.
  const readsAfter = !sameSentence || afterQuote || before!.kind === 'punct';
  const inverted = !readsAfter || infinitiveAt(ctx, cue, next) ? null : mentionAfter(ctx, afterQuote && isPunct(tokens[next], COMMA) ? next + 1 : next);
  const invertedFound = inverted && { speaker: inverted, implicit: false, after: inverted.last + 1 };
  // `..., said a source close to the probe.` / `«...», a précisé le parquet, ...`: the subject follows.
  if (invertedFound && (!sameSentence || afterQuote || (before!.kind === 'punct' && endsMention(ctx, inverted.last + 1)))) return invertedFound;
  const mention = sameSentence && !afterQuote ? mentionBefore(ctx, k + 1) : null;
  if (mention) return { speaker: mention, implicit: false, after: next };
  if (invertedFound && before!.kind === 'punct') return invertedFound;
  return { speaker: null, implicit: true, after: next };
}

/** Auxiliaries and adverbs between a subject and its verb (`had insisted`, `eventually concluded`). */
function skippable(ctx: QuoteContext, t: Token): boolean {
  const { lex } = ctx;
  if (lex.source.auxiliariesInCue) return false;
  return lex.auxiliaries.hasWord(t) || lex.adverbSuffixes.some((s) => t.norm.length > s.length + 3 && t.norm.endsWith(s));
}

/** Whether an inverted subject ends its clause, as it must (`, said X.` / `, said X, adding`). */
function endsMention(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  return !t || t.sentence !== ctx.tokens[k - 1]!.sentence || t.kind === 'punct' || ctx.cueOfToken[k] !== undefined;
}

/** The mention that starts at token `from`, skipping an addressee (`لـRT`, `à l'AFP`) and speech nouns. */
export function mentionAfter(ctx: QuoteContext, from: number, anchor = from - 1): Mention | null {
  const { tokens, lex, text } = ctx;
  let k = from;
  for (let guard = 0; guard < 3 && k < tokens.length; guard++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && lex.speechNouns.hasWord(t)) { k++; continue; }
    if (t.kind === 'word' && isAddressee(ctx, t)) { k = skipName(ctx, k + 1, lex.dativeOutlets.hasWord(t)); continue; }
    if (t.kind === 'word' && lex.addresseeWords.hasWord(t)) { k = skipName(ctx, k + 1, false); continue; }
    break;
  }
  const first = k;
  // The mention read for a cue is in the cue's own sentence (`anchor` is the cue's last token).
  if (anchor >= 0 && tokens[first] && tokens[first]!.sentence !== tokens[anchor]!.sentence) return null;
  while (k < tokens.length && k - first < MAX_MENTION_WORDS && mentionWord(ctx, k) && tokens[k]!.sentence === tokens[first]!.sentence) {
    if (k > first && (looksFinite(ctx, tokens[k]!) || infinitive(ctx, k))) break;
    k++;
  }
  if (k === first) return null;
  const relayCue = ctx.cueOfToken[from - 1];
  const relays = relayCue !== undefined && lex.prefixedRelayCues.hasWord(tokens[relayCue.head]!);
  let last = extendMention(ctx, first, k - 1, (j) => mentionWord(ctx, j) && !/\d/.test(tokens[j]!.norm), relays);
  const head = tokens[first]!;
  const descriptionFirst = lex.descriptionHeads.hasWord(head) || lex.titles.hasWord(head);
  if (descriptionFirst && isPunct(tokens[last + 1], COMMA)) last = withApposition(ctx, last + 1, last);
  const relay = tokens[last + 1];
  if (relays && relay?.kind === 'word' && lex.relayWords.hasWord(relay)) {
    const relayed = mentionAfter(ctx, last + 2);
    if (relayed) return relayed;
  }
  return { start: head.start, end: tokens[last]!.end, first, last };
}

/** `by the unit to postpone`: an infinitive marker before a lower-case verb ends the mention. */
export function infinitive(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  const next = ctx.tokens[k + 1];
  return ctx.lex.infinitiveMarkers.hasWord(t) && next !== undefined && next.kind === 'word' && !ctx.lex.determiners.hasWord(next) && !isCapitalised(ctx, next);
}

/** A lower-case word with a finite-verb ending (`included`): where a mention read forwards must stop. */
function looksFinite(ctx: QuoteContext, t: Token): boolean {
  return isLatin(ctx, t) && !isCapitalised(ctx, t) && ctx.lex.verbEndings.some((e) => t.norm.length > e.length + 2 && t.norm.endsWith(e));
}

/** `المتحدث باسم الوزارة، فلان الفلاني:` — a description followed by the name it describes. */
function withApposition(ctx: QuoteContext, comma: number, last: number): number {
  const { tokens } = ctx;
  let k = comma + 1;
  const start = k;
  const name = tokens[start];
  if (!name || ctx.lex.pronouns.hasWord(name) || (isLatin(ctx, name) && !isCapitalised(ctx, name))) return last;
  while (k < tokens.length && k - start < 4 && mentionWord(ctx, k) && !/\d/.test(tokens[k]!.norm)) k++;
  if (k === start) return last;
  const end = tokens[k];
  const closes = !end || end.kind === 'punct' || ctx.lex.complementizers.hasWord(end) || ctx.cueOfToken[k] !== undefined;
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
      if (sawWord && !lex.determiners.hasWord(tokens[k - 1]!)) return outlet ? wholeOutletName(ctx, start, k) : k;
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

/** `وفقا لما ذكرته الوزارة`: the reported relative and its verb stand between the cue and the speaker. */
function skipReportedRelative(ctx: QuoteContext, k: number): number {
  const t = ctx.tokens[k];
  return t && ctx.lex.reportedRelatives.hasWord(t) ? k + 2 : k;
}

/** `quoted X as saying`, `نقلت ... عن X قوله`: the relayed speaker of a participle cue. */
function relayedBy(ctx: QuoteContext, cue: Cue): Mention | null {
  const { tokens, lex } = ctx;
  if (tokens[cue.first - 1]?.norm !== 'as') return null;
  for (let k = cue.first - 2; k >= 0 && k >= cue.first - 16; k--) {
    if (tokens[k]!.sentence !== tokens[cue.first]!.sentence) return null;
    if (lex.relayWords.hasWord(tokens[k]!)) {
      // `X was quoted (by the BBC) as saying`: the subject of the passive spoke; the agent only relays.
      if (lex.passiveAuxiliaries.hasWord(tokens[k - 1])) return mentionBefore(ctx, k - 1);
      const m = mentionAfter(ctx, k + 1);
      return m && m.last < cue.first ? m : null;
    }
  }
  return null;
}

/** `the newspaper reported, citing police, that ...`: the cited source spoke; the reporting outlet relays. */
function citedSource(ctx: QuoteContext, found: SpeakerFound): SpeakerFound {
  const { tokens, lex } = ctx;
  const relay = tokens[found.after + 1];
  if (!isPunct(tokens[found.after], COMMA) || relay?.kind !== 'word' || !lex.relayWords.hasWord(relay)) return found;
  const source = mentionAfter(ctx, found.after + 2, found.after);
  return source ? { speaker: source, implicit: false, after: source.last + 1 } : found;
}

/** `Charlie Kirk, un commentateur, selon lequel`: the mention a relative pronoun stands for. */
export function antecedent(ctx: QuoteContext, at: number): Mention | null {
  return mentionBefore(ctx, at);
}

/** Whether the verb is written without a conjunction prefix (a preverbal subject can only precede those). */
function prefixless(ctx: QuoteContext, cue: Cue): boolean {
  const norm = ctx.tokens[cue.head]!.norm;
  return !ctx.lex.prefixedCueWords.has(norm);
}

/**
 * The mention that ends just before token `end`, read leftwards. In cased text a capitalised name is
 * read as a run of capitals (`Mrs Thatcher`), a common noun back to its determiner (`the then prime
 * minister`). A comma right before means an apposition: the name is the group that is capitalised.
 */
export function mentionBefore(ctx: QuoteContext, end: number): Mention | null {
  const { tokens } = ctx;
  if (isPunct(tokens[end - 1], COMMA)) {
    // `X, apposition, said`: the name is the comma group that looks like one, else the group before it.
    let start = end - 2;
    while (start >= 0 && end - start < 16 && tokens[start]!.sentence === tokens[end - 1]!.sentence && !isPunct(tokens[start], COMMA_TERMINAL_OR_COLON)) start--;
    const g = tokens.slice(start + 1, end - 1);
    if (!g.length) return null;
    // A group holding a relative or a function word is a description (`who was ...`, `then her adviser`).
    const relative = g.some((t, i) => ctx.lex.pronouns.hasWord(t) || (t.kind === 'word' && !mentionWord(ctx, start + 1 + i)));
    const isName = !relative && (!isLatin(ctx, g[0]!)
      ? g.length <= 4 && g.every((t, i) => t.kind === 'word' && !/\d/.test(t.norm) && (i > 0 || mentionWord(ctx, start + 1)))
      : g.every((t) => t.kind === 'word' && (isCapitalised(ctx, t) || ctx.lex.titles.hasWord(t) || ctx.lex.nameConnectors.hasWord(t))));
    if (isName) return { start: g[0]!.start, end: g[g.length - 1]!.end, first: start + 1, last: end - 2 };
    if (isPunct(tokens[start], COMMA)) return readBack(ctx, start);
    return relative ? null : readBack(ctx, end - 1);
  }
  return readBack(ctx, end);
}

function readBack(ctx: QuoteContext, end: number): Mention | null {
  const { tokens, lex } = ctx;
  let k = end - 1;
  if (!mentionWord(ctx, k) || lex.pronouns.hasWord(tokens[k]!)) return null;
  const cased = isLatin(ctx, tokens[k]!);
  const capitalRun = cased && isCapitalised(ctx, tokens[k]!);
  let first = k;
  for (; k >= 0 && end - k <= MAX_MENTION_WORDS && mentionWord(ctx, k) && tokens[k]!.sentence === tokens[end - 1]!.sentence; k--) {
    const t = tokens[k]!;
    if (lex.pronouns.hasWord(t)) break;
    // `Emmanuel Rivière of pollsters Kantar Public France`: a name, `of`, a description of it.
    const ofName = tokens[k - 1] !== undefined && lex.nameConnectors.hasWord(tokens[k - 1]!) && tokens[k - 2] !== undefined && isCapitalised(ctx, tokens[k - 2]!);
    if (capitalRun && !isCapitalised(ctx, t) && !lex.titles.hasWord(t) && !lex.nameConnectors.hasWord(t) && !ofName) {
      if (lex.determiners.hasWord(t)) first = k;
      break;
    }
    first = k;
    if (cased && lex.determiners.hasWord(t)) break;
  }
  // A lower-case run that neither opens its sentence nor starts with a determiner is a predicate
  // (`comforted relatives and urged`), not a subject.
  const opener = tokens[first - 1];
  const atStart = !opener || opener.sentence !== tokens[first]!.sentence || isPunct(opener, TERMINAL);
  const joinsPredicates = tokens.slice(first, end).some((t) => lex.conjunctions.hasWord(t));
  if (cased && !capitalRun && !lex.determiners.hasWord(tokens[first]!) && !atStart && joinsPredicates) return null;
  while (first < end - 1 && ctx.lex.nameConnectors.hasWord(tokens[first]!)) first++;
  return { start: tokens[first]!.start, end: tokens[end - 1]!.end, first, last: end - 1 };
}

