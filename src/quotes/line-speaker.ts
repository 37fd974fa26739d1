import type { Mention, QuoteContext } from './context.js';
import { COMMA, isPunct } from './context.js';
import { isQuoteMark } from './pair-marks.js';
import type { Token } from './tokenize.js';
import { hasLatin, startsUpper } from './word-case.js';
import { tokenHasDigit } from './read-mention.js';
import { COMMA_BIT, punctIn, tokenAt } from './token-at.js';

/** Longest bare speaker mention before a headline colon (`جنود أمريكيون:`). */
const MAX_NAME_WORDS = 4;
/** Longest mention that opens with a title or a role (`أمين سر اللجنة التنفيذية لمنظمة التحرير فلان:`). */
const MAX_DESCRIBED_WORDS = 9;
/** How far back a segment is read: a headline speaker is short, and the walk must stay bounded. */
const MAX_SEGMENT_TOKENS = 40;

/** Markdown emphasis around a speaker or a statement in Telegram text (`**قاليباف:**`). */
export const DECORATION = '*_';

/**
 * `Speaker: ...` at the head of a line or after a separator (`عاجل |`, `..`, a bullet or an emoji):
 * the words back from the colon to that separator. With a comma apposition (`القيادي في حركة حماس،
 * فلان:`) the name after the comma is the speaker, its description kept when that is a clean mention;
 * an addressee after the comma (`فلان، للسفير الإيراني:`) is left out. Labels (`عاجل`, `Update`),
 * datelines, numbers and pronouns are not speakers; neither is markup or a mark around the name.
 */
export function headlineSpeaker(ctx: QuoteContext, colon: number): Mention | null {
  const { tokens, lex } = ctx;
  let end = colon;
  while (end > 0 && isPunct(tokenAt(ctx, end - 1), DECORATION)) end--;
  let first = end;
  let relayAt = -1;
  while (first > 0 && colon - first < MAX_SEGMENT_TOKENS && !tokens[first]!.lineBefore) {
    const t = tokenAt(ctx, first - 1)!;
    if (t.kind === 'punct' && !isPunct(t, DECORATION_OR_COMMA) && !isQuoteMark(t.norm)) break;
    if (t.kind === 'word' && lex.relayWords.hasWord(t)) { relayAt = first - 1; break; }
    first--;
  }
  const opener = tokenAt(ctx, first - 1);
  // A speaker opens its line or follows a separator; a relay (`صحيفة عن مسؤول:`) may stand mid-line.
  const opens = opener === undefined || opener.kind === 'punct' || (tokens[first]!.lineBefore) || relayAt >= 0;
  if (!opens) return null;
  return mentionIn(ctx, first, end);
}

/** The speaker mention inside tokens [first, end), or null when the words there are no speaker. */
function mentionIn(ctx: QuoteContext, first: number, end: number): Mention | null {
  const { tokens } = ctx;
  let lastComma = -1;
  for (let k = first; k < end; k++) if (punctIn(tokens[k], COMMA_BIT)) lastComma = k;
  if (lastComma < 0) return cleanMention(ctx, first, end, true);
  let after = lastComma + 1;
  while (after < end && tokens[after]!.kind === 'punct') after++;
  if (after < end && isAddressee(ctx, tokens[after]!)) return mentionIn(ctx, first, lastComma);
  const name = cleanMention(ctx, lastComma + 1, end, false);
  if (name && !capitalisedName(ctx, name)) return null;
  if (!name) return null;
  const whole = cleanMention(ctx, first, end, true);
  return whole ?? name;
}

/** `للسفير الإيراني`: the one spoken to, after the speaker's comma. */
function isAddressee(ctx: QuoteContext, t: Token): boolean {
  for (const p of ctx.lex.addresseePrefixes) if (ctx.text.startsWith(p, t.start)) return true;
  return ctx.lex.dativeOutlets.hasWord(t);
}

/**
 * Tokens [first, end) as a mention when every word may name a speaker, with markup and marks trimmed
 * off both edges. `described` allows the longer length of a mention that opens with a title or a role.
 */
function cleanMention(ctx: QuoteContext, first: number, end: number, described: boolean): Mention | null {
  const { tokens, lex } = ctx;
  while (first < end && tokens[first]!.kind === 'punct') first++;
  let last = end - 1;
  while (last >= first && tokens[last]!.kind === 'punct' && !isClosingMarkOf(ctx, last, first)) last--;
  if (last < first) return null;
  let words = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (!isPunct(t, DECORATION_OR_COMMA) && !isQuoteMark(t.norm)) return null;
      continue;
    }
    words++;
    if (lex.labels.hasWord(t) || lex.stops.hasWord(t) || lex.pronouns.hasWord(t) || tokenHasDigit(ctx, t) || ctx.cueOfToken[k]) return null;
  }
  const head = tokens[first]!;
  // In cased scripts a speaker opens with a capital (`Le préfet :`), never a lower-case phrase.
  if (hasLatin(ctx.text, head.start, head.end) && !startsUpper(ctx.text, head.start, head.end)) return null;
  const role = lex.descriptionHeads.hasWord(head) || lex.titles.hasWord(head);
  const limit = described && role ? MAX_DESCRIBED_WORDS : MAX_NAME_WORDS;
  if (words === 0 || words > limit) return null;
  const m = { start: head.start, end: tokens[last]!.end, first, last };
  // `Seule consigne :`, `Et chose plus étonnante :`: a capital that only opens the sentence, with lower-case
  // words after it and no article or role before them, heads a phrase of the writer's, not a speaker.
  if (hasLatin(ctx.text, head.start, head.end) && !role && !lex.determiners.hasWord(head) && !capitalisedName(ctx, m)) return null;
  return m;
}

/** A name after a comma in cased scripts: every word capitalised or a connector (`Jean de La Fontaine`). */
function capitalisedName(ctx: QuoteContext, m: Mention): boolean {
  for (let k = m.first; k <= m.last; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word' || !hasLatin(ctx.text, t.start, t.end)) continue;
    if (!startsUpper(ctx.text, t.start, t.end) && !ctx.lex.nameConnectors.hasWord(t)) return false;
  }
  return true;
}

/** A closing mark whose opener is inside the mention (`السيناتور "فلان"`) belongs to it. */
function isClosingMarkOf(ctx: QuoteContext, k: number, first: number): boolean {
  if (ctx.markOfToken[k] !== 'close') return false;
  const pair = ctx.pairOfToken[k]!;
  return pair.open >= ctx.tokens[first]!.start;
}

const DECORATION_OR_COMMA = DECORATION + COMMA;
