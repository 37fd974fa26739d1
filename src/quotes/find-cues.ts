import { isUpperCode } from '../text/char-class.js';
import type { Span } from '../text/span.js';
import type { CompiledLexicon, CueKind } from './lang/index.js';
import { isPassiveCue, passiveAgentAfter } from './passive-cue.js';
import type { Token } from './tokenize.js';

/** A reporting word or phrase as written, with the tokens it covers. */
export interface Cue extends Span {
  kind: CueKind;
  /** First and last token of the cue (auxiliaries included when the language writes them into it). */
  first: number;
  last: number;
  /** Index of the reporting word itself (the first word of a phrase). */
  head: number;
  /** The subject is a pronoun carried by the cue (`a-t-il dit`, `dit-il`): the speaker is implicit. */
  inverted: boolean;
}

/**
 * Finds every cue in the token list: verbs with their conjunction prefix, participles, phrases, and bare
 * verbs that are cues only right after a closing mark (`"…," reply the twins`).
 */
export function findCues(tokens: readonly Token[], lex: CompiledLexicon, markOfToken: readonly ('open' | 'close' | undefined)[] = [], text = ''): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Nearly every word is no cue's first word; the filter says so without making its matching form.
    if (token.kind !== 'word' || !lex.cueStarts.mayHave(token.hash)) continue;
    const found = matchAt(tokens, i, lex) ?? afterQuote(tokens, i, lex, markOfToken, text) ?? impersonal(tokens, i, lex) ?? narrative(tokens, i, lex);
    if (!found || (found.kind === 'verb' && (isPassive(text, token, lex) || lex.verbNegations.hasWord(tokens[i - 1]) || afterArticle(tokens, found, lex))) || nounWithConjunction(tokens, found, lex)) continue;
    if (lex.speechOnlyVerbs.hasWord(token) && !speechFollows(tokens, found.last + 1, lex)) continue;
    // `claimed that protesters are chanting "we want X"`: a progressive verb with a marked chant is a scene in the clause, not a quote.
    if (found.kind === 'participle' && lex.source.subjectFirst && lex.passiveAuxiliaries.hasWord(tokens[i - 1]) && markOfToken[found.last + 1] === 'open') continue;
    // `, said noted rapper X`: a verb form right after a verb cue is an adjective of the subject that follows.
    const previous = cues[cues.length - 1];
    if (found.kind === 'verb' && previous?.kind === 'verb' && previous.last === i - 1) continue;
    // `on states`, `amid reports`; `Local media reports said`: before a verb of saying it is that verb's subject.
    if (found.kind === 'verb' && found.first === i && (lex.nounMarkers.hasWord(tokens[i - 1]) || lex.bareClauseVerbs.hasWord(tokens[found.last + 1]))) continue;
    // A passive with no agent names no speaker: its subject is what was said about.
    if (found.kind === 'verb' && isPassiveCue(tokens, found.first, lex) && passiveAgentAfter(tokens, found.last, lex) < 0) continue;
    cues.push(found);
    i = found.last;
  }
  return cues;
}

function matchAt(tokens: readonly Token[], i: number, lex: CompiledLexicon): Cue | null {
  const token = tokens[i]!;
  if (token.kind !== 'word') return null;
  // One lookup gives the phrases of the word as written, then those of it without each conjunction prefix (وقال → قال).
  const candidates = lex.cueForms.get(token.norm);
  if (candidates !== undefined) {
    for (let c = 0; c < candidates.length; c++) {
      const phrase = candidates[c]!;
      if (!restMatches(tokens, i, phrase.words)) continue;
      if (lex.bareForms.hasWord(token)) {
        // `declined to say`, `did not confirm`: a bare verb after `to`, a modal or a negation reports nothing said.
        if (lex.nonFiniteMarkers.hasWord(tokens[i - 1])) return null;
        // `Say what you will about ...`: a bare verb that opens its sentence is an imperative.
        if (i === 0 || tokens[i - 1]!.sentence !== token.sentence) return null;
      }
      const last = i + phrase.words.length - 1;
      return withAuxiliaries(tokens, { start: token.start, end: tokens[last]!.end, kind: phrase.kind, first: i, last, head: i, inverted: false }, lex);
    }
  }
  // `dit-il`, `poursuit-elle`: a verb with its subject pronoun glued behind.
  if (lex.inverted.hasWord(token)) {
    const verb = token.norm.split('-')[0]!;
    if (lex.phrases.get(verb)?.some((p) => p.words.length === 1 && p.kind === 'verb')) {
      return { start: token.start, end: token.end, kind: 'verb', first: i, last: i, head: i, inverted: true };
    }
  }
  return null;
}

/**
 * `نُقلوا`, `قُتل`: a past verb written with the passive vowel on its first letter (after a conjunction
 * prefix) tells what was done to its subject, not what it said. Unvowelled text never trips this.
 */
function isPassive(text: string, token: Token, lex: CompiledLexicon): boolean {
  const vowel = lex.source.passiveVowel;
  if (!vowel || text === '') return false;
  // Looked for in the word's first letters only: a search of the text could run to its end.
  let at = token.start;
  while (at < token.end && at <= token.start + 3 && text[at] !== vowel) at++;
  if (at >= token.end || at > token.start + 3) return false;
  let first = token.start;
  if (at - first > 1 && lex.prefixes.includes(text[first]!)) first++;
  return at === first + 1 && !(lex.source.presentLetters ?? '').includes(text[first]!);
}

/**
 * `"…," reply Burton and Nick`: a bare verb of saying is an inverted cue right after a quotation that
 * ends with its punctuation (inside the marks or a comma after them), with its subject after it.
 */
