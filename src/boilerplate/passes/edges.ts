/**
 * What sits at the edges of a report by its position and shape rather than its words:
 * - a line made only of agency and outlet names joined by slashes (`فرانس24/ أ ف ب`): a credit;
 * - a row of network names (`Facebook Twitter WhatsApp Email`, `فيسبوك تويتر واتساب`): share buttons;
 * - a signature line after the body (`-- Jane Doe`), a dash and a few words with no sentence mark;
 * - a tag list after the last sentence, opened by a label (`Tags:`, `الوسوم:`);
 * - the decoration a channel signs its posts with (`••┈┈┈┈••`), at the very end of the text;
 * - a byline that opens the report, glued to its first sentence: `فلان- سبق- متابعة: كشف …`, or a first
 *   line naming someone that the first paragraph repeats (the opening photo's caption);
 * - a site's menu kept above the report: a run of four or more lines of one to three words each, before
 *   the first sentence (a title has more words, a dateline is one line).
 */
import { span, type PassContext } from '../context.js';
import { isBlank, type Line } from '../lines.js';
import { AGENCIES, ARABIC_AGENCIES, PLATFORM_WORDS, PLATFORMS } from '../rules/common.js';
import { endsSentenceAt, isClosingQuoteUnit, isSpaceUnit, skipSpaceBack, TERMINALS } from '../scan.js';
import type { BoilerplateSpan } from '../types.js';

const AGENCY_NAMES = new Set([...AGENCIES, ...ARABIC_AGENCIES].map((a) => a.toLowerCase()));
const MAX_CREDIT_LINE = 60;
const MAX_CREDIT_PART_WORDS = 3;
const MAX_SIGNATURE = 40;
const MAX_SIGNATURE_WORDS = 4;
const MAX_TAGS = 200;
const MAX_PLATFORM_ROW = 120;
const PLATFORM_WORD_SET = new Set(PLATFORM_WORDS.map((w) => w.toLowerCase()));
const LONGEST_PLATFORM_WORD = Math.max(...PLATFORM_WORDS.map((w) => w.length));
/**
 * The first two codes of the platform words, lower-cased, as bits of a hashed pair: a line whose first
 * two codes (lower-cased here) are no such pair opens with no platform word, and its first word is not cut
 * and lower-cased to be looked up. Exact while the words hold only ASCII and Arabic codes: the lower case of
 * another code is never one of theirs, except the Kelvin sign's `k` (and `İ`'s `i`, followed by a dot no
 * word has). Null (no shortcut) for a word with any other code.
 */
const PLATFORM_PAIRS = PLATFORM_WORDS.every((w) => /^[\0-\x7f\u0600-\u06ff]+$/u.test(w)) ? new Uint32Array(0x10000 >>> 5) : null;
const lowerPairKey = (a: number, b: number): number => ((asciiLower(a) << 6) ^ asciiLower(b)) & 0xffff;
const asciiLower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c === 0x212a ? 0x6b : c);
if (PLATFORM_PAIRS) {
  for (const w of PLATFORM_WORD_SET) {
    if (w.length < 2) continue;
    const key = lowerPairKey(w.charCodeAt(0), w.charCodeAt(1));
    PLATFORM_PAIRS[key >>> 5] |= 1 << (key & 31);
  }
}
/** Names that are platforms on their own (`Facebook`, `تويتر`), not parts of one (`Plus`, `بوك`) or actions. */
const PLATFORM_SET = new Set(
  [...PLATFORMS, 'فيسبوك', 'تويتر', 'واتساب', 'جوجل', 'تيليجرام', 'تلغرام', 'تلجرام', 'تيليغرام', 'انستغرام', 'إنستغرام', 'يوتيوب', 'ماسنجر', 'Flipboard', 'Pocket', 'VK']
    .filter((w) => !['Print', 'Share', 'Email', 'E-mail'].includes(w))
    .map((w) => w.toLowerCase()),
);
const MAX_OPENING_BYLINE = 60;
const MIN_MENU_LINES = 4;
const MAX_OPENING_CAPTION = 80;
const MAX_OPENING_CAPTION_WORDS = 8;
const MAX_MENU_ITEM = 30;
const MAX_MENU_WORDS = 3;
const MAX_OPENING_BYLINE_WORDS = 4;
/** Box-drawing lines and bullets that channels draw under their posts. */
const isSignatureUnit = (c: number): boolean => (c >= 0x2500 && c <= 0x257f) || c === 0x2022 || c === 0x00b7 || c === 0x25aa || c === 0x25ab;
const MIN_SIGNATURE_UNITS = 3;

