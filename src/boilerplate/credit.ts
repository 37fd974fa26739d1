/**
 * Photo credits: `Alberto Pizzoli/AFP/Getty Images`, `REUTERS/Piroschka van de Wouw`, `Reuters Abdalrhman
 * Ismail`. A credit is a short run of capitalised Latin tokens, joined by spaces or slashes. Scrapers
 * glue the body onto it (`EPAPope Francis`, `Getty ImagesThousands`), so the run also ends inside a token
 * where a known agency name is followed by another capital letter, or where the case glues.
 */
import { caseGlueAt } from './glue.js';
import { AGENCIES } from './rules/common.js';
import { isLetter, isLetterUnit, isUpperUnit } from './scan.js';

export interface CreditRun {
  start: number;
  end: number;
  /** The credit's tokens as written (`Alberto`, `Pizzoli/AFP/Getty`, `Images`). */
  tokens: string[];
}

const MAX_TOKENS = 8;
const CONNECTORS = new Set(['van', 'de', 'der', 'von', 'di', 'da', 'del', 'la', 'le', 'al', 'el', 'bin', 'for', 'du', 'dos']);
const AGENCY_SET = new Set(AGENCIES);
const AGENCIES_LONGEST_FIRST = [...AGENCIES].sort((a, b) => b.length - a.length);

/** The second words of two-word agencies (`Getty Images`): only a token that is one can close such a name. */
const SECOND_WORDS = new Set(AGENCIES.filter((a) => a.split(' ').length === 2).map((a) => a.split(' ')[1]));
const SHORTEST_AGENCY = Math.min(...AGENCIES.map((a) => a.length));
/** The agencies by their first code: whether one is `text[from, to)` is asked without slicing it. */
const AGENCIES_BY_FIRST = new Map<number, string[]>();
for (const a of AGENCIES) {
  const list = AGENCIES_BY_FIRST.get(a.charCodeAt(0));
  if (list) list.push(a);
  else AGENCIES_BY_FIRST.set(a.charCodeAt(0), [a]);
}

/** `AGENCY_SET.has(text.slice(from, to))`. */
function isAgencyAt(text: string, from: number, to: number): boolean {
  const list = from < to ? AGENCIES_BY_FIRST.get(text.charCodeAt(from)) : undefined;
  if (!list) return false;
  for (const a of list) if (a.length === to - from && text.startsWith(a, from)) return true;
  return false;
}

/** A Latin letter, a digit or one of `/.'’&-`, by code. */
const isTokenUnit = (c: number): boolean =>
  isLatinLetterUnit(c) || (c >= 0x30 && c <= 0x39) || c === 0x2f || c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x26 || c === 0x2d;

export const isLatinLetter = (ch: string | undefined): boolean => ch !== undefined && isLetter(ch) && ch.charCodeAt(0) < 0x0250;
const isLatinLetterUnit = (c: number): boolean => c < 0x0250 && isLetterUnit(c);

const CONNECTOR_FIRSTS = new Set([...CONNECTORS].map((w) => w.charCodeAt(0)));

/**
 * Whether `readCredit` could read two tokens or more from `from`: the first token is followed by a space
 * and a capital or the first letter of a connector. Most lines fail this at their second word.
 */
export function mayHoldTwoTokens(text: string, from: number, limit: number): boolean {
  let stop = from;
  while (stop < limit && isTokenUnit(text.charCodeAt(stop))) stop++;
  if (stop === from || stop + 1 >= limit || text.charCodeAt(stop) !== 0x20) return false;
  const c = text.charCodeAt(stop + 1);
  return isUpperUnit(c) || CONNECTOR_FIRSTS.has(c);
}

/**
 * Whether a credit read from `from` could lead a line (captions.ts, isCreditLead): that needs an agency
 * as its first token or a slash in a token. Both are looked for in the run of token characters and single
 * spaces that any credit read there lies in, without reading its tokens: most capitalised lines have
 * neither (`The European Union said ...`).
 */
export function mayLeadWithCredit(text: string, from: number, limit: number): boolean {
  const list = AGENCIES_BY_FIRST.get(text.charCodeAt(from));
  if (list) for (const a of list) if (text.startsWith(a, from)) return true;
  for (let i = from, tokens = 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2f) return true;
    if (c === 0x20) {
      if (++tokens > MAX_TOKENS) return false;
    } else if (!isTokenUnit(c)) return false;
  }
  return false;
}

