/**
 * Sign-offs and bylines found at the end of a line: `... party of the president. – Guardian`,
 * `... dans le département. (afp/nxp)`, and the Telegram byline `مصطفى إبراهيم يكتب:`.
 */
import { span, type Credit, type PassContext } from '../context.js';
import { isBlank, type Line } from '../lines.js';
import { AGENCIES, AGENCY_CODES, ARABIC_AGENCIES } from '../rules/common.js';
import { endsSentenceAt, isSpaceAt, skipSpaceBack } from '../scan.js';
import type { BoilerplateSpan, LanguageRules } from '../types.js';

const MAX_SIGN_OFF = 40;
const MAX_BYLINE_WORDS = 3;
const CODES = new Set([...AGENCY_CODES, ...AGENCIES.map((a) => a.toLowerCase()), ...ARABIC_AGENCIES]);
const AGENCY_SET = new Set(AGENCIES);
const AGENCY_LAST_CODES = new Set(AGENCIES.map((a) => a.charCodeAt(a.length - 1)));

const suffixEnds = new WeakMap<readonly LanguageRules[], Set<number> | null>();

/** The last codes of the rule sets' byline suffixes (`يكتب:` ends with `:`); null if one is empty. */
function suffixEndsOf(rules: readonly LanguageRules[]): Set<number> | null {
  let ends = suffixEnds.get(rules);
  if (ends === undefined) {
    const suffixes = rules.flatMap((r) => r.bylineSuffixes);
    suffixEnds.set(rules, (ends = suffixes.includes('') ? null : new Set(suffixes.map((s) => s.charCodeAt(s.length - 1)))));
  }
  return ends;
}

export function bylines(ctx: PassContext, credits: Credit[]): BoilerplateSpan[] {
  const out: BoilerplateSpan[] = [];
  let bodyStarted = false; // a line closed by a sentence mark was seen
  let last = ctx.lines.length - 1;
  while (last > 0 && isBlank(ctx.lines[last])) last--;
  const ends = suffixEndsOf(ctx.lexicon.rules);
  for (const line of ctx.lines) {
    if (isBlank(line)) continue;
    const found = agencySignOff(ctx.text, line, credits, bodyStarted) ?? writesSuffix(ctx, line, ends) ?? (line.index === last ? outletSignOff(ctx.text, line, bodyStarted) : null);
    if (found) out.push(found);
    bodyStarted ||= endsSentenceAt(ctx.text, line.trimmed.end - 1);
  }
  return out;
}

/** `(afp/nxp)` or `– Reuters/Guardian` closing a paragraph. */
function agencySignOff(text: string, line: Line, credits: Credit[], bodyStarted: boolean): BoilerplateSpan | null {
  const end = line.trimmed.end;
  const from = Math.max(line.trimmed.start, end - MAX_SIGN_OFF);
  if (text.charCodeAt(end - 1) === 0x29) {
    let open = end - 2;
    while (open >= from && text.charCodeAt(open) !== 0x28) open--;
    const codes = open >= from ? text.slice(open + 1, end - 1).split('/') : [];
    if (codes.length > 0 && codes.every((c) => CODES.has(c.toLowerCase()))) {
      if (!closesSentence(text, open, line)) return null;
      // `(CNN)` on a line of its own above the first sentence opens the report: a dateline, not a sign-off.
      if (!bodyStarted && open === line.body.start) return null;
      credits.push({ agency: codes[0], photographer: null });
      return span(open, end, 'byline', 'common/agency-sign-off');
    }
  }
  // The names after the dash are all agencies, so the line ends as an agency does.
  if (!AGENCY_LAST_CODES.has(text.charCodeAt(end - 1))) return null;
  const dash = lastDash(text, from, end);
  if (dash < 0) return null;
  const names = text.slice(dash + 2, end).split('/');
  if (!names.every((n) => AGENCY_SET.has(n.trim()))) return null;
  if (!closesSentence(text, dash, line)) return null;
  credits.push({ agency: names[0].trim(), photographer: null });
  return span(dash, end, 'byline', 'common/agency-sign-off');
}

/**
 * `… a conclu le journaliste. (Le Matin)`: one to three capitalised words in brackets closing the report,
 * after a finished sentence, name the outlet the report was taken from.
 */
function outletSignOff(text: string, line: Line, bodyStarted: boolean): BoilerplateSpan | null {
  const end = line.trimmed.end;
  if (text.charCodeAt(end - 1) !== 0x29) return null;
  const open = text.lastIndexOf('(', end - 1);
  if (open < line.trimmed.start || end - open > MAX_SIGN_OFF) return null;
  if (!/^\((?:[\p{Lu}][\p{L}'’.-]{0,20} ?){1,3}\)$/u.test(text.slice(open, end))) return null;
  // After a finished sentence on its line, or alone on a line below the body.
  if (open > line.body.start ? !closesSentence(text, open, line) : !bodyStarted) return null;
  return span(open, end, 'byline', 'common/outlet-sign-off');
}

/** The last `– `, `— ` or `- ` within `text[from, end)`, or -1. */
function lastDash(text: string, from: number, end: number): number {
  for (let i = end - 2; i >= from; i--) {
    const c = text.charCodeAt(i);
    if ((c === 0x2d || c === 0x2013 || c === 0x2014) && text.charCodeAt(i + 1) === 0x20) return i;
  }
  return -1;
}

/** A sign-off stands alone on its line or follows a finished sentence. */
function closesSentence(text: string, start: number, line: Line): boolean {
  const before = skipSpaceBack(text, start, line.start);
  return before <= line.body.start || endsSentenceAt(text, before - 1) || '»”"'.includes(text[before - 1]);
}

/** `<up to three words> يكتب:` ending a line: the words name the writer (`ends`: from `suffixEndsOf`). */
function writesSuffix(ctx: PassContext, line: Line, ends: Set<number> | null): BoilerplateSpan | null {
  const { text } = ctx;
  const end = line.trimmed.end;
  if (ends && !ends.has(text.charCodeAt(end - 1))) return null; // no suffix ends as the line does
  for (const set of ctx.lexicon.rules) {
    for (const suffix of set.bylineSuffixes) {
      if (!text.endsWith(suffix, end)) continue;
      let start = end - suffix.length;
      for (let words = 0; words < MAX_BYLINE_WORDS; words++) {
        const before = skipSpaceBack(text, start, line.body.start);
        let w = before;
        while (w > line.body.start && !isSpaceAt(text, w - 1) && !'.:،|'.includes(text[w - 1])) w--;
        if (w === before) break;
        start = w;
        if (w === line.body.start || '.:،|'.includes(text[w - 1])) break;
      }
      return span(start, end, 'byline', `${set.id}/writes`);
    }
  }
  return null;
}