export function edges(ctx: PassContext): BoilerplateSpan[] {
  const out: BoilerplateSpan[] = [];
  const { text, lines } = ctx;
  // Where the next slash is, searched again only once passed: one native search along the text rules out
  // the short lines that have none, instead of a walk along each (-1: none after the last search).
  let slash = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const { start, end } = line.trimmed;
    let credit = false;
    if (end - start <= MAX_CREDIT_LINE) {
      if (slash >= 0 && slash < start) slash = text.indexOf('/', start);
      credit = slash >= start && slash < end && isCreditLine(text, line);
    }
    if (credit) out.push(span(start, end, 'byline', 'common/credit-names'));
    else if (isPlatformRow(text, line)) out.push(span(start, end, 'share', 'common/network-row'));
  }
  for (const menu of menus(ctx)) out.push(menu);
  const firstIndex = nextNonBlankIndex(lines, -1);
  const first = firstIndex >= 0 ? lines[firstIndex] : null;
  const opening = first ? openingByline(ctx, first) ?? openingCaption(ctx, first) : null;
  if (opening) out.push(opening);
  const last = lastNonBlank(ctx.lines, ctx.lines.length);
  if (last) {
    const before = lastNonBlank(ctx.lines, last.index);
    if (isSignatureLine(ctx.text, last, before)) out.push(span(last.trimmed.start, last.trimmed.end, 'byline', 'common/signature'));
    const tags = tailTags(ctx, last);
    if (tags) out.push(tags);
  }
  const decoration = trailingDecoration(ctx.text);
  if (decoration) out.push(decoration);
  return out;
}

/** A byline suffix (`متابعة:`) within the first words of the report, after a name and dashes. */
function openingByline(ctx: PassContext, line: Line): BoilerplateSpan | null {
  const { text } = ctx;
  const head = text.slice(line.body.start, Math.min(line.body.end, line.body.start + MAX_OPENING_BYLINE));
  // Suffixes end with a colon (`متابعة:`): a head without one holds none of them, and most heads have none.
  const colon = head.includes(':');
  for (const set of ctx.lexicon.rules) {
    for (const suffix of set.bylineSuffixes) {
      if (!colon && suffix.includes(':')) continue;
      const at = head.indexOf(suffix);
      if (at <= 0 || at + suffix.length === line.body.end - line.body.start) continue; // a whole line is bylines.ts's
      const words = head.slice(0, at).split(' ').filter((w) => w !== '');
      // The name and the outlet are set apart by dashes (`سعيد أحمد- الرياض-`); a sentence has none there.
      const prefix = head.slice(0, at);
      if (words.length > MAX_OPENING_BYLINE_WORDS || !/[-–]/u.test(prefix) || /[.!?؟،,:«»"]/u.test(prefix)) continue;
      return span(line.body.start, line.body.start + at + suffix.length, 'byline', `${set.id}/opening-byline`);
    }
  }
  return null;
}

/**
 * `الرئيس الفلسطيني، محمود عباس` above `صرح الرئيس الفلسطيني، محمود عباس، أن …`: a short first line
 * naming someone (a title, a comma, a name) that the first paragraph repeats word for word is the caption
 * of the photo that opened the page. A headline is worded apart from the lede.
 */
function openingCaption(ctx: PassContext, line: Line): BoilerplateSpan | null {
  const { text } = ctx;
  const { start, end } = line.trimmed;
  if (end - start > MAX_OPENING_CAPTION || closesBefore(text, end - 1)) return null;
  const caption = text.slice(start, end);
  if (!/[،,]/u.test(caption) || caption.split(' ').length > MAX_OPENING_CAPTION_WORDS) return null;
  const nextIndex = nextNonBlankIndex(ctx.lines, line.index);
  if (nextIndex === line.index) return null;
  const next = ctx.lines[nextIndex];
  const paragraph = text.slice(next.trimmed.start, Math.min(next.trimmed.end, next.trimmed.start + 200));
  return paragraph.includes(caption) ? span(start, end, 'caption', 'common/opening-caption') : null;
}

function nextNonBlankIndex(lines: readonly Line[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) if (!isBlank(lines[i])) return i;
  return from;
}

function menus(ctx: PassContext): BoilerplateSpan[] {
  const { text } = ctx;
  const out: BoilerplateSpan[] = [];
  let run: Line[] = [];
  const close = () => {
    if (run.length >= MIN_MENU_LINES) out.push(span(run[0].trimmed.start, run[run.length - 1].trimmed.end, 'other', 'common/menu'));
    run = [];
  };
  for (const line of ctx.lines) {
    if (isBlank(line)) continue;
    if (closesBefore(text, line.trimmed.end - 1)) {
      close(); // the first sentence: the report has begun
      return out;
    }
    if (isMenuItem(text, line)) run.push(line);
    else close();
  }
  return []; // no sentence at all (a post of short lines): nothing to tell a menu from
}

function isMenuItem(text: string, line: Line): boolean {
  const { start, end } = line.body;
  if (end === start || end - start > MAX_MENU_ITEM) return false;
  let words = 1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 && ++words > MAX_MENU_WORDS) return false;
    if (c === 0x3a || c === 0x2c || c === 0x060c) return false; // a label or a list, not a menu entry
  }
  return true;
}

function lastNonBlank(lines: readonly Line[], before: number): Line | null {
  for (let i = before - 1; i >= 0; i--) if (!isBlank(lines[i])) return lines[i];
  return null;
}

