/**
 * Summary boxes: a line that is only a label such as `Story highlights` heads a list of short lines
 * without sentence marks (the box's bullet points, flattened). The box ends at the first line closed by a
 * sentence mark, where the report itself begins; a label with no such list below it goes alone.
 */
import { span, type PassContext } from '../context.js';
import { isBlank, type Line } from '../lines.js';
import { endsSentenceAt, isClosingQuoteUnit } from '../scan.js';
import type { BoilerplateSpan, LanguageRules } from '../types.js';

const MAX_ITEMS = 8;
const MAX_ITEM = 200;

export function labelBlocks(ctx: PassContext): BoilerplateSpan[] {
  const { text } = ctx;
  const { labels, longest } = labelsOf(ctx.lexicon.rules);
  if (labels.size === 0) return [];
  const out: BoilerplateSpan[] = [];
  for (let i = 0; i < ctx.lines.length; i++) {
    const line = ctx.lines[i];
    if (isBlank(line) || line.body.end - line.body.start > longest) continue;
    const rule = labels.get(text.slice(line.body.start, line.body.end).toLowerCase());
    if (!rule) continue;
    let end = line.trimmed.end;
    let items = 0;
    let j = i + 1;
    for (; j < ctx.lines.length && items < MAX_ITEMS; j++) {
      const item = ctx.lines[j];
      if (isBlank(item)) continue;
      if (isClosed(text, item) || item.trimmed.end - item.trimmed.start > MAX_ITEM) break;
      end = item.trimmed.end;
      items++;
    }
    out.push(span(line.trimmed.start, end, 'other', rule));
    i = j - 1;
  }
  return out;
}

interface Labels {
  /** Lower-cased label to rule name. */
  labels: Map<string, string>;
  longest: number;
}

const labelsBySets = new WeakMap<readonly LanguageRules[], Labels>();

/** The labels of a report's rule sets, built once per set list rather than once per report. */
function labelsOf(sets: readonly LanguageRules[]): Labels {
  let found = labelsBySets.get(sets);
  if (found) return found;
  const labels = new Map<string, string>();
  for (const set of sets) for (const label of set.blockLabels) labels.set(label.toLowerCase(), `${set.id}/summary-box`);
  found = { labels, longest: Math.max(...[...labels.keys()].map((l) => l.length)) };
  labelsBySets.set(sets, found);
  return found;
}

function isClosed(text: string, line: Line): boolean {
  let i = line.trimmed.end - 1;
  while (i > line.trimmed.start && isClosingQuoteUnit(text.charCodeAt(i))) i--;
  return endsSentenceAt(text, i);
}
