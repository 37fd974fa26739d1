/**
 * The openings of other articles that a related-articles widget (`قد يهمك|`, `اقرأ أيضا|`) leaves at the
 * end of a scraped page. A report's later paragraphs go on with it (Arabic ones open with `و`, `ف`,
 * `كما`, …); a lede of another article starts afresh (`أعلنت وزارة الدفاع، الأربعاء، …`). So, in a report
 * that carries such a widget, the closing run of two or more paragraphs that all start afresh is the
 * widget's. The run stays when it would leave fewer paragraphs of report than it takes.
 */
import { span, type PassContext } from '../context.js';
import { coveredLines, isBlank, type Line } from '../lines.js';
import type { BoilerplateSpan } from '../types.js';

const MIN_LEDES = 2;
const OPENING_QUOTES = '"«“\'(-–—';

export function relatedLedes(ctx: PassContext, found: readonly BoilerplateSpan[]): BoilerplateSpan[] {
  // Most reports carry no widget: ask that first, before gathering the prefixes.
  let widget: BoilerplateSpan | null = null;
  for (let i = 0; i < found.length && widget === null; i++) if (found[i].kind === 'related_headline') widget = found[i];
  if (!widget) return [];
  const prefixes = ctx.lexicon.rules.flatMap((r) => r.continuationPrefixes);
  if (prefixes.length === 0) return [];
  const covered = coveredLines(ctx.lines, found);
  const paragraphs = ctx.lines.filter((l) => !isBlank(l) && !covered.has(l.index));
  let first = paragraphs.length;
  while (first > 0 && paragraphs[first - 1].start > widget.end && startsAfresh(ctx, paragraphs[first - 1], prefixes)) first--;
  const ledes = paragraphs.length - first;
  if (ledes < MIN_LEDES || first < ledes) return [];
  return paragraphs.slice(first).map((l) => span(l.trimmed.start, l.trimmed.end, 'related_headline', 'common/related-ledes'));
}

function startsAfresh(ctx: PassContext, line: Line, prefixes: readonly string[]): boolean {
  const { text } = ctx;
  const at = line.body.start;
  if (OPENING_QUOTES.includes(text[at])) return false;
  for (const p of prefixes) if (text.startsWith(p, at)) return false;
  return ctx.lexicon.bodyLineOpeners.at(text, at) === null;
}
