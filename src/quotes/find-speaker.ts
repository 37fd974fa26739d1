import type { Mention, QuoteContext } from './context.js';
import { startsSentence } from './context.js';
import type { Cue } from './find-cues.js';
import { normaliseWord } from './normalise.js';
import { enclosedSpeaker } from './enclosed-speaker.js';
import { infinitiveAt } from './infinitive-complement.js';
import { relativeSubject } from './relative-subject.js';
import { isQuoteMark } from './pair-marks.js';
import { isPassiveCue, passiveAgentAfter } from './passive-cue.js';
import type { Token } from './tokenize.js';
import { startsUpper } from './word-case.js';
import { antecedent, endsWithOneOf, isAddressee, mentionAfter, mentionBefore, mentionWord, phraseBefore } from './read-mention.js';
import { markedGroup } from './mention-complement.js';
import { COLON_BIT, COMMA_BIT, TERMINAL_BIT, markAt, punctIn, tokenAt } from './token-at.js';
import type { SpeakerFound } from './speakers.js';

export { Speakers, type SpeakerFound } from './speakers.js';

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
  const opensClause = !tokenAt(ctx, cue.first - 1) || tokenAt(ctx, cue.first - 1)!.kind === 'punct' || !lex.source.subjectFirst;
  // A pronoun that goes on into a clause (`, said she would appeal`) is that clause's subject, not the cue's.
  const pronounEnds = tokens[next + 1] === undefined || tokens[next + 1]!.kind === 'punct';
  if (opensClause && following?.kind === 'word' && lex.pronouns.hasWord(following) && pronounEnds) return { speaker: null, implicit: true, after: next + 1, pronoun: wordMention(ctx, next) };
  if (lex.source.subjectFirst) return citedSource(ctx, subjectBefore(ctx, cue));
  const framed = perfectSubject(ctx, cue);
  if (framed) return { speaker: framed, implicit: false, after: next };
  // `رئيس الوزراء، فلان، قال لبوتين إن`: a verb without its conjunction after a comma has its subject before.
  if (prefixless(ctx, cue) && punctIn(tokenAt(ctx, cue.first - 1), COMMA_BIT)) {
    const before = mentionBefore(ctx, cue.first);
    if (before) return { speaker: before, implicit: false, after: next };
  }
  const after = mentionAfter(ctx, next);
  if (after) return { speaker: after, implicit: false, after: after.last + 1 };
  const enclosed = following?.kind === 'punct' ? enclosedSpeaker(ctx, cue) : null;
  if (enclosed) return { speaker: enclosed, implicit: false, after: enclosed.last + 1 };
  const antecedentOfRelative = relativeSubject(ctx, cue);
  if (antecedentOfRelative) return { speaker: antecedentOfRelative, implicit: false, after: next };
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
  const before = tokenAt(ctx, k - 1);
  return !before || t.lineBefore || (before.kind === 'punct' && !punctIn(before, COMMA_BIT | TERMINAL_BIT | COLON_BIT) && !isQuoteMark(before.norm));
}

function wordMention(ctx: QuoteContext, k: number): Mention {
  const t = ctx.tokens[k]!;
  // `She’` of `She’s`: the pronoun without its apostrophe.
  const last = ctx.text.charCodeAt(t.end - 1);
  const end = t.end - 1 > t.start && (last === 0x27 || last === 0x2019) ? t.end - 1 : t.end;
  return { start: t.start, end, first: k, last: k };
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
  const before = tokenAt(ctx, cue.first - 1);
  if (!before || before.kind !== 'word') return null;
  // The particle is usual (`كان X قد قال`) but not required (`كانت X قالت`).
  const end = lex.perfectParticles.hasWord(before) ? cue.first - 1 : cue.first;
  for (let k = end - 1; k >= 0 && k >= cue.first - PERFECT_REACH; k--) {
    const t = tokens[k]!;
    if (t.sentence !== before.sentence || punctIn(t, TERMINAL_BIT)) return null;
    if (t.kind !== 'word' || !lex.perfectCopulas.hasWord(t)) continue;
    const m = mentionAfter(ctx, k + 1) ?? markedFrameSubject(ctx, k + 1, end);
    return m && m.last < end ? m : null;
  }
  return null;
}

