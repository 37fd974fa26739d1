import type { Span } from '../text/span.js';
import { isLetterOrDigit } from '../text/char-class.js';
import { isSpace, trimSpan } from '../text/span.js';
import { MARK_FAMILIES, MAX_QUOTE_LENGTH, MAX_REOPENED_PARAGRAPHS, type MarkFamily } from './lang/marks.js';

/** Two matching marks and what lies between them. */
export interface MarkPair {
  /** Index of the opening mark (the first one when the quote reopens over paragraphs). */
  open: number;
  /** Index of the closing mark. */
  close: number;
  /** The words inside the marks, trimmed. */
  inner: Span;
  family: MarkFamily;
  /** Paragraphs the quote reopened across. */
  reopened: number;
}

const MAX_DEPTH = 64;

interface OpenMark {
  at: number;
  family: MarkFamily;
  reopened: number;
}

const FAMILY = new Map<string, { family: MarkFamily; role: 'open' | 'close' | 'either' }>();
for (const family of MARK_FAMILIES) {
  for (const ch of family.open) FAMILY.set(ch, { family, role: 'open' });
  for (const ch of family.close) FAMILY.set(ch, { family, role: 'close' });
  for (const ch of family.either) FAMILY.set(ch, { family, role: 'either' });
}
/** Marks by UTF-16 code, so the scan skips ordinary characters without making a string of each. */
const FAMILY_BY_CODE = new Map<number, { family: MarkFamily; role: 'open' | 'close' | 'either' }>();
for (const [ch, known] of FAMILY) FAMILY_BY_CODE.set(ch.charCodeAt(0), known);
/** What the scan stops at, one table read per character: 1 a line break, 2 a mark. */
const LINE_BREAK = 1;
const MARK = 2;
const STOP = new Uint8Array(0x10000);
for (const code of [0x0a, 0x0d, 0x2029]) STOP[code] = LINE_BREAK;
for (const code of FAMILY_BY_CODE.keys()) STOP[code] = MARK;

const QUOTE_MARK = new Uint8Array(0x10000);
for (const [code, known] of FAMILY_BY_CODE) if (!known.family.weak) QUOTE_MARK[code] = 1;

/** Whether a character is a quotation mark of any family (brackets excluded). */
export const isQuoteMark = (ch: string): boolean => ch.length === 1 && QUOTE_MARK[ch.charCodeAt(0)] === 1;
/** The same for a UTF-16 code. */
export const isQuoteMarkCode = (code: number): boolean => QUOTE_MARK[code] === 1;

/** Whether the character may open a quotation (`“`, `«`, `"`), not only close one (`”`, `»`), nor be an apostrophe. */
export const mayOpenQuote = (code: number): boolean => {
  if (QUOTE_MARK[code] !== 1) return false;
  const known = FAMILY_BY_CODE.get(code)!;
  return known.role !== 'close' && !known.family.apostrophe;
};

/** NaN (before the text or past its end) is no word character, as `undefined` was. */
const isWordCode = (code: number): boolean => code === code && isLetterOrDigit(code);

/** Whether a UTF-16 code is a mark of any family, brackets included: what the pairing looks at. */
export const isAnyMarkCode = (code: number): boolean => STOP[code] === MARK;

/**
 * Pairs quotation marks with one cursor and a stack. Linear: each mark is pushed and popped at most
 * once. Bounded: an opener that meets no closer before its paragraph ends (and is not reopened by the
 * next paragraph) or within MAX_QUOTE_LENGTH is forgotten, so a stray mark never swallows the document.
 */
export function pairMarks(text: string, regions: readonly Span[]): MarkPair[] {
  return pairStops(text, regions, markStops(text, regions));
}

/**
 * The same from `stops`: for each region in order, the offsets of its marks and line breaks, then -1.
 * The tokenizer reads every character already, so it hands these over and the text is not read again.
 */
export function pairStops(text: string, regions: readonly Span[], stops: readonly number[]): MarkPair[] {
  const pairs: MarkPair[] = [];
  let s = 0;
  for (const region of regions) s = scanRegion(text, region, stops, s, pairs);
  return pairs.sort((a, b) => a.open - b.open || b.close - a.close);
}

