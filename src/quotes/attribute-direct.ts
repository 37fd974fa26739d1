import { isLetterCode } from '../text/char-class.js';
import type { Span } from '../text/span.js';
import type { Attribution, QuoteContext } from './context.js';
import { attribution, COMMA, isPunct, spanIndexAt, tokenIndexAt } from './context.js';
import type { Cue } from './find-cues.js';
import type { SpeakerFound, Speakers } from './find-speaker.js';
import { normaliseWord } from './normalise.js';
import type { MarkPair } from './pair-marks.js';
import { endsWithAny, innerWords } from './quoted-words.js';
import { startsUpper } from './word-case.js';
import { sortedByStart } from './split-interrupted.js';
import { COLON_BIT, COMMA_BIT, TERMINAL_BIT, punctIn, tokenAt } from './token-at.js';

/** Words a cue and its speaker may stand from the mark they introduce (`وقال X أمام لجنة ... “`). */
const PRE_CUE_REACH = 20;
/** Tokens between a closing mark and the cue that follows it (`," the airline's chief executive said`, `,” X of the University of Y in Z, W, said`). */
const POST_CUE_REACH = 16;
/** Beyond this many tokens after the mark, only the cue's own speaker mention may stand between. */
const NEAR_CUE = 9;
/** Characters a clause may run past a closing mark and still be nothing but that quotation (the mark, a stop). */
const MARK_SLACK = 3;
/** What may stand between a closing mark and its cue besides words. */
const COMMA_OR_DASH = COMMA + '-–—';

/** Marks in a row joined by commas and `and` (`«A», «B» et «C», ont crié ...`) share one attribution. */
interface Group {
  pairs: MarkPair[];
  openToken: number;
  closeToken: number;
}

/**
 * Turns mark pairs into direct quotes when a cue attributes them: a cue before the mark in the same
 * sentence, or a cue right after it. Marks without a cue are names, titles or scare quotes and are
 * left out (unless split-interrupted.ts finds them continuing a quote).
 */
export function attributeDirect(ctx: QuoteContext, speakers: Speakers, indirect: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  const clauses = new ClauseIndex(indirect);
  let coveredUntil = -1;
  for (const group of groupPairs(ctx)) {
    const first = group.pairs[0]!;
    if (first.open < coveredUntil) continue; // nested inside a quote already taken
    const found = attributionFor(ctx, group, speakers, clauses);
    if (!found) continue;
    for (const pair of group.pairs) {
      if (pair.family.weak && group.pairs.length > 1) continue;
      if (pair !== first && !mayBeSpeech(ctx, pair)) continue;
      out.push(attribution('direct', pair.inner, found.cue, null, found.speaker, found.implicit));
    }
    coveredUntil = group.pairs[group.pairs.length - 1]!.close;
  }
  return out;
}

function attributionFor(ctx: QuoteContext, group: Group, speakers: Speakers, clauses: ClauseIndex) {
  const first = group.pairs[0]!;
  if (!mayBeSpeech(ctx, first) && !shortSpeechBeforeCue(ctx, group)) return null;
  const before = cueBefore(ctx, group, speakers, clauses);
  if (before === 'fragment') return null;
  const after = cueAfter(ctx, group, speakers);
  const startsSentence = opensSentence(ctx, group.openToken);
  const cue = startsSentence ? (after ?? before) : (before ?? after);
  if (!cue) return null;
  // Brackets quote only right after their cue and its colon: `وقال (...)`.
  if (first.family.weak && (cue !== before || !onlyColonBetween(ctx, cue.last, group.openToken))) return null;
  const found = speakers.get(cue)!;
  return { cue, speaker: found.speaker, implicit: found.implicit };
}

/**
 * `«Nous partons», a dit Marie`: a few marked words set off by a comma and followed at once by a verb of
 * saying are speech however short; a name in guillemets is not cut off from its sentence that way.
 */
function shortSpeechBeforeCue(ctx: QuoteContext, group: Group): boolean {
  const { tokens } = ctx;
  // `la situation était «calme», a-t-on ajouté`: a word in marks inside a clause is part of that clause.
  if (group.pairs.length !== 1 || group.pairs[0]!.family.weak || !opensSentence(ctx, group.openToken)) return false;
  let k = group.closeToken + 1;
  const inside = endsWithAny(ctx.text, group.pairs[0]!.inner, ',!?');
  if (punctIn(tokens[k], COMMA_BIT)) k++;
  else if (!inside) return false;
  const cue = ctx.cueOfToken[k];
  return cue !== undefined && cue.first === k && cue.kind === 'verb' && innerWords(ctx.text, group.pairs[0]!.inner).words >= 1;
}

