/**
 * Reads of the per-token tables at an index that may be -1 (the token before the first one). An array
 * read at a negative index is a property lookup, not an element read: one such read makes V8 treat that
 * read of the array as megamorphic for good, and every later read there takes the slow generic path. The
 * passes that look one token back from a token that may be the first read through these instead.
 */
import type { QuoteContext } from './context.js';
import { COLON, COMMA, TERMINAL } from './context.js';
import type { Cue } from './find-cues.js';
import type { MarkPair } from './pair-marks.js';
import type { Token } from './tokenize.js';

/** Token k, or undefined when k is before the first token or past the last. */
export function tokenAt(ctx: QuoteContext, k: number): Token | undefined {
  return k >= 0 ? ctx.tokens[k] : undefined;
}

/** Whether token k is an opening or a closing mark (undefined before the first token). */
export function markAt(ctx: QuoteContext, k: number): 'open' | 'close' | undefined {
  return k >= 0 ? ctx.markOfToken[k] : undefined;
}

/** The cue that covers token k (undefined before the first token). */
export function cueAt(ctx: QuoteContext, k: number): Cue | undefined {
  return k >= 0 ? ctx.cueOfToken[k] : undefined;
}

/** The pair whose mark token k is (undefined before the first token). */
export function pairAt(ctx: QuoteContext, k: number): MarkPair | undefined {
  return k >= 0 ? ctx.pairOfToken[k] : undefined;
}

/** Classes of punctuation the passes ask about (context.ts COMMA, TERMINAL and COLON), as bits of one table entry per code. */
export const COMMA_BIT = 1;
export const TERMINAL_BIT = 2;
export const COLON_BIT = 4;
const PUNCT_CLASS = new Uint8Array(0x10000);
for (const [chars, bit] of [[COMMA, COMMA_BIT], [TERMINAL, TERMINAL_BIT], [COLON, COLON_BIT]] as const) {
  for (let i = 0; i < chars.length; i++) PUNCT_CLASS[chars.charCodeAt(i)]! |= bit;
}

/**
 * Whether the token is punctuation of one of the classes in `bits`: isPunct(t, COMMA + TERMINAL ...) with
 * one table read instead of a walk over the characters.
 */
export function punctIn(t: Token | undefined, bits: number): boolean {
  return t !== undefined && t.kind === 'punct' && (PUNCT_CLASS[t.code]! & bits) !== 0;
}
