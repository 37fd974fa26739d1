/**
 * Pull quotes glued into a paragraph: a page sets a line of the report apart in large type, and a scraper
 * that drops the markup leaves it between two sentences with no space and no full stop:
 * `… empêchés de travailler. Les reporters ne doivent pas être les défouloirs de manifestantsÀ Toulouse, …`.
 * What gives it away is that the same words stand elsewhere in the report, in the quotation they were
 * taken from. A stretch that runs from a sentence end to such a glue point, with no sentence mark of its
 * own, is a pull quote when its text is found again in the report.
 */
import { span, type PassContext } from '../context.js';
import { isLowerUnit, isSpaceAt, isTerminalUnit, isUpperUnit, skipSpace } from '../scan.js';
import type { BoilerplateSpan } from '../types.js';

/** A lower-case word of three letters or more runs into a capitalised word (or the one-letter `À`, `A`). */
const GLUE = /\p{Ll}{3}(?=\p{Lu}(?:\p{Ll}|[ ’']))/gu;
const MIN_QUOTE = 30;
const MAX_QUOTE = 240;

export function pullQuotes(ctx: PassContext): BoilerplateSpan[] {
  const { text } = ctx;
  const out: BoilerplateSpan[] = [];
  GLUE.lastIndex = 0;
  for (let m = GLUE.exec(text); m !== null; m = GLUE.exec(text)) {
    const glue = m.index + m[0].length;
    const start = quoteStart(text, glue);
    if (start < 0 || (out.length > 0 && start < out[out.length - 1].end)) continue;
    const quote = text.slice(start, glue);
    // Found again elsewhere: before the stretch, or after it.
    if (text.indexOf(quote) === start && text.indexOf(quote, glue) < 0) continue;
    out.push(span(start, glue, 'other', 'common/pull-quote'));
  }
  return out;
}

/** Back from the glue point to the sentence end the stretch follows; -1 if it has a mark of its own or is too short or long. */
function quoteStart(text: string, glue: number): number {
  const floor = Math.max(0, glue - MAX_QUOTE);
  for (let i = glue - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return glue - skipSpace(text, i + 1) >= MIN_QUOTE ? skipSpace(text, i + 1) : -1;
    if (!isTerminalUnit(c)) continue;
    // `Ophélie.C’est …`: a paragraph joined to the pull quote with no space is a sentence end too; any other
    // mark with no space after it is inside the stretch (`U.S.`, `2.5`).
    const joined = isUpperUnit(text.charCodeAt(i + 1)) && isLowerUnit(text.charCodeAt(i - 1));
    if (!joined && !isSpaceAt(text, i + 1)) return -1;
    const start = skipSpace(text, i + 1);
    return glue - start >= MIN_QUOTE ? start : -1;
  }
  return -1;
}