/** Whether marked words can be speech rather than a name, a title or a slogan. */
export function mayBeSpeech(ctx: QuoteContext, pair: MarkPair): boolean {
  // `the newspaper “...”`: marks after a noun that heads a name hold that name. Asked first: then the words need no count.
  const head = tokenAt(ctx, tokenIndexAt(ctx.tokens, pair.open) - 1);
  if (head !== undefined && head.kind === 'word' && ctx.lex.nameHeads.hasWord(head)) return false;
  const { words, cased } = innerWords(ctx.text, pair.inner);
  // `“The Times”`, `“Make America Great Again”`: a few words all capitalised are a title or a slogan.
  if (cased && words >= 2 && words <= 4 && !endsWithAny(ctx.text, pair.inner, '.!?,')) return false;
  if (words < ctx.lex.source.minQuoteWords) return false;
  // A mark glued to a word (`لـ"رويترز"`) wraps a name, unless the word is a conjunction prefix (`و"...`).
  return words >= 3 || !gluedToWord(ctx, pair.open);
}

/** Whether a letter other than a conjunction prefix stands right before the mark at `open`. */
function gluedToWord(ctx: QuoteContext, open: number): boolean {
  if (open <= 0) return false;
  const code = ctx.text.charCodeAt(open - 1);
  return isLetterCode(code) && !ctx.lex.prefixes.includes(normaliseWord(String.fromCharCode(code)));
}

/**
 * The cue before a mark: the cue of the reported clause the mark lies in (a quoted fragment of indirect
 * speech, kept where the language's annotation keeps those, else 'fragment'), or the nearest cue in
 * the sentence.
 */
function cueBefore(ctx: QuoteContext, group: Group, speakers: Speakers, clauses: ClauseIndex): Cue | 'fragment' | null {
  const pair = group.pairs[0]!;
  const nearest = nearestCueBefore(ctx, group, speakers);
  const inClause = clauses.around(pair);
  // `affirmant que des manifestants scandaient «...»`: a cue inside the clause attributes its own quote.
  if (inClause && nearest && nearest.start > inClause.span.start) return nearest;
  if (inClause) {
    // `que «des tags ...» avaient été tracés`: a clause that opens with the mark but goes on past it is
    // reported speech quoting a part; only a clause that ends with the mark is that quotation.
    const whole = inClause.span.start >= pair.open && inClause.span.end <= group.pairs[group.pairs.length - 1]!.close + MARK_SLACK;
    return whole || ctx.lex.source.fragmentsInClauses ? inClause.cue : 'fragment';
  }
  return nearest;
}

/** The nearest cue before the mark in its sentence, if its speaker ends close enough to the mark. */
function nearestCueBefore(ctx: QuoteContext, group: Group, speakers: Speakers): Cue | null {
  const { tokens } = ctx;
  const open = group.openToken;
  // `وقال الوزير:` at the end of a line hands its cue to the quotation that opens the next one.
  const sentence = punctIn(tokenAt(ctx, open - 1), COLON_BIT) ? tokenAt(ctx, open - 1)!.sentence : tokens[open]!.sentence;
  for (let k = open - 1; k >= 0 && k >= open - 2 * PRE_CUE_REACH && tokens[k]!.sentence === sentence; k--) {
    const cue = ctx.cueOfToken[k];
    if (!cue) continue;
    const found = speakers.get(cue)!;
    // `المبعوث "فلان"`, `وقال "فلان":`: a name in marks inside (or as) the speaker mention is no quotation.
    if (found.speaker && !found.implicit && open >= found.speaker.first && open < found.speaker.last) return null;
    if (open - Math.max(found.after, cue.last + 1) > PRE_CUE_REACH) return null;
    return cue;
  }
  return null;
}

