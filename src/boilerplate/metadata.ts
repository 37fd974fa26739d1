/**
 * What the stripped parts and the text say about the report: the channel of its channel link, the
 * agency and photographer of its credits, a headline first line as title, the dateline that opens the
 * body, and every link in the text.
 */
import type { Span } from '../text/span.js';
import type { Credit } from './context.js';
import { isBlank, type Line } from './lines.js';
import { stripScheme, type Link } from './links.js';
import { ARABIC_AGENCIES, CHANNEL_HOSTS } from './rules/common.js';
import { isLetter, isSpaceAt, isTerminalUnit, isUpper, skipSpace, TERMINALS } from './scan.js';
import type { BoilerplateSpan } from './types.js';

export interface FoundMetadata {
  title: Span | null;
  dateline: Span | null;
  channel: string | null;
  agency: string | null;
  photographer: string | null;
  links: string[];
}

const MAX_TITLE = 200;
const MAX_PLACE = 80;
const MAX_AGENCY = 24;

export function buildMetadata(text: string, lines: readonly Line[], spans: readonly BoilerplateSpan[], links: readonly Link[], credits: readonly Credit[]): FoundMetadata {
  const bodyStart = firstBodyCharacter(text, spans);
  const dated = bodyStart >= 0 ? dateline(text, bodyStart) : null;
  const head = title(text, lines, spans);
  return {
    // A dateline alone on the first line is not a headline.
    title: head && dated && dated.span.start === head.start ? null : head,
    dateline: dated && dated.span,
    channel: channel(links),
    agency: dated?.agency ?? credits.find((c) => c.agency)?.agency ?? null,
    photographer: credits.find((c) => c.photographer)?.photographer ?? null,
    links: links.length === 0 ? [] : [...new Set(links.map((l) => l.url))],
  };
}

/** Where the body's first non-space character is (`spans` sorted and disjoint, as `resolve` leaves them), or -1. */
function firstBodyCharacter(text: string, spans: readonly BoilerplateSpan[]): number {
  let at = 0;
  for (const s of spans) {
    if (s.start > at) {
      const first = skipSpace(text, at, s.start);
      if (first < s.start) return first;
    }
    at = Math.max(at, s.end);
  }
  const first = skipSpace(text, at);
  return first < text.length ? first : -1;
}

const MAX_CHANNEL = 64;

function channel(links: readonly Link[]): string | null {
  for (const link of links) {
    if (!CHANNEL_HOSTS.includes(link.host)) continue;
    // The first path segment after the host, up to `/ ? #`, read without splitting a URL that may be huge.
    const rest = stripScheme(link.url);
    const slash = rest.indexOf('/');
    if (slash < 0) continue;
    const name = /^[^/?#]*/u.exec(rest.slice(slash + 1, slash + 1 + MAX_CHANNEL))![0];
    if (name) return name;
  }
  return null;
}

/** The first line, when it reads as a headline: short, no sentence mark at its end, more text below. */
function title(text: string, lines: readonly Line[], spans: readonly BoilerplateSpan[]): Span | null {
  let k = 0;
  while (k < lines.length && isBlank(lines[k])) k++;
  const first = lines[k];
  do k++;
  while (k < lines.length && isBlank(lines[k]));
  if (k >= lines.length) return null; // fewer than two non-blank lines
  const { start, end } = first.body;
  if (end - start > MAX_TITLE || end === start) return null;
  if (spans.some((s) => s.start < end && start < s.end)) return null;
  const last = text[end - 1];
  if (TERMINALS.includes(last) && text[end - 2] !== '.') return null;
  if (':،,;'.includes(last)) return null;
  return { start, end };
}

/**
 * `WASHINGTON (Reuters) -`, `دبي، الإمارات العربية المتحدة (CNN)--`, `GREEN BAY, Wis. --`, `دمشق - سانا`.
 * The dateline stays in the body; this only names it.
 */
function dateline(text: string, start: number): { span: Span; agency: string | null } | null {
  const limit = Math.min(text.length, start + MAX_PLACE);
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || isTerminalUnit(c)) return null;
    if (c === 0x28 && i > start) {
      // Read, not searched: a search for `)` runs to the end of a text without one, stopping at every
      // Arabic ta marbuta (the same low byte) on the way.
      const close = closingParenthesis(text, i + 1, Math.min(text.length, i + MAX_AGENCY + 1));
      if (close < 0) return null;
      const end = dashesAfter(text, close + 1);
      return end < 0 ? null : { span: { start, end }, agency: text.slice(i + 1, close) };
    }
    if (isDashUnit(c) && i > start) {
      const place = text.slice(start, i).trim();
      const end = dashesAfter(text, i);
      if (end < 0) return null;
      if (isUpperPlace(place)) return { span: { start, end: i + dashRun(text, i) }, agency: null };
      const after = skipSpace(text, end);
      const agency = ARABIC_AGENCIES.find((a) => text.startsWith(a, after));
      if (agency && place.split(' ').length <= 3) {
        const agencyEnd = after + agency.length;
        return { span: { start, end: agencyEnd }, agency };
      }
      return null;
    }
  }
  return null;
}

/** The first `)` in `text[from, to)`, or -1. */
function closingParenthesis(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x29) return i;
  return -1;
}

/** `-`, `–` or `—`. */
const isDashUnit = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014;

/** Past the dash (or double dash) that closes a dateline, or -1 when there is none. */
function dashesAfter(text: string, i: number): number {
  let j = i;
  while (j < text.length && text.charCodeAt(j) === 0x20) j++;
  const run = dashRun(text, j);
  return run > 0 ? j + run : -1;
}

function dashRun(text: string, i: number): number {
  let n = 0;
  while (n < 3 && isDashUnit(text.charCodeAt(i + n))) n++;
  return n;
}

/** `NEW ORLEANS`, `GREEN BAY, Wis.`, `CHICAGO`: a place in capitals, possibly with a state abbreviation. */
function isUpperPlace(place: string): boolean {
  const head = place.split(',')[0];
  if (head.length < 2) return false;
  for (let i = 0; i < head.length; i++) {
    const ch = head[i];
    if (isLetter(ch) ? !isUpper(ch) : !isSpaceAt(head, i) && ch !== '.' && ch !== '\'') return false;
  }
  return true;
}
