/**
 * The title of an embedded video or infographic left as the last line of a page: a short line with no
 * sentence mark after paragraphs that all end in one (`أفدح حوادث الطائرات في 15 عاما الماضية`). Only
 * the very last line, and only in a report of several paragraphs, so a Telegram post's closing line or
 * a one-paragraph story is not touched.
 */
import { span, type PassContext } from '../context.js';
import { coveredLines, isBlank, neighbour } from '../lines.js';
import { CLOSING_QUOTES, endsSentenceAt, TERMINALS } from '../scan.js';
import type { BoilerplateSpan } from '../types.js';

const MIN_PARAGRAPHS = 4;
const MAX_TITLE = 70;

export function mediaTitle(ctx: PassContext, found: readonly BoilerplateSpan[]): BoilerplateSpan[] {
  const { text } = ctx;
  const covered = coveredLines(ctx.lines, found);
  const body = ctx.lines.filter((l) => !isBlank(l) && !covered.has(l.index));
  if (body.length < MIN_PARAGRAPHS) return [];
  const last = body[body.length - 1];
  const before = neighbour(ctx.lines, last, -1);
  if (!before || !body.includes(before)) return [];
  const length = last.body.end - last.body.start;
  const end = text[last.body.end - 1];
  if (length > MAX_TITLE || TERMINALS.includes(end) || CLOSING_QUOTES.includes(end) || ':،,;'.includes(end)) return [];
  const endsParagraph = (l: { body: { end: number } }) => {
    let i = l.body.end - 1;
    while (i > 0 && CLOSING_QUOTES.includes(text[i])) i--;
    return endsSentenceAt(text, i);
  };
  if (!body.slice(0, -1).every(endsParagraph)) return [];
  return [span(last.trimmed.start, last.trimmed.end, 'caption', 'common/media-title')];
}
