import type { Attribution, QuoteContext } from './context.js';
import { attribution, COLON, COMMA, isPunct, tokenIndexAt } from './context.js';
import type { Cue } from './find-cues.js';
import type { Token } from './tokenize.js';
import type { Speakers } from './find-speaker.js';
import { isClockTime, trimClause } from './clause.js';
import { infinitiveClauseStart } from './infinitive-complement.js';
import { isQuoteMark } from './pair-marks.js';
import { DECORATION, headlineSpeaker } from './line-speaker.js';
import { COLON_BIT, COMMA_BIT, TERMINAL_BIT, markAt, punctIn, tokenAt } from './token-at.js';

/** Longest unmarked statement, in tokens, so a run-on line full of colons stays linear. */
const MAX_STATEMENT_TOKENS = 300;
/** Fewest words a statement after the colon needs to be speech rather than a list or a label. */
const MIN_STATEMENT_WORDS = 3;

/**
 * Speech without marks, as Telegram and headlines write it: `Speaker: statement` at the head of a
 * sentence (cue ":"), or a cue and its speaker then a colon (`وقال X : ...`). The statement runs to
 * the end of its sentence. Labels (`عاجل:`, `Update:`) and datelines are not speakers.
 */
export function findColonSpeech(ctx: QuoteContext, speakers: Speakers): Attribution[] {
  const out: Attribution[] = [];
  const { tokens, text } = ctx;
  // Few tokens are colons: they are found by a native search of the text, each then looked up as a token.
  for (let at = text.indexOf(COLON); at >= 0; at = text.indexOf(COLON, at + 1)) {
    const k = tokenIndexAt(tokens, at);
    if (tokens[k]?.start !== at || isClockTime(ctx, k)) continue;
    const sentence = tokens[k]!.sentence;
    const pair = ctx.markOfToken[k + 1] === 'open' ? ctx.pairOfToken[k + 1] : undefined;
    if (pair && !nearestCue(ctx, k, sentence)) {
      // `مسؤول إسرائيلي: "..."`: a headline speaker and a colon before marked words, the statement
      // running on past them when the line goes on (`: "...", and more`).
      const speaker = headlineSpeaker(ctx, k);
      const span = speaker && (paragraphAfter(ctx, k, tokenIndexAt(tokens, pair.close)) ?? pair.inner);
      if (speaker && span) out.push(attribution('direct', span, null, tokens[k]!, speaker, false));
      continue;
    }
    if (ctx.markOfToken[k + 1] || isMarkNext(ctx, k)) continue;
    const cue = nearestCue(ctx, k, sentence);
    if (cue) {
      const statement = markedAfterComplementizer(ctx, k) ?? statementAfter(ctx, k, sentence);
      if (!statement) continue;
      const found = speakers.get(cue)!;
      out.push(attribution('direct', statement, cue, null, found.speaker, found.implicit));
      continue;
    }
    const speaker = headlineSpeaker(ctx, k);
    const statement = speaker && paragraphAfter(ctx, k, k);
    if (speaker && statement) out.push(attribution('direct', statement, null, tokens[k]!, speaker, false));
  }
  return out;
}

/** `وأضافت الوكالة: إن "..."`: a complementizer after the colon, then the marked speech itself. */
function markedAfterComplementizer(ctx: QuoteContext, colon: number) {
  const t = ctx.tokens[colon + 1];
  if (t === undefined || t.kind !== 'word' || !ctx.lex.complementizers.hasWord(t) || ctx.markOfToken[colon + 2] !== 'open') return null;
  return ctx.pairOfToken[colon + 2]!.inner;
}

/** A mark after the colon, paired or not, means marked speech: that is attribute-direct.ts's to read. */
function isMarkNext(ctx: QuoteContext, k: number): boolean {
  const next = ctx.tokens[k + 1];
  return next !== undefined && next.kind === 'punct' && (isQuoteMark(next.norm) || next.norm === '(');
}

function statementAfter(ctx: QuoteContext, colon: number, sentence: number) {
  const { tokens } = ctx;
  let from = colon + 1;
  while (isPunct(tokens[from], DECORATION)) from++;
  const first = tokens[from];
  if (!first || first.sentence !== sentence || first.kind !== 'word' || /^(?:https?|www|t\.me)/.test(first.norm)) return null;
  let end = from;
  while (end < tokens.length && end - colon < MAX_STATEMENT_TOKENS && tokens[end]!.sentence === sentence && !punctIn(tokens[end], COLON_BIT) && !endsAtCue(ctx, end, colon + 1)) end++;
  let words = 0;
  for (let k = from; k < end; k++) if (tokens[k]!.kind === 'word') words++;
  if (words < MIN_STATEMENT_WORDS) return null;
  return trimClause(ctx, { start: first.start, end: tokenAt(ctx, end - 1)!.end });
}