/** `كان "غراهام" قد زعم`: a name of a few words set in marks fills the whole frame. */
function markedFrameSubject(ctx: QuoteContext, open: number, end: number): Mention | null {
  const close = end - 1;
  if (ctx.markOfToken[open] !== 'open' || ctx.markOfToken[close] !== 'close' || close - open < 2 || close - open > 5) return null;
  for (let k = open + 1; k < close; k++) if (!mentionWord(ctx, k) || ctx.tokens[k]!.kind !== 'word') return null;
  return { start: ctx.tokens[open + 1]!.start, end: tokenAt(ctx, close - 1)!.end, first: open + 1, last: close - 1 };
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
  while (k >= 0 && tokens[k]!.kind === 'word' && (skippable(ctx, tokens[k]!) || contracted(ctx, k))) k--;
  // `Le politicien l'a confirmé`, `X lui glisse`: an object pronoun before the verb, its subject before that.
  if (k > 0 && lex.objectClitics.hasWord(tokens[k]) && tokenAt(ctx, k - 1)!.kind === 'word' && tokenAt(ctx, k - 1)!.sentence === tokens[k]!.sentence) k--;
  const before = tokenAt(ctx, k);
  const by = lex.passiveAgent.hasWord(tokens[next]) ? next : isPassiveCue(tokens, cue.first, lex) ? passiveAgentAfter(tokens, cue.last, lex) : -1;
  if (by >= 0) {
    const agent = mentionAfter(ctx, by + 1);
    if (agent) return { speaker: agent, implicit: false, after: agent.last + 1 };
  }
  // `May, who said ...`, `Coldiretti, the farmers' association, which said`: the relative's antecedent spoke.
  if (before?.kind === 'word' && lex.commaRelatives.hasWord(before) && punctIn(tokenAt(ctx, k - 1), COMMA_BIT)) {
    const antecedent = mentionBefore(ctx, k) ?? phraseBefore(ctx, k - 1);
    if (antecedent) return { speaker: antecedent, implicit: false, after: next };
  }
  if (before?.kind === 'word' && lex.pronouns.hasWord(before)) {
    return { speaker: null, implicit: true, after: next, pronoun: wordMention(ctx, k) };
  }
  // `Les «gilets jaunes» affirment`: a group named in marks after its article is the subject, not a quotation.
  const group = markAt(ctx, k) === 'close' ? markedGroup(ctx, k) : null;
  if (group) return { speaker: group, implicit: false, after: next };
  const sameSentence = before !== undefined && before.sentence === tokens[cue.first]!.sentence;
  const afterQuote = markAt(ctx, punctIn(before, COMMA_BIT) ? k - 1 : k) === 'close';
  // `le ministre, Paul Martin, a annoncé un plan`: a name set off by commas is the subject before its verb.
  const apposed = sameSentence && !afterQuote && lex.source.subjectFirst && punctIn(before, COMMA_BIT) ? apposedName(ctx, k) : null;
  if (apposed) return { speaker: apposed, implicit: false, after: next };
  // `“...,” said , a professor at ...`: a name dropped from the text leaves its comma behind.
  // `indique vouloir former ...`: an infinitive after the verb is what was said, not its subject.
  // A subject after the verb counts only after punctuation, a closing mark or a sentence start: after a
  // word (`Officials said`) it is never used, so it is not read.
  const readsAfter = !sameSentence || afterQuote || before!.kind === 'punct';
  const read = !readsAfter || infinitiveAt(ctx, cue, next) ? null : mentionAfter(ctx, afterQuote && punctIn(tokens[next], COMMA_BIT) ? next + 1 : next);
  // `, said the colony had shrunk`: a pronoun or an auxiliary inside makes it a clause, not an inverted subject.
  const inverted = read !== null && holdsClause(ctx, read) ? null : read;
  // `X, a minister, called the plan “reckless”`: a mention right before a quotation is the verb's object.
  const objectOfFragment = inverted !== null && !afterQuote && ctx.markOfToken[inverted.last + 1] === 'open';
  const invertedFound = inverted && !objectOfFragment && { speaker: inverted, implicit: false, after: inverted.last + 1 };
  // `..., said a source close to the probe.` / `«...», a précisé le parquet, ...`: the subject follows.
  if (invertedFound && (!sameSentence || afterQuote || (before!.kind === 'punct' && endsMention(ctx, inverted.last + 1)))) return invertedFound;
  const mention = sameSentence && !afterQuote ? mentionBefore(ctx, k + 1) : null;
  if (mention) return { speaker: mention, implicit: false, after: next };
  if (invertedFound && before!.kind === 'punct') return invertedFound;
  return { speaker: null, implicit: true, after: next };
}

