/**
 * Related headlines run together before the body with no marker at all: `معارك حلب.. احتدام القتال ...
 * من قبل "نور الدين زنكي"وأفاد مراسل RT بأن ...`. What gives them away is the reporting verb of the body
 * stuck to the last headline word or its closing quote. The run starts the line, holds no full stop
 * (headlines have none) and ends exactly where the verb starts. A glue after a full stop
 * (`المحافظة.وقال`) is only a missing space between two body sentences and is left alone.
 */
import { span, type PassContext } from '../context.js';
import { findGluePoint } from '../glue.js';
import { isBlank } from '../lines.js';
import { endsSentenceAt } from '../scan.js';
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
    // Headline runs open their line; a line that opens like body text (`وقال ...`) is a paragraph whose
    // sentences lost a full stop, not a run of headlines.
    if (ctx.lexicon.bodyLineOpeners.at(text, line.body.start) !== null) continue;
    const glue = findGluePoint(text, line.body.start, Math.min(line.body.end, line.body.start + MAX_RUN + 1), options);
    if (glue < 0 || glue - line.body.start < MIN_RUN || hasSentenceEnd(text, line.body.start, glue)) continue;
    out.push(span(line.body.start, glue, 'related_headline', 'ar/glued-headlines'));
  }
  return out;
}

/** Headlines carry no full stop (the `..` pause does not count). */
function hasSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (endsSentenceAt(text, i)) return true;
  return false;
}
