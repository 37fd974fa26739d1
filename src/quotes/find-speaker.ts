import type { Mention, QuoteContext } from './context.js';
import { COMMA, isPunct } from './context.js';
import type { Cue } from './find-cues.js';
import type { Token } from './tokenize.js';

/** How a cue's speaker is known: a mention, a pronoun or no subject (implicit), or an antecedent. */
export interface SpeakerFound {
  speaker: Mention | null;
  implicit: boolean;
  /** Index of the first token after the cue and its mention. */
  after: number;
}

const MAX_MENTION_WORDS = 8;
const isCapitalised = (ctx: QuoteContext, t: Token): boolean => /^\p{Lu}/u.test(ctx.text.slice(t.start, t.end));
const hasLatin = (ctx: QuoteContext, t: Token): boolean => /\p{Script=Latin}/u.test(ctx.text.slice(t.start, t.end));

/** Whether a token may be part of a speaker mention at all. */
function mentionWord(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word') return false;
  const { lex } = ctx;
  return !lex.stops.has(t.norm) && !lex.complementizers.has(t.norm) && !ctx.cueOfToken[k] && !lex.speechNouns.has(t.norm);
}

/** Finds who spoke for a cue: the mention, or that it is implicit (a pronoun, no subject, a participle). */
export function findSpeaker(ctx: QuoteContext, cue: Cue): SpeakerFound {
  const { tokens, lex } = ctx;
  const next = cue.last + 1;
  if (cue.inverted) return { speaker: null, implicit: true, after: next };
  if (cue.kind === 'preposition') {
    const lastWord = tokens[cue.last]!.norm;
    if (lex.pronouns.has(lastWord)) return { speaker: antecedent(ctx, cue.first), implicit: true, after: next };
    const speaker = mentionAfter(ctx, skipReportedRelative(ctx, next));
    return { speaker, implicit: false, after: speaker ? speaker.last + 1 : next };
  }
  if (cue.kind === 'participle') {
    const relay = relayedBy(ctx, cue);
    if (relay) return { speaker: relay, implicit: false, after: next };
    return { speaker: null, implicit: true, after: next };
  }
  const following = tokens[next];
  if (following?.kind === 'word' && lex.pronouns.has(following.norm)) return { speaker: null, implicit: true, after: next + 1 };
  if (lex.source.subjectFirst) return subjectBefore(ctx, cue);
  const after = mentionAfter(ctx, next);
  if (after) return { speaker: after, implicit: false, after: after.last + 1 };
  const before = prefixless(ctx, cue) && isPunct(tokens[cue.first - 1], COMMA) ? mentionBefore(ctx, cue.first - 1) : null;
  return { speaker: before, implicit: before === null, after: next };
}

/** English and French: the subject stands before the verb, or after it when inverted (`, said X`). */
function subjectBefore(ctx: QuoteContext, cue: Cue): SpeakerFound {
  const { tokens, lex } = ctx;
  const next = cue.last + 1;
  let k = cue.first - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && lex.auxiliaries.has(tokens[k]!.norm) && !lex.source.auxiliariesInCue) k--;
  const before = tokens[k];
  if (before && lex.passiveAuxiliaries.has(before.norm) && lex.passiveAgent.has(tokens[next]?.norm ?? '')) {
    const agent = mentionAfter(ctx, next + 1);
    if (agent) return { speaker: agent, implicit: false, after: agent.last + 1 };
  }
  if (before?.kind === 'word' && lex.pronouns.has(before.norm)) {
    return { speaker: null, implicit: true, after: next };
  }
  const mention = before && before.sentence === tokens[cue.first]!.sentence ? mentionBefore(ctx, k + 1) : null;
  if (mention) return { speaker: mention, implicit: false, after: next };
  const inverted = mentionAfter(ctx, next);
  if (inverted) return { speaker: inverted, implicit: false, after: inverted.last + 1 };
  return { speaker: null, implicit: true, after: next };
}

/** The mention that starts at token `from`, skipping an addressee (`لـRT`, `à l'AFP`) and speech nouns. */
export function mentionAfter(ctx: QuoteContext, from: number): Mention | null {
  const { tokens, lex, text } = ctx;
  let k = from;
  for (let guard = 0; guard < 3 && k < tokens.length; guard++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && lex.speechNouns.has(t.norm)) { k++; continue; }
    if (t.kind === 'word' && lex.addresseePrefixes.some((p) => text.startsWith(p, t.start))) { k = skipName(ctx, k + 1); continue; }
    if (t.kind === 'word' && lex.addresseeWords.has(t.norm)) { k = skipName(ctx, k + 1); continue; }
    break;
  }
  const first = k;
  while (k < tokens.length && k - first < MAX_MENTION_WORDS && mentionWord(ctx, k) && tokens[k]!.sentence === tokens[first]!.sentence) k++;
  if (k === first) return null;
  let last = k - 1;
  const head = tokens[first]!;
  const descriptionFirst = lex.descriptionHeads.has(head.norm) || lex.titles.has(head.norm);
  if (descriptionFirst && isPunct(tokens[k], COMMA)) last = withApposition(ctx, k, last);
  const relay = tokens[last + 1];
  if (relay?.kind === 'word' && lex.relayWords.has(relay.norm)) {
    const relayed = mentionAfter(ctx, last + 2);
    if (relayed) return relayed;
  }
  return { start: head.start, end: tokens[last]!.end, first, last };
}