/** `فرانس 24/ أ ف ب/ رويترز`, `AFP/Reuters`: short parts, slashes between them, an agency among them. */
function isCreditLine(text: string, line: Line): boolean {
  const { start, end } = line.trimmed;
  if (end - start > MAX_CREDIT_LINE) return false;
  let slash = start;
  while (slash < end && text.charCodeAt(slash) !== 0x2f) slash++;
  if (slash === end) return false;
  const whole = text.slice(start, end);
  const parts = whole.split('/').map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p === '' || p.split(' ').length > MAX_CREDIT_PART_WORDS || /[.!?؟،,:]/u.test(p))) return false;
  return parts.some((p) => AGENCY_NAMES.has(p.toLowerCase()));
}

/** Two or more network names and nothing else but separators. */
function isPlatformRow(text: string, line: Line): boolean {
  const { start, end } = line.body;
  if (end - start > MAX_PLATFORM_ROW || end - start < 5) return false;
  const second = text.charCodeAt(start + 1);
  if (PLATFORM_PAIRS && !isSpaceUnit(second) && second !== 0x7c) {
    const key = lowerPairKey(text.charCodeAt(start), second);
    if (!(PLATFORM_PAIRS[key >>> 5] & (1 << (key & 31)))) return false; // most lines stop here
  }
  let firstEnd = start;
  while (firstEnd < end && !isSpaceUnit(text.charCodeAt(firstEnd)) && text.charCodeAt(firstEnd) !== 0x7c) firstEnd++;
  if (firstEnd - start > LONGEST_PLATFORM_WORD || !PLATFORM_WORD_SET.has(text.slice(start, firstEnd).toLowerCase())) return false; // most lines stop here
  const words = text.slice(start, end).split(/[\s|·•,/]+/u).filter((w) => w !== '');
  if (words.length < 2) return false;
  let platforms = 0;
  for (const w of words) {
    if (!PLATFORM_WORD_SET.has(w.toLowerCase())) return false;
    if (PLATFORM_SET.has(w.toLowerCase())) platforms++;
  }
  return platforms >= 2;
}

/**
 * The last line, a dash and one to four words (`-- Jane Doe`, `- صدى نيوز`), not the last item of a
 * dashed list (the line above it does not open with a dash).
 */
function isSignatureLine(text: string, line: Line, before: Line | null): boolean {
  const { start, end } = line.trimmed;
  if (!opensWithDash(text, start) || end - start > MAX_SIGNATURE || line.body.start === line.body.end) return false;
  if (before && opensWithDash(text, before.trimmed.start)) return false;
  const words = text.slice(line.body.start, line.body.end).split(' ').filter((w) => w !== '');
  if (words.length > MAX_SIGNATURE_WORDS) return false;
  for (let i = line.body.start; i < line.body.end; i++) if (TERMINALS.includes(text[i]) || text[i] === ':' || text[i] === ',') return false;
  return true;
}

const opensWithDash = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c === 0x2d || c === 0x2013 || c === 0x2014;
};

/** `… the last sentence. Tags: Paris, strikes` or a line of its own: the label and the list after it. */
function tailTags(ctx: PassContext, line: Line): BoilerplateSpan | null {
  const { text } = ctx;
  // The last occurrence that ends in the window, searched in the window alone: a search of the whole text
  // from the window backwards read every report to its start once per label that is not there. A slice
  // of a text is a view, not a copy.
  const from = Math.max(line.trimmed.start, line.trimmed.end - MAX_TAGS);
  let window: string | null = null;
  let colon = true; // whether the window holds a colon, which most labels end with (`Tags:`)
  for (const set of ctx.lexicon.rules) {
    for (const label of set.tailLabels) {
      if (window === null) colon = (window = text.slice(from, line.trimmed.end)).includes(':');
      if (!colon && label.includes(':')) continue;
      const found = window.lastIndexOf(label);
      if (found < 0) continue;
      const at = from + found;
      const prev = skipSpaceBack(text, at, line.trimmed.start);
      if (prev > line.body.start && !closesBefore(text, prev - 1)) continue;
      let closed = false;
      for (let i = at + label.length; i < line.trimmed.end && !closed; i++) closed = TERMINALS.includes(text[i]);
      if (!closed) return span(at, line.trimmed.end, 'other', `${set.id}/tags`);
    }
  }
  return null;
}

function closesBefore(text: string, i: number): boolean {
  while (i > 0 && isClosingQuoteUnit(text.charCodeAt(i))) i--;
  return endsSentenceAt(text, i);
}

/** `… the last sentence. ••┈┈┈┈┈┈•• 🩵`: a run of line-drawing marks, with emoji, closing the text. */
function trailingDecoration(text: string): BoilerplateSpan | null {
  let i = text.length;
  let units = 0;
  let start = -1;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isSignatureUnit(c)) units++;
    else if (!(isSpaceUnit(c) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfe0f || c === 0x200d || (c >= 0x2600 && c <= 0x27bf))) break;
    i--;
    if (!isSpaceUnit(c)) start = i;
  }
  if (units < MIN_SIGNATURE_UNITS || start < 0) return null;
  let end = text.length;
  while (end > start && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  return span(start, end, 'channel_link', 'common/channel-signature');
}
