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
 * The first codes of the platform words in either case (and the Kelvin sign, whose lower case is `k`): a
 * line opening with another code is no row, and its first word is not lower-cased to be looked up.
 */
const PLATFORM_FIRSTS = new Uint32Array(0x10000 >>> 5);
for (const w of PLATFORM_WORDS) {
  for (const c of [w.charCodeAt(0), w[0].toLowerCase().charCodeAt(0), w[0].toUpperCase().charCodeAt(0), ...(/^k/iu.test(w) ? [0x212a] : [])]) {
    PLATFORM_FIRSTS[c >>> 5] |= 1 << (c & 31);
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
  for (const line of ctx.lines) {
    if (isBlank(line)) continue;
    if (isCreditLine(ctx.text, line)) out.push(span(line.trimmed.start, line.trimmed.end, 'byline', 'common/credit-names'));
    else if (isPlatformRow(ctx.text, line)) out.push(span(line.trimmed.start, line.trimmed.end, 'share', 'common/network-row'));
  }
  for (const menu of menus(ctx)) out.push(menu);
  const first = ctx.lines.find((l) => !isBlank(l));
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
  for (const set of ctx.lexicon.rules) {
    for (const suffix of set.bylineSuffixes) {
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
  if (end - start > MAX_PLATFORM_ROW || end - start < 5 || !(PLATFORM_FIRSTS[text.charCodeAt(start) >>> 5] & (1 << (text.charCodeAt(start) & 31)))) return false;
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
  for (const set of ctx.lexicon.rules) {
    for (const label of set.tailLabels) {
      window ??= text.slice(from, line.trimmed.end);
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