/** `المتحدث باسم الوزارة، فلان الفلاني:` — a description followed by the name it describes. */
function withApposition(ctx: QuoteContext, comma: number, last: number): number {
  const { tokens } = ctx;
  let k = comma + 1;
  const start = k;
  while (k < tokens.length && k - start < 4 && mentionWord(ctx, k) && !/\d/.test(tokens[k]!.norm)) k++;
  if (k === start) return last;
  const end = tokens[k];
  const closes = !end || end.kind === 'punct' || ctx.lex.complementizers.has(end.norm) || ctx.cueOfToken[k] !== undefined;
  return closes ? k - 1 : last;
}

/** Skips a short name after an addressee word, marks around it included (`لـ”رويترز”`, `à l'AFP`). */
function skipName(ctx: QuoteContext, k: number): number {
  const { tokens, lex } = ctx;
  const start = k;
  while (k < tokens.length && k - start < 4) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && ctx.markOfToken[k] === undefined && !'"“”«»\''.includes(t.norm)) break;
    if (t.kind === 'word' && k > start && !lex.determiners.has(tokens[k - 1]!.norm) && tokens[k - 1]!.kind === 'word') break;
    k++;
  }
  return k;
}

/** `وفقا لما ذكرته الوزارة`: the reported relative and its verb stand between the cue and the speaker. */
function skipReportedRelative(ctx: QuoteContext, k: number): number {
  const t = ctx.tokens[k];
  return t && (t.norm === 'لما' || t.norm === 'what') ? k + 2 : k;
}

/** `quoted X as saying`, `نقلت ... عن X قوله`: the relayed speaker of a participle cue. */
function relayedBy(ctx: QuoteContext, cue: Cue): Mention | null {
  const { tokens, lex } = ctx;
  if (tokens[cue.first - 1]?.norm !== 'as') return null;
  for (let k = cue.first - 2; k >= 0 && k >= cue.first - 16; k--) {
    if (tokens[k]!.sentence !== tokens[cue.first]!.sentence) return null;
    if (lex.relayWords.has(tokens[k]!.norm)) {
      const m = mentionAfter(ctx, k + 1);
      return m && m.last < cue.first ? m : null;
    }
  }
  return null;
}

/** `Charlie Kirk, un commentateur, selon lequel`: the mention a relative pronoun stands for. */
export function antecedent(ctx: QuoteContext, at: number): Mention | null {
  const k = isPunct(ctx.tokens[at - 1], COMMA) ? at - 1 : at;
  return mentionBefore(ctx, k);
}

/** Whether the verb is written without a conjunction prefix (a preverbal subject can only precede those). */
function prefixless(ctx: QuoteContext, cue: Cue): boolean {
  const norm = ctx.tokens[cue.head]!.norm;
  return !ctx.lex.prefixes.some((p) => norm.startsWith(p) && ctx.lex.phrases.has(norm.slice(p.length)));
}

/**
 * The mention that ends just before token `end`, read leftwards. In cased text a capitalised name is
 * read as a run of capitals (`Mrs Thatcher`), a common noun back to its determiner (`the then prime
 * minister`). A comma right before means an apposition: the name is the group that is capitalised.
 */
export function mentionBefore(ctx: QuoteContext, end: number): Mention | null {
  const { tokens } = ctx;
  if (isPunct(tokens[end - 1], COMMA)) {
    const group = readBack(ctx, end - 1);
    if (!group) return null;
    const g = tokens.slice(group.first, group.last + 1);
    const isName = !hasLatin(ctx, g[0]!) ? g.length <= 4 && !g.some((t) => /\d/.test(t.norm)) : g.every((t) => isCapitalised(ctx, t) || ctx.lex.titles.has(t.norm));
    if (isName) return group;
    if (isPunct(tokens[group.first - 1], COMMA)) return readBack(ctx, group.first - 1) ?? group;
    return group;
  }
  return readBack(ctx, end);
}

function readBack(ctx: QuoteContext, end: number): Mention | null {
  const { tokens, lex } = ctx;
  let k = end - 1;
  if (!mentionWord(ctx, k) || lex.pronouns.has(tokens[k]!.norm)) return null;
  const cased = hasLatin(ctx, tokens[k]!);
  const capitalRun = cased && isCapitalised(ctx, tokens[k]!);
  let first = k;
  for (; k >= 0 && end - k <= MAX_MENTION_WORDS && mentionWord(ctx, k) && tokens[k]!.sentence === tokens[end - 1]!.sentence; k--) {
    const t = tokens[k]!;
    if (lex.pronouns.has(t.norm)) break;
    if (capitalRun && !isCapitalised(ctx, t) && !lex.titles.has(t.norm) && !ctx.lex.nameConnectors.has(t.norm)) {
      if (lex.determiners.has(t.norm)) first = k;
      break;
    }
    first = k;
    if (cased && lex.determiners.has(t.norm)) break;
  }
  while (first < end - 1 && ctx.lex.nameConnectors.has(tokens[first]!.norm)) first++;
  return { start: tokens[first]!.start, end: tokens[end - 1]!.end, first, last: end - 1 };
}

