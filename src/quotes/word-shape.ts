import type { QuoteContext } from './context.js';
import type { Token } from './tokenize.js';

const endsWith = String.prototype.endsWith;
const startsWith = String.prototype.startsWith;

/**
 * Whether `word` ends with one of `endings` and is longer than it by more than `extra` code units:
 * `endings.some((e) => word.length > e.length + extra && word.endsWith(e))`, without a closure per call.
 */
export function endsWithOneOf(word: string, endings: readonly string[], extra: number): boolean {
  const n = word.length;
  for (let i = 0; i < endings.length; i++) {
    const e = endings[i]!;
    // Through the method itself: words of several string kinds made `word.endsWith` a generic lookup.
    if (n > e.length + extra && endsWith.call(word, e)) return true;
  }
  return false;
}

/** Whether `word` starts with one of `prefixes`: `prefixes.some((p) => word.startsWith(p))`, without a closure. */
export function startsWithOneOf(word: string, prefixes: readonly string[]): boolean {
  for (let i = 0; i < prefixes.length; i++) if (startsWith.call(word, prefixes[i]!)) return true;
  return false;
}

/**
 * `/\d/` on a token's matching form, read off the text: folding makes no ASCII digit and removes none, so
 * the form need not be made.
 */
export function tokenHasDigit(ctx: QuoteContext, t: Token): boolean {
  const { text } = ctx;
  for (let i = t.start; i < t.end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}