/** The statement stops where a new attribution starts (`،وقال (...)`). */
function endsAtCue(ctx: QuoteContext, k: number, start: number): boolean {
  return k > start && tokenAt(ctx, k - 1)!.kind === 'punct' && ctx.cueOfToken[k] !== undefined;
}

/** A cue in the same sentence before the colon, with nothing but its speaker and a phrase or two between. */
function nearestCue(ctx: QuoteContext, colon: number, sentence: number): Cue | null {
  for (let k = colon - 1; k >= 0 && k >= colon - 16 && ctx.tokens[k]!.sentence === sentence; k--) {
    if (punctIn(ctx.tokens[k], TERMINAL_BIT | COLON_BIT)) return null;
    const cue = ctx.cueOfToken[k];
    // `a reconnu avoir tiré ...: il affirme ...`: a cue whose content came before the colon does not own what follows it.
    if (cue) return cue.kind === 'preposition' || infinitiveClauseStart(ctx, cue, cue.last + 1) >= 0 ? null : cue;
  }
  return null;
}

/** Bullets and emoji that open a line or a unit of a Telegram post (`- `, `•`, `🔴`). */
function isBullet(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && !isQuoteMark(t.norm) && !isPunct(t, BRACKETS_AND_COMMAS);
}

/**
 * The statement of a headline speaker: the rest of its line, or when the colon
 * ends its line, the next line; a statement that opens with a bullet or an emoji runs on over the
 * sentences and bulleted lines after it, one without ends with its sentence. It stops
 * at the next `Speaker:` unit (before its bullet), at a spaced dash that ends an unbulleted statement
 * (`... - source`), or where a new attribution starts. `from` is the colon, or the closing mark of
 * marked words right after it, which must be followed by more words for the paragraph to be taken.
 */
function paragraphAfter(ctx: QuoteContext, colon: number, from: number) {
  const { tokens } = ctx;
  let first = colon + 1;
  let bulleted = false;
  for (; isBullet(tokens[first]); first++) if (!isPunct(tokens[first], DECORATION)) bulleted = true;
  const head = tokens[first];
  if (!head || head.kind !== 'word' && ctx.markOfToken[first] !== 'open') return null;
  if (/^(?:https?|www|t\.me)/.test(head.norm)) return null;
  let end = Math.max(first, from + 1);
  for (; end < tokens.length && end - colon < MAX_PARAGRAPH_TOKENS; end++) {
    const t = tokens[end]!;
    if (t.lineBefore && end > first && !(bulleted && isBullet(t))) break;
    if (!bulleted && t.sentence !== head.sentence) break;
    if (punctIn(t, COLON_BIT) && !isClockTime(ctx, end)) {
      if (nearestCue(ctx, end, t.sentence)) continue;
      const next = headlineSpeaker(ctx, end);
      if (next) end = next.first;
      break;
    }
    if (!bulleted && isSpacedDash(ctx, end)) break;
    if (endsAtCue(ctx, end, first)) break;
  }
  // Marked words run on into the statement only after a comma (`: "...", and more`).
  if (from > colon && (end <= from + 2 || !punctIn(tokens[from + 1], COMMA_BIT))) return null;
  while (end > first && isBullet(tokenAt(ctx, end - 1)) && markAt(ctx, end - 1) === undefined) end--;
  let words = 0;
  for (let k = first; k < end; k++) if (tokens[k]!.kind === 'word') words++;
  if (words < MIN_STATEMENT_WORDS) return null;
  return trimClause(ctx, { start: tokens[first]!.start, end: tokenAt(ctx, end - 1)!.end });
}

/** ` - ` with space on both sides: a separator between a statement and what follows it, not a hyphen. */
function isSpacedDash(ctx: QuoteContext, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k]!;
  return isPunct(t, DASHES) && tokenAt(ctx, k - 1) !== undefined && tokenAt(ctx, k - 1)!.end < t.start && tokens[k + 1] !== undefined && t.end < tokens[k + 1]!.start;
}

/** Longest unmarked headline statement, in tokens, so a run-on post stays linear. */
const MAX_PARAGRAPH_TOKENS = 600;
const DASHES = '-–—';
const BRACKETS_AND_COMMAS = '()[]{}' + COMMA;
