import type { QuoteContext } from './context.js';
import { isPunct, tokenIndexAt } from './context.js';
import { isQuoteMark } from './pair-marks.js';
import { mentionWord, startsWithOneOf, tokenHasDigit } from './read-mention.js';
import { COLON_BIT, COMMA_BIT, TERMINAL_BIT, punctIn } from './token-at.js';

/** Most words a mention may reach once its complements and its marked name are taken in. */
const MAX_EXTENDED_WORDS = 12;
/** Most words of a name in marks, brackets or dashes after a title (`المبعوث "فلان الفلاني"`). */
const MAX_ENCLOSED_WORDS = 5;
/** Complements and enclosed names taken in, at most, after the words read first. */
const MAX_STEPS = 3;

/**
 * A mention read forwards, as far as its words went, then over what a title carries in languages
 * that put the speaker after the verb: a definite genitive complement (`الأمين العام للأمم المتحدة`),
 * a link a title takes (`المبعوث إلى اليمن`, `السفير لدى`), and a name in marks, brackets or dashes
 * (`القناة الرسمية "ارت 1"`, `-فلان-`), with the name that follows them. Taken only when the longer
 * mention then ends cleanly (a complementizer, a colon, a comma, marks, a relay word, a cue or the
 * sentence end): `قال الوزير للصحفيين إن` keeps `الوزير`, since nothing follows the addressee.
 * `relays`: the cue relays someone else's words, so a relay word may follow the complement. The words
 * taken are mention words without a digit (read-mention.ts), or genitive complements.
 */
export function extendMention(ctx: QuoteContext, first: number, last: number, relays: boolean): number {
  const { tokens, lex } = ctx;
  if (lex.genitivePrefixes.length === 0) return last;
  const sentence = tokens[first]!.sentence;
  const described = lex.descriptionHeads.hasWord(tokens[first]!) || lex.titles.hasWord(tokens[first]!);
  // `صحيفة "لوموند"`, `وكالة الأنباء الرسمية "بترا"`, `صحيفة #لوموند`: a noun that heads a name takes it in.
  const namesNext = lex.nameHeads.hasWord(tokens[first]!);
  let end = last;
  let taken = false;
  for (let step = 0; step < MAX_STEPS; step++) {
    const k = end + 1;
    const t = tokens[k];
    if (!t || t.sentence !== sentence) break;
    let next = -1;
    // A complement is taken with a word after it: an addressee right before the speech stays out.
    if (t.kind === 'word' && (isGenitive(ctx, k) || (described && lex.mentionLinks.hasWord(t) && !(relays && lex.relayWords.hasWord(t))))) next = wordsFrom(ctx, k + 1, first);
    // `ونقلت وكالة X للأنباء عن Y`: before the relay word the complement ends the relaying mention.
    const relayNext = relays && tokens[k + 1] !== undefined && lex.relayWords.hasWord(tokens[k + 1]!);
    if (next === k && !relayNext && !(tokens[k + 1]?.kind === 'punct' && enclosedName(ctx, k + 1, first) > 0)) break;
    else if (namesNext && isPunct(t, '#') && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.start === t.end) next = k + 1;
    else if (t.kind === 'punct' && (described || namesNext || definite(ctx, first))) next = enclosedName(ctx, k, first);
    if (next < 0) break;
    end = wordsFrom(ctx, next + 1, first);
    if (end < next + 1) end = next;
    taken = true;
  }
  // `وكالة الأنباء "بترا" على موقعها`: a named outlet may be followed by where it said it.
  const placed = namesNext && ctx.markOfToken[end] === 'close' && lex.prefixedStops.hasWord(tokens[end + 1]);
  return taken && (placed || endsCleanly(ctx, end + 1, sentence)) ? end : last;
}

/** `القناة الرسمية "..."`: a common noun with its article names what the marks then name; a bare name does not. */
function definite(ctx: QuoteContext, k: number): boolean {
  return startsWithOneOf(ctx.tokens[k]!.norm, ctx.lex.definitePrefixes);
}

