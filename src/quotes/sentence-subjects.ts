import type { Sentence } from '../sentences/index.js';
import type { Mention, QuoteContext } from './context.js';
import { tokenIndexAt } from './context.js';
import { mentionAfter } from './find-speaker.js';
import { capitalisedElsewhere, insideQuotation } from './proper-opening.js';
import type { ResolutionLog } from './resolve-implicit-speaker.js';
import { COMMA_BIT, punctIn, tokenAt } from './token-at.js';
import type { Token } from './tokenize.js';
import { startsUpper } from './word-case.js';

/**
 * Named subjects that open sentences (the antecedents of later pronouns), read only when a cue asks:
 * most cues have a speaker of their own. Backwards from the asking cue to where the last question
 * stopped, so each sentence is read about once however the questions fall.
 */
export class SubjectCursor {
  /** The answer for `askedAt`, and the last sentence starting before it. */
  private answer: Mention | null = null;
  private askedAt = -1;
  private floor = 0;
  constructor(private readonly ctx: QuoteContext) {}

  save(log: ResolutionLog, index: number): void {
    log.answers[index] = this.answer;
    log.askedAt[index] = this.askedAt;
    log.floors[index] = this.floor;
  }

  restore(log: ResolutionLog, index: number): void {
    this.answer = log.answers[index]!;
    this.askedAt = log.askedAt[index]!;
    this.floor = log.floors[index]!;
  }

  /**
   * The latest named subject that ends at or before `at`; `at` never decreases between calls. Null, with
   * nothing remembered, once the sentences left to read all end by `after`: a subject there would come
   * before the latest speaker, and the caller takes only one that ends after it.
   */
  latestEndingBy(at: number, after: number): Mention | null {
    if (at === this.askedAt) return this.answer;
    const { sentences } = this.ctx;
    // The last sentence that starts before `at`, -1 when none does.
    const top = sentenceIndexAt(sentences, at) - 1;
    let found: Mention | null = null;
    for (let s = top; s >= this.floor && found === null; s--) {
      // A sentence's opening mention ends, at the latest, with the sentence after it (its first word may be a lone conjunction).
      if (s + 1 < sentences.length && sentences[s + 1]!.end <= after) return null;
      const m = sentenceOpening(this.ctx, s);
      if (m !== null && m.end <= at) found = m;
    }
    this.answer = found ?? this.answer;
    this.askedAt = at;
    this.floor = Math.max(top, 0);
    return this.answer;
  }
}

/**
 * `The source declined to say ... but said`: a verb joined to the main one takes the sentence's subject
 * even when it names no one, as long as it opens with a determiner (`The source`, `A spokesman`).
 */
export function describedOpening(ctx: QuoteContext, sentence: number): Mention | null {
  let k = firstTokenOf(ctx, sentence);
  if (k === undefined) return null;
  if (ctx.lex.conjunctions.hasWord(ctx.tokens[k]!)) k++;
  if (!ctx.lex.determiners.hasWord(ctx.tokens[k]) || insideQuotation(ctx, ctx.tokens[k]!.start)) return null;
  return mentionAfter(ctx, k, k);
}

/**
 * The named mention sentence `sentence` opens with, read once per report (ctx.openings): both resolutions
 * (index.ts reresolve) and the main-clause lookups ask about the same sentences, and each reading is a
 * mention search. A fresh copy each call, as each reading made one.
 */
export function sentenceOpening(ctx: QuoteContext, sentence: number): Mention | null {
  let m = ctx.openings[sentence];
  if (m === undefined) ctx.openings[sentence] = m = openingMention(ctx, firstTokenOf(ctx, sentence));
  // Speakers are told apart by identity (`recent` above): a shared object would merge two readings.
  return m && { start: m.start, end: m.end, first: m.first, last: m.last };
}

function openingMention(ctx: QuoteContext, first: number | undefined): Mention | null {
  if (first === undefined) return null;
  const { tokens, lex } = ctx;
  let k = first;
  if (lex.conjunctions.hasWord(tokens[k]!)) k++;
  // A sentence that opens inside a quotation is the quoted speaker's: its subject is no one in this report.
  if (insideQuotation(ctx, tokens[k]!.start)) return null;
  // `Au cours d'un entretien, le président avait ...`, `Hier sur France Inter, le ministre a ...`: the subject follows the scene set before it.
  if (lex.scenePrepositions.hasWord(tokens[k]) || lex.timeWords.hasWord(tokens[k])) k = afterScene(ctx, k);
  if (k < 0) return null;
  if (lex.source.subjectFirst) k = afterOpeningAdverbial(ctx, k);
  const m = mentionAfter(ctx, k, k);
  // The lookups first: isNamed may read the whole report's capitals, and `He`, `Il` need none of it.
  if (m === null || lex.pronouns.hasWord(tokens[m.first]!)) return null;
  // `Les propos du chef de l'État remontent ...`: what was said is no one who says more.
  const head = lex.determiners.hasWord(tokens[m.first]) ? m.first + 1 : m.first;
  return lex.utteranceNouns.hasWord(tokens[head]) || !isNamed(ctx, m) ? null : nameOnly(ctx, m);
}

/** Tokens of a scene looked over for the comma that ends it. */
const MAX_SCENE_TOKENS = 14;

/** The token after the comma that ends a scene opening at `k`, or -1. */
function afterScene(ctx: QuoteContext, k: number): number {
  const { tokens } = ctx;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_SCENE_TOKENS && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
    if (punctIn(tokens[j], COMMA_BIT)) return tokens[j + 1]?.sentence === tokens[k]!.sentence ? j + 1 : -1;
    if (tokens[j]!.kind === 'punct' && !ctx.markOfToken[j]) return -1;
  }
  return -1;
}

