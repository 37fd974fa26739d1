/**
 * Media titles and photo captions left as lines of their own between paragraphs. Scraped pages lose the
 * markup that set them apart, but not their form: where every paragraph ends with a sentence mark, a line
 * without one is the title of an embedded video or infographic (as the last line: `أفدح حوادث الطائرات
 * في 15 عاما الماضية`) or a photo caption between two paragraphs (`Kat Slater will discover her uncle
 * was a serial sex offender`). Headings in capitals, lines that open a quotation or a list, and short
 * reports are left alone.
 */
import { span, type PassContext } from '../context.js';
import { coveredLines, isBlank, type Line } from '../lines.js';
import { endsSentenceAt, isClosingQuoteUnit, isLetterUnit, isLower, isLowerUnit, isTerminalUnit, isUpper, isUpperUnit, OPENING_QUOTES_AND_BULLETS } from '../scan.js';
import type { BoilerplateSpan } from '../types.js';

const MIN_PARAGRAPHS = 4;
const MAX_TITLE = 70;
const MAX_CAPTION = 120;
const MIN_CAPTION_WORDS = 6;

export function mediaTitles(ctx: PassContext, found: readonly BoilerplateSpan[]): BoilerplateSpan[] {
  const { text } = ctx;
  let nonBlank = 0;
  for (const l of ctx.lines) if (!isBlank(l)) nonBlank++;
  if (nonBlank < MIN_PARAGRAPHS) return []; // fewer still once boilerplate is left out
  const covered = found.length > 0 ? coveredLines(ctx.lines, found) : null;
  const body = ctx.lines.filter((l) => !isBlank(l) && !covered?.has(l.index));
  if (body.length < MIN_PARAGRAPHS) return [];
  // A typed array: the arrays `map` made had two element kinds, one per path, and reading both threw this
  // pass out of its optimised code ("wrong map") to be compiled again.
  const closed = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i++) closed[i] = endsParagraph(text, body[i]!) ? 1 : 0;
  const out: BoilerplateSpan[] = [];
  const last = body.length - 1;
  for (let i = 1; i < last; i++) {
    if (closed[i] || !closed[i - 1] || !closed[i + 1] || body[i + 1].index !== nextNonBlank(ctx, body[i])) continue;
    // Arabic sites set their subheadings as such lines (`المسؤول عن الهجوم سيدفع ثمنا باهظا`), and a line
    // whose paragraph goes on below in lower case was broken by a scraped link, not set apart.
    if (isArabicLetterUnit(firstLetter(text, body[i])) || isLowerUnit(text.charCodeAt(body[i + 1].trimmed.start))) continue;
    if (isTitleLike(text, body[i], MAX_CAPTION) && wordCount(text, body[i]) >= MIN_CAPTION_WORDS) {
      out.push(span(body[i].trimmed.start, body[i].trimmed.end, 'caption', 'common/caption-line'));
      closed[i] = 1; // a caption is not an open paragraph for the media title below
    }
  }
  if (allClosedBefore(closed, last) && isTitleLike(text, body[last], MAX_TITLE)) {
    out.push(span(body[last].trimmed.start, body[last].trimmed.end, 'caption', 'common/media-title'));
  }
  return out;
}

function allClosedBefore(closed: Uint8Array, end: number): boolean {
  for (let i = 0; i < end; i++) if (!closed[i]) return false;
  return true;
}

function endsParagraph(text: string, line: Line): boolean {
  let i = line.trimmed.end - 1;
  while (i > line.trimmed.start && isClosingQuoteUnit(text.charCodeAt(i))) i--;
  return endsSentenceAt(text, i) || text.charCodeAt(i) === 0x3a;
}

/** Short, no closing mark, not a heading in capitals, not the start of a quotation or a list item. */
function isTitleLike(text: string, line: Line, max: number): boolean {
  const { start, end } = line.trimmed;
  if (end - start > max) return false;
  const last = text.charCodeAt(end - 1);
  if (isTerminalUnit(last) || isClosingQuoteUnit(last) || last === 0x3a || last === 0x060c || last === 0x2c || last === 0x3b) return false; // : ، , ;
  if (OPENING_QUOTES_AND_BULLETS.includes(text[start])) return false;
  return !inCapitals(text, start, end);
}

/** `SEARCHING THROUGH THE NIGHT`: capitals and no lower case (Arabic has neither, so it never is). */
function inCapitals(text: string, start: number, end: number): boolean {
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      // A character beyond the BMP (mathematical capitals): read as the pair it is.
      const ch = text.slice(i, i + 2);
      if (isLower(ch)) return false;
      upper ||= isUpper(ch);
      i++;
      continue;
    }
    if (isLowerUnit(c)) return false;
    upper ||= isUpperUnit(c);
  }
  return upper;
}

const isArabicLetterUnit = (c: number): boolean => c >= 0x0620 && c <= 0x06ff;

function firstLetter(text: string, line: Line): number {
  for (let i = line.body.start; i < line.body.end; i++) {
    const c = text.charCodeAt(i);
    if (isLetterUnit(c)) return c;
  }
  return 0;
}

function wordCount(text: string, line: Line): number {
  return text.slice(line.trimmed.start, line.trimmed.end).split(' ').filter((w) => w !== '').length;
}

/** The line's next non-blank line, so a caption line is judged only against the paragraph right below. */
function nextNonBlank(ctx: PassContext, line: Line): number {
  for (let i = line.index + 1; i < ctx.lines.length; i++) if (!isBlank(ctx.lines[i])) return i;
  return -1;
}