/** Reads a credit starting at `from` (not past `limit`); null when no capitalised token starts there. */
export function readCredit(text: string, from: number, limit: number): CreditRun | null {
  const tokens: string[] = [];
  let i = from;
  let end = from;
  let lastAgencyEnd = -1;
  while (i < limit && tokens.length < MAX_TOKENS) {
    const start = i;
    let stop = i;
    let slash = -1;
    for (let c = text.charCodeAt(stop); stop < limit && isTokenUnit(c); c = text.charCodeAt(++stop)) if (c === 0x2f) slash = stop;
    if (stop === start) break;
    const glued = gluePointIn(text, start, stop);
    let tokenEnd = glued >= 0 ? glued : stop;
    if (text.charCodeAt(tokenEnd - 1) === 0x2e) tokenEnd--; // a final full stop is not part of the token
    const token = text.slice(start, tokenEnd);
    const upper = tokenEnd > start && isUpperUnit(text.charCodeAt(start));
    if (!upper && !(text.charCodeAt(stop) === 0x20 && CONNECTORS.has(token))) break;
    tokens.push(token);
    end = tokenEnd;
    // An agency that ends its token closes the credit (`Pizzoli/AFP/Getty Images`); one that opens it
    // (`REUTERS/Piroschka van de Wouw`) is followed by the photographer's name.
    if (slash >= tokenEnd) for (slash = tokenEnd - 1; slash >= start && text.charCodeAt(slash) !== 0x2f; ) slash--;
    if (slash < start) slash = -1;
    // An agency leading the credit (`Reuters Abdalrhman Ismail`) is followed by the photographer too.
    const closing = isAgencyAt(text, slash < 0 ? start : slash + 1, tokenEnd) || (SECOND_WORDS.has(token) && AGENCY_SET.has(`${tokens[tokens.length - 2]} ${token}`));
    if (closing && (tokens.length > 1 || slash >= 0)) lastAgencyEnd = end;
    if (glued >= 0 || text.charCodeAt(stop) !== 0x20) break;
    i = stop + 1;
  }
  while (tokens.length > 0 && CONNECTORS.has(tokens[tokens.length - 1])) {
    tokens.pop();
    end = tokens.length > 0 ? text.lastIndexOf(tokens[tokens.length - 1], end) + tokens[tokens.length - 1].length : from;
  }
  if (tokens.length === 0) return null;
  // A known agency closes the credit: what follows it is caption or body, even when capitalised.
  if (lastAgencyEnd > 0 && lastAgencyEnd < end && !text.slice(lastAgencyEnd, end).includes('/')) end = lastAgencyEnd;
  return { start: from, end, tokens };
}

/** The agency and the photographer a credit names. */
export function describeCredit(text: string, credit: CreditRun): { agency: string | null; photographer: string | null } {
  const written = text.slice(credit.start, credit.end);
  const agency = written.split(/[ /]/u).find((w) => AGENCY_SET.has(w)) ?? findAgency(written);
  return { agency, photographer: photographerOf(written) };
}

/** Where body text glued onto a credit token starts inside it (`EPAPope` → `Pope`), or -1. */
function gluePointIn(text: string, start: number, stop: number): number {
  const ends = agencyEndsIn(text, start, stop);
  if (ends !== null) {
    // In the order a search of the token for each agency, longest first, would meet them.
    for (const agency of AGENCIES_LONGEST_FIRST) {
      for (const after of ends) {
        const at = after - agency.length;
        if (at >= start && text.startsWith(agency, at) && (at === start || !isLatinLetter(text[at - 1]))) return after;
      }
    }
  }
  for (let i = start + 1; i < stop; i++) if (caseGlueAt(text, i)) return i;
  return -1;
}

/**
 * Where an agency glued to a word may end inside the token: at a capital, at least an agency's length in,
 * that the token's next character does not continue in capitals (a token's characters are all below
 * U+0250, so `isUpperUnit` is `isUpper`). Null when there is none: few tokens have one (`EPAPope` does).
 */
function agencyEndsIn(text: string, start: number, stop: number): number[] | null {
  let ends: number[] | null = null;
  for (let j = start + SHORTEST_AGENCY; j < stop; j++) {
    if (isUpperUnit(text.charCodeAt(j)) && (j + 1 === stop || !isUpperUnit(text.charCodeAt(j + 1)))) (ends ??= []).push(j);
  }
  return ends;
}

function findAgency(credit: string): string | null {
  for (const agency of AGENCIES_LONGEST_FIRST) if (credit.includes(agency)) return agency;
  return null;
}

/** The person in a credit: the slash-separated part that is not an agency (`Alberto Pizzoli`). */
function photographerOf(credit: string): string | null {
  const parts = credit.replace(/^By /u, '').split('/').map((p) => p.trim());
  for (const part of parts) {
    const words = part.split(' ').filter((w) => w !== '');
    const named = words.filter((w) => !AGENCY_SET.has(w) && !/^for$/iu.test(w));
    if (named.length >= 2 && named.length === words.length) return part;
    if (parts.length === 1 && AGENCY_SET.has(words[0]) && words.length >= 3) return words.slice(1).join(' ');
  }
  return null;
}
