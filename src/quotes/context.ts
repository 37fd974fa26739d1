import type { Sentence } from '../sentences/index.js';
import type { Span } from '../text/span.js';
import type { Cue } from './find-cues.js';
import type { CompiledAgreement } from './lang/agreement.js';
import type { CompiledLexicon } from './lang/index.js';
import type { MarkPair } from './pair-marks.js';
import type { Token } from './tokenize.js';

/** Everything the passes share about one report. Read-only once built. */
export interface QuoteContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  lex: CompiledLexicon;
  /** How speakers agree with their pronouns and verbs in this language (lang/agreement.ts). */
  agreement: CompiledAgreement;
  cues: readonly Cue[];
  /** Cues inside long quotations, left out of `cues` as the quoted speaker's words (incise-in-marks.ts and nested-speech.ts read them). */
  quotedCues: readonly Cue[];
  /** For each token, the cue that covers it, or undefined. */
  cueOfToken: readonly (Cue | undefined)[];
  pairs: readonly MarkPair[];
  /** For each pair (same index), the tokens of its opening and closing marks. */
  openTokenOf: readonly number[];
  closeTokenOf: readonly number[];
  /** For each token, whether it is a quotation mark that opens or closes a pair. */
  markOfToken: readonly ('open' | 'close' | undefined)[];
  /** For each mark token, the pair it opens or closes. */
  pairOfToken: readonly (MarkPair | undefined)[];
  /**
   * The one memo: for each sentence, the named mention it opens with once read (null: none), filled by
   * resolve-implicit-speaker.ts, which asks about the same sentences in both its runs.
   */
  openings: (Mention | null | undefined)[];
  /** Whether some mark that may open a quotation paired with nothing (unclosed-quote.ts looks for those). */
  unpairedOpening: boolean;
}

/**
 * Every context is made by this one literal, field by field: a context built elsewhere (a spread of
 * another) would have another object shape, and each pass that read both threw its optimised code away.
 */
export function contextOf(c: QuoteContext): QuoteContext {
  return {
    text: c.text, tokens: c.tokens, sentences: c.sentences, lex: c.lex, agreement: c.agreement, cues: c.cues, quotedCues: c.quotedCues,
    cueOfToken: c.cueOfToken, pairs: c.pairs, openTokenOf: c.openTokenOf, closeTokenOf: c.closeTokenOf, markOfToken: c.markOfToken,
    pairOfToken: c.pairOfToken, openings: c.openings, unpairedOpening: c.unpairedOpening,
  };
}

/** A found speaker mention with the tokens it covers. */
export interface Mention extends Span {
  first: number;
  last: number;
}

/** What a pass found: a quote and how it is attributed, before sentence indices are added. */
export interface Attribution {
  type: 'direct' | 'indirect';
  span: Span;
  cue: Cue | null;
  /** The colon of unmarked speech, when that is the cue. */
  colon: Span | null;
  speaker: Mention | null;
  implicit: boolean;
}

/**
 * Every attribution is made here, with the same fields in the same order and plain `{start, end}` spans: the
 * passes that read them then see one object shape, where several (with and without `colon`, a Token or a
 * mark pair's span as `span`) threw their optimised code away ("wrong map") and had it compiled again.
 */
export function attribution(type: Attribution['type'], span: Span, cue: Cue | null, colon: Span | null, speaker: Mention | null, implicit: boolean): Attribution {
  return { type, span: { start: span.start, end: span.end }, cue, colon: colon === null ? null : { start: colon.start, end: colon.end }, speaker, implicit };
}

/** Whether the token is one of the punctuation characters in `chars`, compared by code: no string is made. */
export function isPunct(t: Token | undefined, chars: string): boolean {
  if (t === undefined || t.kind !== 'punct') return false;
  const code = t.code;
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}
export const COMMA = ',،';
export const TERMINAL = '.!?؟…;؛';

/** Whether token k opens its sentence: the first of it, or the first after a full stop the split missed. */
export function startsSentence(ctx: QuoteContext, k: number): boolean {
  const before = ctx.tokens[k - 1];
  return before === undefined || before.sentence !== ctx.tokens[k]!.sentence || isPunct(before, TERMINAL);
}
export const COLON = ':';
// Joined once here: a concatenation at each call site would make a new string per token looked at.
export const TERMINAL_OR_COLON = TERMINAL + COLON;
export const COMMA_OR_TERMINAL = COMMA + TERMINAL;
export const COMMA_TERMINAL_OR_COLON = COMMA + TERMINAL + COLON;

/**
 * Index of the first of `spans` (sorted by start) that starts at or after `offset`. For attributions'
 * spans, which attribution() makes all of one shape; a search of its own, apart from tokenIndexAt, so
 * that each one's property load stays monomorphic.
 */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token that starts at or after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