function afterQuote(tokens: readonly Token[], i: number, lex: CompiledLexicon, markOfToken: readonly ('open' | 'close' | undefined)[], text: string): Cue | null {
  if (!lex.afterQuoteCues.hasWord(tokens[i]!)) return null;
  // `"...," State Department spokesman X said`: a capitalised word after a quotation opens a name, not an inverted verb.
  if (text !== '' && isUpperCode(text.charCodeAt(tokens[i]!.start))) return null;
  const comma = tokens[i - 1]?.kind === 'punct' && markOfToken[i - 1] !== 'close';
  const close = comma ? i - 2 : i - 1;
  if (markOfToken[close] !== 'close' || (comma && !SPEECH_END.includes(tokens[i - 1]!.norm))) return null;
  if (!comma && !SPEECH_END.includes(tokens[close - 1]?.norm ?? '')) return null;
  // `protest during the crisis`: the subject, a name or a noun phrase, follows an inverted verb.
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || !(lex.determiners.hasWord(next) || isUpperCode(next.code))) return null;
  return { start: tokens[i]!.start, end: tokens[i]!.end, kind: 'verb', first: i, last: i, head: i, inverted: false };
}

/** `a-t-on appris`, `apprend-on`: a verb of learning is a cue only with the impersonal pronoun, whose source it names. */
function impersonal(tokens: readonly Token[], i: number, lex: CompiledLexicon): Cue | null {
  const token = tokens[i]!;
  if (!lex.impersonalCues.hasWord(token)) return null;
  if (token.norm.includes('-')) return { start: token.start, end: token.end, kind: 'verb', first: i, last: i, head: i, inverted: true };
  const before = tokens[i - 1];
  const dash = before?.kind === 'word' ? before.norm.lastIndexOf('-') : -1;
  if (!before || dash < 0 || !lex.inverted.hasWord(before) || !lex.impersonalPronouns.has(before.norm.slice(dash + 1))) return null;
  return { start: before.start, end: token.end, kind: 'verb', first: i - 1, last: i, head: i, inverted: true };
}

/**
 * `Une demande publiée le 29 novembre`: a verb form right after an article (one that is no object pronoun,
 * as `le` is in `il le dit`) is the noun it looks like. Only where object pronouns are known.
 */
function afterArticle(tokens: readonly Token[], cue: Cue, lex: CompiledLexicon): boolean {
  const before = tokens[cue.first - 1];
  return lex.objectClitics.size > 0 && cue.first === cue.head && lex.determiners.hasWord(before) && !lex.objectClitics.hasWord(before);
}

/** `Et de prévenir : «...»`: an infinitive of saying behind `et de` carries on the last speaker's words. */
function narrative(tokens: readonly Token[], i: number, lex: CompiledLexicon): Cue | null {
  const lead = lex.narrativeLead;
  if (lead.length === 0 || !lex.narrativeInfinitives.hasWord(tokens[i]!)) return null;
  const first = i - lead.length;
  for (let k = 0; k < lead.length; k++) if (tokens[first + k]?.kind !== 'word' || tokens[first + k]!.norm !== lead[k]) return null;
  return { start: tokens[first]!.start, end: tokens[i]!.end, kind: 'verb', first, last: i, head: i, inverted: true };
}

/**
 * `مراقبة ومتابعة وبعث`: a participle written with a conjunction prefix and followed by a plain word is
 * the verbal noun it looks like (follow-up), joined to a list; as a cue it is followed by speech
 * (`ومؤكدا أن`, `ومشيرا إلى`, `ومضيفا:`).
 */
function nounWithConjunction(tokens: readonly Token[], cue: Cue, lex: CompiledLexicon): boolean {
  if (cue.kind !== 'participle' || cue.first !== cue.last) return false;
  const word = tokens[cue.head]!.norm;
  if (lex.phrases.has(word) || !lex.prefixedCueWords.has(word)) return false;
  const next = tokens[cue.last + 1];
  if (next === undefined || next.kind !== 'word') return false;
  return !lex.complementizers.hasWord(next) && !lex.speechNouns.hasWord(next) && !lex.source.cueLinks.includes(next.norm);
}

/** `وزاد:`, `وزاد قائلا`: a colon or a participle of saying right after the verb. */
function speechFollows(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.kind === 'punct') return t.norm === ':';
  return lex.cueForms.get(t.norm)?.some((p) => p.kind === 'participle') ?? false;
}

/** What ends a quotation that an inverted verb attributes. */
const SPEECH_END = ',.!?…';

/** Whether the words after token i are the phrase's words after its first. */
function restMatches(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const t = tokens[i + k];
    if (t === undefined || t.kind !== 'word' || t.norm !== words[k]) return false;
  }
  return true;
}

/** Extends a French-style cue leftwards over its auxiliary and adverbs (`avaient notamment crié`, `a-t-il ajouté`). */
function withAuxiliaries(tokens: readonly Token[], cue: Cue, lex: CompiledLexicon): Cue {
  if (cue.kind !== 'verb') return cue;
  const before = tokens[cue.first - 1];
  if (before && before.kind === 'word' && lex.inverted.hasWord(before)) {
    return { ...cue, start: before.start, first: cue.first - 1, inverted: true };
  }
  if (!lex.source.auxiliariesInCue) return cue;
  let first = cue.first;
  for (let k = cue.first - 1; k >= 0 && k >= cue.first - 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !lex.auxiliaries.hasWord(t)) break;
    first = k;
  }
  // Only a real auxiliary opens a compound tense; a run of adverbs alone stays outside the cue.
  while (first < cue.first && !lex.compoundAuxiliaries.hasWord(tokens[first]!)) first++;
  return { ...cue, start: tokens[first]!.start, first };
}