/** The capitalised name between the comma at `comma` and the one before it, when that one follows a word. */
function apposedName(ctx: QuoteContext, comma: number): Mention | null {
  const { tokens, text } = ctx;
  let k = comma - 1;
  while (k >= 0 && comma - k <= 4 && tokens[k]!.kind === 'word' && (startsUpper(text, tokens[k]!.start, tokens[k]!.end) || ctx.lex.nameConnectors.hasWord(tokens[k]))) k--;
  if (k === comma - 1 || !punctIn(tokens[k], COMMA_BIT) || tokenAt(ctx, k - 1)?.kind !== 'word' || tokens[k]!.sentence !== tokens[comma]!.sentence) return null;
  const first = k + 1;
  if (!startsUpper(text, tokens[first]!.start, tokens[first]!.end)) return null;
  const description = mentionBefore(ctx, k);
  if (!description || !ctx.lex.determiners.hasWord(tokens[description.first])) return null;
  // `X, an ecologist at the Survey in Cambridge, United Kingdom, told`: a description that is itself set
  // off after a name describes that name, and the capitalised words after it end a place.
  const lead = description.first - 1;
  if (punctIn(tokens[lead], COMMA_BIT) && tokenAt(ctx, lead - 1)?.kind === 'word' && startsUpper(text, tokenAt(ctx, lead - 1)!.start, tokenAt(ctx, lead - 1)!.end) && !startsSentence(ctx, lead - 1)) return null;
  return { start: tokens[first]!.start, end: tokenAt(ctx, comma - 1)!.end, first, last: comma - 1 };
}

function holdsClause(ctx: QuoteContext, m: Mention): boolean {
  const { tokens, lex } = ctx;
  // `said to New Scientist`: an addressee after `to`, not an inverted subject.
  if (lex.pronouns.hasWord(tokens[m.first]) || lex.infinitiveMarkers.hasWord(tokens[m.first])) return true;
  for (let k = m.first + 1; k <= m.last; k++) {
    const t = tokens[k]!;
    // `to` is no verb of its own (`a source close to the probe`).
    if (lex.passiveAuxiliaries.hasWord(t) || lex.compoundAuxiliaries.hasWord(t) || (lex.nonFiniteMarkers.hasWord(t) && !lex.infinitiveMarkers.hasWord(t))) return true;
  }
  return false;
}

/** `She’s said`, `they’d told`: the glued auxiliary of a pronoun written with its apostrophe. */
function contracted(ctx: QuoteContext, k: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[k]!;
  const pronoun = tokenAt(ctx, k - 1);
  return t.end - t.start <= 2 && pronoun !== undefined && pronoun.end === t.start && lex.pronouns.hasWord(pronoun);
}

/** Auxiliaries and adverbs between a subject and its verb (`had insisted`, `eventually concluded`). */
function skippable(ctx: QuoteContext, t: Token): boolean {
  const { lex } = ctx;
  if (lex.source.auxiliariesInCue) return false;
  return lex.auxiliaries.hasWord(t) || endsWithOneOf(t.norm, lex.adverbSuffixes, 3);
}

/** Whether an inverted subject ends its clause, as it must (`, said X.` / `, said X, adding`). */
function endsMention(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  return !t || t.sentence !== tokenAt(ctx, k - 1)!.sentence || t.kind === 'punct' || ctx.cueOfToken[k] !== undefined;
}

/** `وفقا لما ذكرته الوزارة`: the reported relative and its verb stand between the cue and the speaker. */
function skipReportedRelative(ctx: QuoteContext, k: number): number {
  const t = ctx.tokens[k];
  return t && ctx.lex.reportedRelatives.hasWord(t) ? k + 2 : k;
}

/** `quoted X as saying`, `نقلت ... عن X قوله`: the relayed speaker of a participle cue. */
function relayedBy(ctx: QuoteContext, cue: Cue): Mention | null {
  const { tokens, lex } = ctx;
  if (tokenAt(ctx, cue.first - 1)?.norm !== 'as') return null;
  for (let k = cue.first - 2; k >= 0 && k >= cue.first - 16; k--) {
    if (tokens[k]!.sentence !== tokens[cue.first]!.sentence) return null;
    if (lex.relayWords.hasWord(tokens[k]!)) {
      // `X was quoted (by the BBC) as saying`: the subject of the passive spoke; the agent only relays.
      if (lex.passiveAuxiliaries.hasWord(tokenAt(ctx, k - 1))) return mentionBefore(ctx, k - 1);
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
  if (!punctIn(tokens[found.after], COMMA_BIT) || relay?.kind !== 'word' || !lex.relayWords.hasWord(relay)) return found;
  const source = mentionAfter(ctx, found.after + 2, found.after);
  return source ? { speaker: source, implicit: false, after: source.last + 1 } : found;
}

/** Whether the verb is written without a conjunction prefix (a preverbal subject can only precede those). */
function prefixless(ctx: QuoteContext, cue: Cue): boolean {
  const norm = ctx.tokens[cue.head]!.norm;
  return !ctx.lex.prefixedCueWords.has(norm);
}

export { antecedent, infinitive, mentionAfter, mentionBefore } from './read-mention.js';
