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

/**
 * A lower-case letter running into a capital, in Latin script (the only one of the three with case): a
 * two-class pattern that the engine scans fast; the rest of the test is `isGlue`.
 */
const CASE_CHANGE = /[a-zß-ÿ][A-ZÀ-Þ]/g;
const MIN_QUOTE = 30;
const MAX_QUOTE = 240;
/**
 * The quotation a pull quote repeats is in the same article: it is looked for this far on either side,
 * and for this many stretches at most, so a hostile text of glued words costs linear time.
 */
const REACH = 20_000;
const MAX_CANDIDATES = 64;

export function pullQuotes(ctx: PassContext): BoilerplateSpan[] {
  const { text } = ctx;
  const out: BoilerplateSpan[] = [];
  CASE_CHANGE.lastIndex = 0;
  let candidates = 0;
  for (let m = CASE_CHANGE.exec(text); m !== null && candidates < MAX_CANDIDATES; m = CASE_CHANGE.exec(text)) {
    const glue = m.index + 1;
    CASE_CHANGE.lastIndex = glue;
    if (!isGlue(text, glue)) continue;
    const start = quoteStart(text, glue);
    if (start < 0 || (out.length > 0 && start < out[out.length - 1].end)) continue;
    candidates++;
    const quote = text.slice(start, glue);
    // Found again elsewhere: before the stretch, or after it.
    const before = text.slice(Math.max(0, start - REACH), start + quote.length - 1);
    const after = text.slice(glue, glue + REACH);
    if (!before.includes(quote) && !after.includes(quote)) continue;
    out.push(span(start, glue, 'other', 'common/pull-quote'));
  }
  return out;
}

/** A lower-case word of three letters or more runs into a capitalised word (or the one-letter `À`, `A`). */
function isGlue(text: string, at: number): boolean {
  if (!isLowerUnit(text.charCodeAt(at - 2)) || !isLowerUnit(text.charCodeAt(at - 3))) return false;
  const next = text.charCodeAt(at + 1);
  return isLowerUnit(next) || next === 0x20 || next === 0x2019 || next === 0x27;
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