function markStops(text: string, regions: readonly Span[]): number[] {
  const stops: number[] = [];
  for (const region of regions) {
    for (let at = region.start; at < region.end; at++) if (STOP[text.charCodeAt(at)] !== 0) stops.push(at);
    stops.push(-1);
  }
  return stops;
}

/** Reads the region's stops from index `s` on; returns the index after the region's -1. */
function scanRegion(text: string, region: Span, stops: readonly number[], s: number, pairs: MarkPair[]): number {
  let stack: OpenMark[] = [];
  let at = region.start;
  const end = region.end;
  for (;;) {
    // A reopening mark was read already: the stops before the cursor are passed.
    while (stops[s]! >= 0 && stops[s]! < at) s++;
    if (stops[s]! < 0) return s + 1;
    at = stops[s++]!;
    if (STOP[text.charCodeAt(at)] === LINE_BREAK) {
      const reopen = stack.length === 0 ? null : reopening(text, at, end, stack);
      if (stack.length !== 0) stack = reopen ? [reopen.mark] : [];
      at = reopen ? reopen.after : at + 1;
      continue;
    }
    const { family, role } = FAMILY_BY_CODE.get(text.charCodeAt(at))!;
    // NaN at either end, as charCodeAt gives, but without reading out of bounds: that read threw this
    // function out of its optimised code once per thread, and it was compiled again.
    const prev = at > 0 ? text.charCodeAt(at - 1) : NaN;
    const next = at + 1 < text.length ? text.charCodeAt(at + 1) : NaN;
    if (family.apostrophe && isWordCode(prev) && isWordCode(next)) { at++; continue; }
    while (stack.length && stack[0]!.at < at - MAX_QUOTE_LENGTH) stack.shift();
    const openIndex = lastIndexOfFamily(stack, family);
    const mayClose = role !== 'open' && openIndex >= 0 && !(family.apostrophe && isWordCode(next));
    if (mayClose) {
      const opener = stack[openIndex]!;
      stack.length = openIndex; // marks opened inside and never closed were not quotes
      const inner = trimSpan(text, { start: opener.at + 1, end: at });
      if (hasWord(text, inner)) pairs.push({ open: opener.at, close: at, inner, family, reopened: opener.reopened });
    } else if (role !== 'close' && canOpen(family, prev, next)) {
      // Real nesting is a few levels deep; a longer stack is a run of stray marks, the oldest forgotten.
      if (stack.length >= MAX_DEPTH) stack.splice(0, MAX_DEPTH / 2);
      stack.push({ at, family, reopened: 0 });
    }
    at++;
  }
}

/** `prev` and `next` are the codes around the mark, NaN at either end of the text. */
function canOpen(family: MarkFamily, prev: number, next: number): boolean {
  if (next !== next) return false;
  if (!family.apostrophe) return true;
  return !isWordCode(prev) && isWordCode(next);
}

function lastIndexOfFamily(stack: readonly OpenMark[], family: MarkFamily): number {
  // Only the top few entries are looked at, so a megabyte of unmatched openers stays linear.
  for (let i = stack.length - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) if (stack[i]!.family === family) return i;
  return -1;
}

/**
 * A quote that runs over paragraphs reopens each paragraph with its mark and closes only at the end.
 * When the next paragraph starts with an opener of the outermost open family, that quote goes on.
 */
function reopening(text: string, at: number, end: number, stack: readonly OpenMark[]): { mark: OpenMark; after: number } | null {
  const outer = stack.find((m) => !m.family.weak);
  if (!outer || outer.reopened >= MAX_REOPENED_PARAGRAPHS) return null;
  let i = at;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const known = FAMILY.get(text[i] ?? '');
  if (!known || known.family !== outer.family || known.role === 'close') return null;
  return { mark: { ...outer, reopened: outer.reopened + 1 }, after: i + 1 };
}

function hasWord(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (isLetterOrDigit(text.charCodeAt(i))) return true;
  return false;
}
