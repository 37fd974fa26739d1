/**
 * Photo captions and their credits. Two shapes survive scraping:
 * - a caption sentence closed by a labelled credit: `Pope Francis leads ... Photograph: EPA`, glued to
 *   the body that follows;
 * - a line that opens with a credit: `Reuters Abdalrhman Ismail <caption> في حلبمن جهة أخرى، ...`,
 *   `Kevin C. Downs/for New York Daily News <caption>`; the caption runs to the first glue point, or to
 *   the end of a short line.
 */
import { span, type Credit, type PassContext } from '../context.js';
import { describeCredit, isLatinLetter, mayHoldTwoTokens, mayLeadWithCredit, readCredit } from '../credit.js';
import { findGluePoint } from '../glue.js';
import { isBlank, lineAt } from '../lines.js';
import { endsSentenceAt, isLetter, isSpaceAt, isUpperUnit, skipSpace, skipSpaceBack } from '../scan.js';
import type { BoilerplateSpan } from '../types.js';
import { AGENCIES } from '../rules/common.js';

/** How far back a caption sentence may reach before its credit label. */
const MAX_CAPTION = 400;
/** A credit-led line with no glue point is a caption only when it is this short. */
const MAX_CAPTION_LINE = 500;
const AGENCY_SET = new Set(AGENCIES);

export function captions(ctx: PassContext, credits: Credit[]): BoilerplateSpan[] {
  return labelledCredits(ctx, credits).concat(creditLedLines(ctx, credits));
}

function labelledCredits(ctx: PassContext, credits: Credit[]): BoilerplateSpan[] {
  const { text } = ctx;
  const out: BoilerplateSpan[] = [];
  const labels = ctx.lexicon.creditLabels;
  if (labels.length === 0) return out;
  // Labels end with a colon: reading the few colons of the text costs less than one search per label,
  // and a text without a colon (many) holds none of them.
  let anchored = 0;
  for (const l of labels) if (l.colon >= 0) anchored++;
  let colons: number[] | null = null;
  if (anchored > 0) {
    colons = positionsOf(text, ':');
    if (colons.length === 0 && anchored === labels.length) return out;
    // A text of colons has more colons than a label has places to be found: search it instead.
    if (colons.length > text.length >>> 4) colons = null;
  }
  for (const { label, colon, rule } of labels) {
    let k = 0; // colons before colons[k] are behind the search
    let previousEnd = 0; // a caption never reaches back into the previous one
    for (let from = 0; ; ) {
      let at = -1;
      if (colons === null || colon < 0) at = text.indexOf(label, from);
      else {
        for (; k < colons.length; k++) {
          const start = colons[k] - colon;
          if (start >= from && text.startsWith(label, start)) {
            at = start;
            break;
          }
        }
      }
      if (at < 0) break;
      const line = lineAt(ctx.lines, at);
      const credit = readCredit(text, skipSpace(text, at + label.length, line.end), line.end);
      const end = credit ? credit.end : at + label.length;
      if (credit) credits.push(describeCredit(text, credit));
      out.push(span(captionStart(text, at, Math.max(line.body.start, previousEnd)), end, 'caption', rule));
      previousEnd = end;
      from = Math.max(previousEnd, at + label.length);
    }
  }
  return out;
}

function positionsOf(text: string, ch: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) out.push(at);
  return out;
}

/** The start of the caption sentence that ends just before a credit label. */
function captionStart(text: string, label: number, lineStart: number): number {
  const floor = Math.max(lineStart, label - MAX_CAPTION);
  let i = skipSpaceBack(text, label, floor);
  if (i > floor && endsSentenceAt(text, i - 1)) i--; // the caption's own full stop
  for (; i > floor; i--) {
    if (endsSentenceAt(text, i - 1) && isSpaceAt(text, i)) return skipSpace(text, i, label);
  }
  return i === lineStart ? lineStart : label;
}

function creditLedLines(ctx: PassContext, credits: Credit[]): BoilerplateSpan[] {
  const { text } = ctx;
  const out: BoilerplateSpan[] = [];
  for (const line of ctx.lines) {
    if (isBlank(line) || !isUpperUnit(text.charCodeAt(line.body.start))) continue;
    // A credit that leads a line has two tokens or more (isCreditLead).
    if (!mayHoldTwoTokens(text, line.body.start, line.body.end) || !mayLeadWithCredit(text, line.body.start, line.body.end)) continue;
    const credit = readCredit(text, line.body.start, line.body.end);
    if (!credit || !isCreditLead(text, credit, line.body.start)) continue;
    const glue = findGluePoint(text, credit.end, line.body.end, { openers: ctx.lexicon.gluedOpeners, markup: true });
    if (glue < 0 && line.body.end - line.body.start > MAX_CAPTION_LINE) continue;
    credits.push(describeCredit(text, credit));
    out.push(span(line.trimmed.start, glue >= 0 ? glue : line.trimmed.end, 'caption', 'common/credit-line'));
  }
  return out;
}

/**
 * A line opens with a credit when an agency name is followed by a photographer and then text in another
 * script (`Reuters Abdalrhman Ismail استمرار ...`), or when names are joined to an outlet by a slash
 * (`Kevin C. Downs/for New York Daily News`).
 */
function isCreditLead(text: string, credit: { end: number; tokens: string[] }, start: number): boolean {
  if (credit.tokens.length < 2) return false;
  if (AGENCY_SET.has(credit.tokens[0])) {
    const next = text[skipSpace(text, credit.end)];
    return isLetter(next) && !isLatinLetter(next);
  }
  if (!credit.tokens.some((t) => t.includes('/'))) return false; // no slash, so no outlet after one
  const parts = text.slice(start, credit.end).split('/');
  // `Rolls-Royce/BMW Group` is a name: the part after the slash must be an agency or `for <outlet>`.
  return parts.length >= 2 && parts.slice(1).some((p) => p.startsWith('for ') || AGENCIES.includes(p.split(' ')[0]));
}
