/**
 * Related headlines run together before the body with no marker at all: `معارك حلب.. احتدام القتال ...
 * من قبل "نور الدين زنكي"وأفاد مراسل RT بأن ...`. What gives them away is the reporting verb of the body
 * stuck to the last headline word or its closing quote. The run goes back to the start of the line or to
 * the last full stop before it (headlines have none), and ends exactly where the verb starts. A glue after
 * a full stop (`المحافظة.وقال`) is only a missing space between two body sentences and is left alone.
 */
import { span, type PassContext } from '../context.js';
import { findGluePoint } from '../glue.js';
import { isBlank } from '../lines.js';
import { endsSentenceAt, isSpaceAt, skipSpace } from '../scan.js';
import type { BoilerplateSpan } from '../types.js';

const MIN_RUN = 12;
const MAX_RUN = 400;

export function gluedHeadlines(ctx: PassContext): BoilerplateSpan[] {
  const { text } = ctx;
  const out: BoilerplateSpan[] = [];
  if (ctx.lexicon.gluedReportingVerbs.size === 0) return out;
  const options = { openers: ctx.lexicon.gluedReportingVerbs, markup: false };
  for (const line of ctx.lines) {
    if (isBlank(line)) continue;
    let from = line.body.start;
    for (let glue = findGluePoint(text, from, line.body.end, options); glue >= 0; glue = findGluePoint(text, from, line.body.end, options)) {
      const start = runStart(text, from, glue);
      if (glue - start >= MIN_RUN && glue - start <= MAX_RUN) out.push(span(start, glue, 'related_headline', 'ar/glued-headlines'));
      from = glue;
    }
  }
  return out;
}

/** After the last sentence end before `glue`, or `from`. */
function runStart(text: string, from: number, glue: number): number {
  for (let i = glue - 1; i > from; i--) {
    if (endsSentenceAt(text, i - 1) && isSpaceAt(text, i)) return skipSpace(text, i, glue);
  }
  return from;
}