/** `للأمم`, `للأمانة`: a definite noun behind the preposition ل, not an outlet spoken to. */
function isGenitive(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  const norm = t.norm;
  const prefixes = ctx.lex.genitivePrefixes;
  let genitive = false;
  for (let i = 0; i < prefixes.length && !genitive; i++) genitive = norm.startsWith(prefixes[i]!) && norm.length > prefixes[i]!.length + 1;
  return genitive && !ctx.lex.dativeOutlets.hasWord(t);
}

/** The last of the mention words from k on (k - 1 when there is none), within the length allowed. */
function wordsFrom(ctx: QuoteContext, k: number, first: number): number {
  // A mention word without a digit, or a genitive complement.
  while (k < ctx.tokens.length && k - first < MAX_EXTENDED_WORDS && ((mentionWord(ctx, k) && !tokenHasDigit(ctx, ctx.tokens[k]!)) || isGenitive(ctx, k))) k++;
  return k - 1;
}

/** A short name in marks, brackets or dashes starting at punctuation token k: the token that closes it, or -1. */
function enclosedName(ctx: QuoteContext, k: number, first: number): number {
  const { tokens } = ctx;
  const open = tokens[k]!;
  const closer = ctx.markOfToken[k] === 'open' ? tokenIndexAt(tokens, ctx.pairOfToken[k]!.close) : closingOf(ctx, k);
  if (closer < 0 || closer - k - 1 > MAX_ENCLOSED_WORDS || closer - first > MAX_EXTENDED_WORDS || closer === k + 1) return -1;
  for (let j = k + 1; j < closer; j++) if (tokens[j]!.kind !== 'word' || ctx.cueOfToken[j] || ctx.lex.complementizers.hasWord(tokens[j]!)) return -1;
  return open.kind === 'punct' ? closer : -1;
}

/** The `)` or dash that closes a bracket or dash opened at k, a few words on. */
function closingOf(ctx: QuoteContext, k: number): number {
  const { tokens } = ctx;
  const open = tokens[k]!;
  const close = isPunct(open, '(') ? ')' : isPunct(open, DASHES) ? open.norm : null;
  if (close === null) return -1;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_ENCLOSED_WORDS + 1; j++) if (tokens[j]!.kind === 'punct') return tokens[j]!.norm === close ? j : -1;
  return -1;
}

/** Whether the mention may end before token k: what follows it is speech, a relay, a pause or nothing. */
function endsCleanly(ctx: QuoteContext, k: number, sentence: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[k];
  if (!t || t.sentence !== sentence) return true;
  if (t.kind === 'punct') return punctIn(t, COMMA_BIT | TERMINAL_BIT | COLON_BIT) || isQuoteMark(t.norm) || punctIn(t, COMMA_BIT);
  // A cue with its conjunction (`"..." وأكد`) opens a clause of its own: what came before it was said.
  const cue = ctx.cueOfToken[k] !== undefined && !lex.prefixedCueWords.has(t.norm);
  return lex.complementizers.hasWord(t) || lex.relayWords.hasWord(t) || cue || lex.speechNouns.hasWord(t) || settingBeforeSpeech(ctx, k, sentence);
}

/** Most tokens of a time or place phrase between a speaker and the speech (`في مؤتمر صحفي عقده بالعاصمة`). */
const SETTING_REACH = 8;

/**
 * `قال الأمين العام للأمم المتحدة فلان الخميس إن` / `... في بيان:`: a phrase that opens with a stop word
 * (a day, a preposition) and runs to the complementizer or colon of the speech only sets the scene. Marks
 * do not count: an object before a quoted fragment (`وصف ... الوضع في بورما "بالكارثي"`) runs to them.
 */
function settingBeforeSpeech(ctx: QuoteContext, k: number, sentence: number): boolean {
  const { tokens, lex } = ctx;
  if (!lex.prefixedStops.hasWord(tokens[k]) || lex.complementizers.hasWord(tokens[k])) return false;
  for (let j = k + 1; j < tokens.length && j - k <= SETTING_REACH; j++) {
    const t = tokens[j]!;
    if (t.sentence !== sentence || ctx.cueOfToken[j] !== undefined || ctx.markOfToken[j] !== undefined) return false;
    if (t.kind === 'punct') return t.norm === ':';
    if (lex.complementizers.hasWord(t)) return true;
  }
  return false;
}

const DASHES = '-–—';
