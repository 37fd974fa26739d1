import type { Attribution, Mention, QuoteContext } from './context.js';
import { COLON, COMMA, TERMINAL, TERMINAL_OR_COLON, isPunct, tokenIndexAt } from './context.js';
import type { Cue } from './find-cues.js';
import type { SpeakerFound } from './find-speaker.js';
import { isClockTime, trimClause } from './clause.js';
import { infinitiveClauseStart } from './infinitive-complement.js';
import { isQuoteMark } from './pair-marks.js';

/** Longest speaker mention before a headline colon (`جنود أمريكيون:`). */
const MAX_LABEL_WORDS = 4;
/** Longest unmarked statement, in tokens, so a run-on line full of colons stays linear. */
const MAX_STATEMENT_TOKENS = 300;
/** Fewest words a statement after the colon needs to be speech rather than a list or a label. */
const MIN_STATEMENT_WORDS = 3;

/**
 * Speech without marks, as Telegram and headlines write it: `Speaker: statement` at the head of a
 * sentence (cue ":"), or a cue and its speaker then a colon (`وقال X : ...`). The statement runs to
 * the end of its sentence. Labels (`عاجل:`, `Update:`) and datelines are not speakers.
 */
export function findColonSpeech(ctx: QuoteContext, speakers: ReadonlyMap<Cue, SpeakerFound>): Attribution[] {
  const out: Attribution[] = [];
  const { tokens, text } = ctx;
  // Few tokens are colons: they are found by a native search of the text, each then looked up as a token.
  for (let at = text.indexOf(COLON); at >= 0; at = text.indexOf(COLON, at + 1)) {
    const k = tokenIndexAt(tokens, at);
    if (tokens[k]?.start !== at || isClockTime(ctx, k)) continue;
    const sentence = tokens[k]!.sentence;
    const pair = ctx.markOfToken[k + 1] === 'open' ? ctx.pairOfToken[k + 1] : undefined;
    if (pair && !nearestCue(ctx, k, sentence)) {
      // `مسؤول إسرائيلي: "..."`: a headline speaker and a colon before marked words.
      const speaker = headlineSpeaker(ctx, k, sentence);
      if (speaker) out.push({ type: 'direct', span: pair.inner, cue: null, colon: tokens[k]!, speaker, implicit: false });
      continue;
    }
    if (ctx.markOfToken[k + 1] || isMarkNext(ctx, k)) continue;
    const statement = statementAfter(ctx, k, sentence);
    if (!statement) continue;
    const cue = nearestCue(ctx, k, sentence);
    if (cue) {
      const found = speakers.get(cue)!;
      out.push({ type: 'direct', span: statement, cue, speaker: found.speaker, implicit: found.implicit });
      continue;
    }
    const speaker = headlineSpeaker(ctx, k, sentence);
    if (speaker) out.push({ type: 'direct', span: statement, cue: null, colon: tokens[k]!, speaker, implicit: false });
  }
  return out;
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
  while (end < tokens.length && end - colon < MAX_STATEMENT_TOKENS && tokens[end]!.sentence === sentence && !isPunct(tokens[end], COLON) && !endsAtCue(ctx, end, colon + 1)) end++;
  let words = 0;
  for (let k = from; k < end; k++) if (tokens[k]!.kind === 'word') words++;
  if (words < MIN_STATEMENT_WORDS) return null;
  return trimClause(ctx, { start: first.start, end: tokens[end - 1]!.end });
}

/** The statement stops where a new attribution starts (`،وقال (...)`). */
function endsAtCue(ctx: QuoteContext, k: number, start: number): boolean {
  return k > start && ctx.tokens[k - 1]!.kind === 'punct' && ctx.cueOfToken[k] !== undefined;
}

/** A cue in the same sentence before the colon, with nothing but its speaker and a phrase or two between. */
function nearestCue(ctx: QuoteContext, colon: number, sentence: number): Cue | null {
  for (let k = colon - 1; k >= 0 && k >= colon - 16 && ctx.tokens[k]!.sentence === sentence; k--) {
    if (isPunct(ctx.tokens[k], TERMINAL_OR_COLON)) return null;
    const cue = ctx.cueOfToken[k];
    // `a reconnu avoir tiré ...: il affirme ...`: a cue whose content came before the colon does not own what follows it.
    if (cue) return cue.kind === 'preposition' || infinitiveClauseStart(ctx, cue, cue.last + 1) >= 0 ? null : cue;
  }
  return null;
}

/** `Speaker: ...` at the head of a sentence: a short mention that is not a label, a number or a link. */
function headlineSpeaker(ctx: QuoteContext, colon: number, sentence: number): Mention | null {
  const { tokens, lex } = ctx;
  let end = colon;
  while (end > 0 && isPunct(tokens[end - 1], DECORATION)) end--;
  let first = end;
  let words = 0;
  // Words, with the commas of `رئيس البرلمان، فلان` and the asterisks of Markdown bold between them.
  while (first > 0 && words <= MAX_LABEL_WORDS && tokens[first - 1]!.sentence === sentence) {
    const t = tokens[first - 1]!;
    if (t.kind === 'word' && (lex.stops.hasWord(t) || lex.relayWords.hasWord(t))) break;
    if (t.kind === 'word') words++;
    else if (!isPunct(t, DECORATION_OR_COMMA)) break;
    first--;
  }
  const walked = first;
  while (first < end && tokens[first]!.kind === 'punct') first++;
  const before = tokens[walked - 1];
  const relayed = before?.kind === 'word' && lex.relayWords.hasWord(before);
  const opensLine = !before || before.sentence !== sentence || tokens[walked]!.lineBefore;
  if (words === 0 || words > MAX_LABEL_WORDS || (!opensLine && !relayed)) return null;
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (lex.labels.hasWord(t) || lex.stops.hasWord(t) || lex.pronouns.hasWord(t) || /\d/.test(t.norm) || ctx.cueOfToken[k]) return null;
  }
  return { start: tokens[first]!.start, end: tokens[end - 1]!.end, first, last: end - 1 };
}

/** Markdown emphasis around a speaker or a statement in Telegram text (`**قاليباف:**`). */
const DECORATION = '*_';
const DECORATION_OR_COMMA = DECORATION + COMMA;
