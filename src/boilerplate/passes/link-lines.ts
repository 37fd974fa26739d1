/**
 * Lines that are links and little else: `https://telegram.me/buratha`, `التفاصيل: https://...`, a row of
 * markdown channel links. A link inside a sentence the author wrote has many words around it and stays
 * in the body. A short label line ending with a colon right above a link line goes with it.
 */
import { span, type PassContext } from '../context.js';
import { isBlank, neighbour, type Line } from '../lines.js';
import type { Link } from '../links.js';
import { LINK_HOST_KINDS } from '../rules/common.js';
import { isLetterUnit, isSpaceAt, isTerminalUnit } from '../scan.js';
import type { BoilerplateKind } from '../../contract/types.js';
import type { BoilerplateSpan } from '../types.js';

/** Letters outside the links that a link line may still have (a label, a channel's name). */
const MAX_LETTERS = 30;
const MAX_LABEL_WORDS = 3;
const MAX_LABEL = 40;

export function linkLines(ctx: PassContext, links: readonly Link[]): BoilerplateSpan[] {
  const { text } = ctx;
  const out: BoilerplateSpan[] = [];
  let next = 0;
  for (const line of ctx.lines) {
    while (next < links.length && links[next].end <= line.start) next++;
    if (next === links.length || links[next].start >= line.end) continue; // no link on this line
    const own: Link[] = [];
    for (let k = next; k < links.length && links[k].start < line.end; k++) own.push(links[k]);
    if (own.length === 0 || isBlank(line) || lettersOutside(text, line, own) > MAX_LETTERS) continue;
    const above = neighbour(ctx.lines, line, -1);
    // The label may close the paragraph above: `… الأعلى.. إليك التفاصيل:`.
    const labelStart = above === null ? -1 : isLabel(text, above) ? above.trimmed.start : closingLabel(text, above);
    const labelAbove = labelStart >= 0;
    // A link to a page of no known kind under a label (`التفاصيل: https://…`) points to the full story.
    let kind = kindOf(own);
    if (kind === 'other' && (labelAbove || lettersOutside(text, line, own) > 0)) kind = 'share';
    out.push(span(line.trimmed.start, line.trimmed.end, kind, 'common/link-line'));
    if (labelAbove) out.push(span(labelStart, above!.trimmed.end, kind, 'common/link-label'));
  }
  return out;
}

function lettersOutside(text: string, line: Line, links: readonly Link[]): number {
  let count = 0;
  let at = line.start;
  for (let k = 0; k <= links.length; k++) {
    const until = k < links.length ? Math.min(links[k].start, line.end) : line.end;
    for (let i = at; i < until; i++) if (isLetterUnit(text.charCodeAt(i))) count++;
    if (k < links.length) at = Math.max(at, links[k].end);
    if (count > MAX_LETTERS) break;
  }
  return count;
}

function kindOf(links: readonly Link[]): BoilerplateKind {
  let kind: BoilerplateKind = 'other';
  for (const link of links) {
    const match = LINK_HOST_KINDS.find(([host]) => link.host === host || link.host.endsWith(`.${host}`));
    if (match?.[1] === 'channel_link') return 'channel_link';
    if (match) kind = match[1];
  }
  return kind;
}

/** Where a label of a few words and a colon starts after the last sentence of `line`, or -1. */
function closingLabel(text: string, line: Line): number {
  const end = line.trimmed.end;
  if (text.charCodeAt(end - 1) !== 0x3a) return -1;
  const from = Math.max(line.trimmed.start, end - MAX_LABEL);
  for (let i = end - 2; i > from; i--) {
    // Any terminal mark before a space counts, the `..` of a Telegram headline too.
    if (!isTerminalUnit(text.charCodeAt(i)) || !isSpaceAt(text, i + 1)) continue;
    const label = text.slice(i + 1, end).trim();
    if (label === '' || label.split(/\s+/u).length > MAX_LABEL_WORDS) return -1;
    return end - label.length;
  }
  return -1;
}

/** `التفاصيل:`, `Read more:`: a few words and a colon. */
function isLabel(text: string, line: Line): boolean {
  const body = text.slice(line.body.start, line.body.end);
  return body.endsWith(':') && body.split(/\s+/u).filter((w) => w !== '').length <= MAX_LABEL_WORDS;
}
