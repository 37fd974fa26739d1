/**
 * Whether a capitalised word that opens a sentence is a name. Every sentence's first word is written with
 * a capital, so the capital alone says nothing: `If`, `Both`, `Despite`, `Anti-government` open sentences
 * as often as `Holtz` does. A name shows itself elsewhere in the report, capitalised where nothing asks for
 * a capital (`... said Holtz`, `... with Isaac`); a word of the language does not.
 */
import type { QuoteContext } from './context.js';
import { isAnyMarkCode } from './pair-marks.js';
import type { Token } from './tokenize.js';
import { isUpperCode } from '../text/char-class.js';
import { hashNorm } from './normalise.js';
import { COLON_BIT, TERMINAL_BIT, punctIn, tokenAt } from './token-at.js';

/** Word hashes (normalise.ts) are below 2^16. */
const HASH_VALUES = 1 << 16;

/**
 * The hashes of words seen capitalised inside a sentence, for the report `readFor` names, read on its
 * first question: a bit per hash value, one table for all reports (a report's passes run to the end
 * before the next starts), which costs less to fill than a Set of numbers made per report.
 */
const midCapitals = new Uint32Array(HASH_VALUES >>> 5);
/**
 * The report the table was read for, known by its openings memo (made afresh for each report): holding
 * that small array, not the report, keeps no report's tokens alive (a WeakRef would, to the end of the
 * job, and a loop over reports is one job).
 */
let readFor: QuoteContext['openings'] | undefined;
/** The token the reading of `readFor` has reached: the table holds the capitals of the tokens before it. */
let readTo = 1;

/**
 * Whether the sentence-opening token `k` is a word the report also capitalises mid-sentence (a name).
 * The report is read only as far as the answer needs: up to the first such capital of that word, or to
 * the end; a later question goes on from there.
 */
export function capitalisedElsewhere(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (readFor !== ctx.openings) {
    midCapitals.fill(0);
    readFor = ctx.openings;
    readTo = 1;
  }
  const hash = stemHash(ctx, t);
  if (hasBit(midCapitals, hash)) return true;
  readTo = readMidCapitals(ctx, midCapitals, readTo, hash);
  return hasBit(midCapitals, hash);
}

const hasBit = (bits: Uint32Array, hash: number): boolean => (bits[hash >>> 5]! & (1 << (hash & 31))) !== 0;

/** Reads the capitals of tokens from `from` on into `seen`, until `wanted` is among them; returns the token reached. */
function readMidCapitals(ctx: QuoteContext, seen: Uint32Array, from: number, wanted: number): number {
  const { tokens, text } = ctx;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    // The capital first: most tokens fail there (no punctuation starts with a capital letter).
    if (!isUpperCode(text.charCodeAt(t.start)) || t.kind !== 'word' || t.lineBefore) continue;
    // A name seen once already needs no second look at its place.
    const hash = stemHash(ctx, t);
    if (hasBit(seen, hash)) continue;
    const before = tokenAt(ctx, k - 1)!;
    // A capital after a sentence end, a colon or a quotation mark is asked for by its place.
    if (before.sentence !== t.sentence || punctIn(before, TERMINAL_BIT) || punctIn(before, COLON_BIT) || isOpeningPunct(before)) continue;
    seen[hash >>> 5] |= 1 << (hash & 31);
    if (hash === wanted) return k + 1;
  }
  return tokens.length;
}

/** Quotation marks, dashes and brackets: a word after one may open a quotation or an aside. */
function isOpeningPunct(t: Token): boolean {
  if (t.kind !== 'punct') return false;
  const code = t.code;
  return isAnyMarkCode(code) || code === 0x28 || code === 0x5b || code === 0x2014 || code === 0x2013 || code === 0x2d;
}

/** The hash of a word's matching form without a trailing apostrophe (`France’` of `France’s` is `France`). */
function stemHash(ctx: QuoteContext, t: Token): number {
  const last = ctx.text.charCodeAt(t.end - 1);
  if (last !== 0x27 && last !== 0x2019) return t.hash >= 0 ? t.hash : hashNorm(t.norm);
  return hashNorm(t.norm.slice(0, -1));
}

/** Whether offset `at` lies inside a pair of quotation marks: a sentence opening there is someone's speech. */
export function insideQuotation(ctx: QuoteContext, at: number): boolean {
  const { pairs } = ctx;
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid]!.open < at) lo = mid + 1;
    else hi = mid;
  }
  // Pairs are apart or nested a level or two: a few back hold any that contains `at`.
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (pairs[i]!.close > at) return true;
  return false;
}