function cueAfter(ctx: QuoteContext, group: Group, speakers: Speakers): Cue | null {
  const { tokens } = ctx;
  const close = group.closeToken;
  // `“... movements.”Mr Panarari added`: after a full stop inside the marks a capital starts a new sentence.
  const last = group.pairs[group.pairs.length - 1]!;
  const next = tokens[close + 1];
  if (endsWithAny(ctx.text, last.inner, '.!?') && next && startsUpper(ctx.text, next.start, next.end)) return null;
  for (let k = close + 1; k < tokens.length && k <= close + POST_CUE_REACH; k++) {
    const t = tokens[k]!;
    // A line of its own in marks is a heading: the cue that opens the next line is not its.
    if (t.lineBefore) return null;
    const cue = ctx.cueOfToken[k];
    if (cue) {
      // `"فلان"، ومؤكدا أن ...`: a cue with a content clause of its own does not reach back to marks before it.
      if (!ctx.lex.source.subjectFirst && ctx.lex.complementizers.hasWord(tokens[cue.last + 1])) return null;
      // A cue far from the mark attributes it only across its own speaker's long mention (`,” X of the University of Y in Z, W, said`).
      return k <= close + NEAR_CUE || ownMentionAfter(speakers.get(cue), close) ? cue : null;
    }
    if (punctIn(t, TERMINAL_BIT) || ctx.markOfToken[k]) return null;
    if (t.kind === 'punct' && !isPunct(t, COMMA_OR_DASH)) return null;
  }
  return null;
}

function ownMentionAfter(found: SpeakerFound | undefined, close: number): boolean {
  const first = found?.speaker && !found.implicit ? found.speaker.first : -1;
  return first > close && first <= close + 2;
}

/** Whether nothing but a conjunction stands between the start of the sentence and the mark. */
function opensSentence(ctx: QuoteContext, open: number): boolean {
  const { tokens } = ctx;
  const prev = tokenAt(ctx, open - 1);
  if (!prev || prev.sentence !== tokens[open]!.sentence) return true;
  if (tokens[open]!.lineBefore || (prev.lineBefore && ctx.lex.prefixes.includes(prev.norm))) return true;
  // A one-letter conjunction glued to the mark (`و"...`): its length is read off the token, no slice made.
  if (prev.end === tokens[open]!.start && prev.end - prev.start === 1 && ctx.lex.prefixes.includes(prev.norm)) {
    const before = tokenAt(ctx, open - 2);
    return !before || before.sentence !== tokens[open]!.sentence || punctIn(before, TERMINAL_BIT);
  }
  return punctIn(prev, TERMINAL_BIT);
}

/**
 * Clauses sorted by start, to find the one a mark pair lies in. Clauses barely overlap (each ends
 * where the next attribution starts), so looking back over a few candidates is enough.
 */
class ClauseIndex {
  private readonly sorted: Attribution[];
  private readonly spans: Span[];
  constructor(clauses: readonly Attribution[]) {
    this.sorted = sortedByStart(clauses);
    this.spans = [];
    for (const c of this.sorted) this.spans.push(c.span);
  }

  around(pair: MarkPair): Attribution | undefined {
    const at = spanIndexAt(this.spans, pair.open + 2);
    for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
      const c = this.sorted[i]!;
      // `... was a “hopelessly rushed” plan, an engineer said`: the clause may come before its cue too.
      if (pair.close <= c.span.end + 3 && c.cue && (c.cue.end <= pair.open || (c.cue.start >= c.span.end && pair.open >= c.span.start))) return c;
    }
    return undefined;
  }
}

function onlyColonBetween(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (!punctIn(ctx.tokens[k], COLON_BIT)) return false;
  return true;
}

function groupPairs(ctx: QuoteContext): Group[] {
  const groups: Group[] = [];
  for (let p = 0; p < ctx.pairs.length; p++) {
    const pair = ctx.pairs[p]!;
    const openToken = ctx.openTokenOf[p]!;
    const closeToken = ctx.closeTokenOf[p]!;
    const last = groups.length > 0 ? groups[groups.length - 1] : undefined;
    if (last && pair.open > last.pairs[last.pairs.length - 1]!.close && joined(ctx, last.closeToken, openToken)) {
      last.pairs.push(pair);
      last.closeToken = closeToken;
    } else {
      groups.push({ pairs: [pair], openToken, closeToken });
    }
  }
  return groups;
}

/** Only commas and `and`/`et`/`و` between two marks. */
function joined(ctx: QuoteContext, close: number, open: number): boolean {
  if (open - close > 3 || open - close < 2) return false; // marks side by side are not a list
  for (let k = close + 1; k <= open; k++) {
    const t = ctx.tokens[k]!;
    if (t.lineBefore) return false; // a new paragraph starts a new attribution
    if (k === open) break;
    if (!punctIn(t, COMMA_BIT) && !(t.kind === 'word' && ctx.lex.conjunctions.hasWord(t))) return false;
  }
  return true;
}