/** Most tokens of a phrase of time or place that opens a sentence before its subject (`On Tuesday,`). */
const MAX_ADVERBIAL = 6;

/** `On Tuesday, Mr X met ...`: where subjects come first, a leading prepositional phrase and its comma are passed over. */
function afterOpeningAdverbial(ctx: QuoteContext, k: number): number {
  const { tokens, lex } = ctx;
  const first = tokens[k]!;
  if (first.kind !== 'word' || (!lex.phraseLinks.hasWord(first) && !lex.nounMarkers.hasWord(first)) || lex.determiners.hasWord(first)) return k;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_ADVERBIAL; j++) {
    const t = tokens[j]!;
    if (t.sentence !== first.sentence || ctx.cueOfToken[j] !== undefined) return k;
    if (punctIn(t, COMMA_BIT)) return j + 1 < tokens.length && tokens[j + 1]!.sentence === first.sentence ? j + 1 : k;
    if (t.kind === 'punct') return k;
  }
  return k;
}

/**
 * A mention holding a proper name: a capitalised word that is not merely the first word of the sentence.
 * The first word counts when it is a title, or a word the report capitalises mid-sentence too (`Holtz`,
 * not `Despite`, `Both`, `Anti-government`).
 */
function isNamed(ctx: QuoteContext, m: Mention): boolean {
  const { lex, tokens, text } = ctx;
  const first = tokens[m.first]!;
  // `Alluding to Mr Di Maio’s trip, it added`: an opening word that is no name makes the run an adverbial.
  if (startsUpper(text, first.start, first.end) && !lex.determiners.hasWord(first)) return nameOpens(ctx, m);
  // `le président avait évoqué`: a title with its article names someone the report has spoken of.
  const head = tokens[m.first + 1];
  if (lex.determiners.hasWord(first) && head !== undefined && !lex.determiners.hasWord(head) && lex.descriptionHeads.hasWord(head)) return true;
  for (let k = m.first + 1; k <= m.last; k++) {
    const t = tokens[k]!;
    if (startsUpper(text, t.start, t.end)) return true;
  }
  return false;
}

/** Whether a capitalised first word of a sentence is a name, a title, a speaking group or a possessive before a name. */
function nameOpens(ctx: QuoteContext, m: Mention): boolean {
  const { lex, tokens, text } = ctx;
  const t = tokens[m.first]!;
  if (lex.titles.hasWord(t) || lex.descriptionHeads.hasWord(t) || lex.speakerNouns.hasWord(t) || capitalisedElsewhere(ctx, m.first)) return true;
  // `France’s minister for the economy, Bruno Le Maire,`: a possessive description with the name after it.
  if (endsInApostrophe(ctx, t)) return appositionName(ctx, m) !== null;
  // `Lou Holtz`: two capitalised words, the second a name seen elsewhere (`Holtz`), not a title.
  const second = tokens[m.first + 1];
  return m.last > m.first && second !== undefined && startsUpper(text, second.start, second.end) && !lex.titles.hasWord(second) && capitalisedElsewhere(ctx, m.first + 1);
}

/**
 * A sentence-opening mention cut to its name: a leading run of capitalised words (`Mrs Thatcher marked`
 * → `Mrs Thatcher`); a mention opening with a determiner is kept as read (`The mayor of X, Name`).
 */
function nameOnly(ctx: QuoteContext, m: Mention): Mention {
  const { tokens, lex } = ctx;
  if (lex.determiners.hasWord(tokens[m.first]!)) return m;
  let last = m.first;
  while (last < m.last) {
    const t = tokens[last + 1]!;
    if (!startsUpper(ctx.text, t.start, t.end) && !lex.nameConnectors.hasWord(t)) break;
    last++;
  }
  // `France’s minister for the economy, Bruno Le Maire,`: a possessive opens a description, not a name.
  if (endsInApostrophe(ctx, tokens[last]!) && last < m.last) return appositionName(ctx, m) ?? m;
  while (last > m.first && lex.nameConnectors.hasWord(tokens[last]!)) last--;
  return { start: tokens[m.first]!.start, end: tokens[last]!.end, first: m.first, last };
}

function endsInApostrophe(ctx: QuoteContext, t: Token): boolean {
  const code = ctx.text.charCodeAt(t.end - 1);
  return code === 0x27 || code === 0x2019;
}

/** The name set off by commas right after a description (`the minister, Bruno Le Maire, said`), or null. */
function appositionName(ctx: QuoteContext, m: Mention): Mention | null {
  const { tokens, text } = ctx;
  const first = m.last + 2;
  if (!punctIn(tokens[m.last + 1], COMMA_BIT)) return null;
  let k = first;
  while (k < tokens.length && k - first < 4 && tokens[k]!.kind === 'word' && startsUpper(text, tokens[k]!.start, tokens[k]!.end)) k++;
  if (k === first || !punctIn(tokens[k], COMMA_BIT)) return null;
  return { start: tokens[first]!.start, end: tokenAt(ctx, k - 1)!.end, first, last: k - 1 };
}

/**
 * The first token of a sentence, or undefined when none starts in it: sentences are sorted and apart,
 * and a token belongs to the sentence its start lies in, so a binary search finds it.
 */
function firstTokenOf(ctx: QuoteContext, sentence: number): number | undefined {
  const s = ctx.sentences[sentence]!;
  const k = tokenIndexAt(ctx.tokens, s.start);
  return k < ctx.tokens.length && ctx.tokens[k]!.start < s.end ? k : undefined;
}

/**
 * Index of the first of `list` (sorted by start) that starts at or after `offset`: a binary search of its
 * own, so that context.ts's tokenIndexAt reads the start of tokens only and its property load stays
 * monomorphic.
 */
function sentenceIndexAt(list: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
