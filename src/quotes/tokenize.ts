import type { Span } from '../text/span.js';
import { isSpace } from '../text/span.js';
import { isLowerCode, isUpperCode, isWordCode } from '../text/char-class.js';
import { Buffer } from 'node:buffer';
import { foldedCode, normaliseWord } from './normalise.js';
import { isAnyMarkCode } from './pair-marks.js';

export type TokenKind = 'word' | 'punct';

/**
 * A word or punctuation token. Its matching form is made on first use: most words of a report are
 * never looked at closely (no cue near them), and the slice and fold would be most of the work.
 */
export class Token implements Span {
  private cachedNorm: string | undefined = undefined;
  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly kind: TokenKind,
    /** A line break lies between this token and the previous one. */
    readonly lineBefore: boolean,
    /** Index of the sentence the token is in, or -1 when it lies outside every sentence. */
    readonly sentence: number,
    /** Hash of a word's matching form (normalise.ts hashStep; -1 for punctuation): lexicon filters test it without the form. */
    readonly hash: number,
  ) {}

  /** The first UTF-16 code of the token: all of a punctuation token. */
  get code(): number {
    return this.text.charCodeAt(this.start);
  }

  /** Matching form (normalise.ts) for words; the character itself for punctuation. */
  get norm(): string {
    if (this.cachedNorm === undefined) {
      const raw = this.text.slice(this.start, this.end);
      this.cachedNorm = this.kind === 'word' ? normaliseWord(raw) : raw;
    }
    return this.cachedNorm;
  }
}

/**
 * The report's UTF-16 codes in a typed array, filled by one native copy: a string read checks the string's
 * kind on every character, which made reading the text most of the tokenizer's cost. One array serves
 * every report (a long one gets an array of its own, not kept); its contents hold until the next call,
 * and `codes[text.length]` is 0, so a read one past the end needs no test.
 */
export function textCodes(text: string): Uint16Array {
  const needed = text.length + 1;
  let codes = scratchCodes;
  if (needed > codes.length) {
    codes = new Uint16Array(Math.max(needed, codes.length * 2));
    if (codes.length <= MAX_KEPT_CODES) scratchCodes = codes;
  }
  Buffer.from(codes.buffer, codes.byteOffset, needed * 2).write(text, 0, 'utf16le');
  codes[text.length] = 0;
  return codes;
}

let scratchCodes = new Uint16Array(1 << 14);
/** Reports past this many code units get an array of their own. */
const MAX_KEPT_CODES = 1 << 21;

/**
 * What the tokenizer needs of a code unit, one table read each (filled on first use; 0 is unknown): its
 * class in the low bits, whether it is a quotation mark (pair-marks.ts), and above those its fold value
 * (normalise.ts foldedCode, less its offset), so a word's hash is taken without a second lookup. A word
 * is made of letters (tatweel is one), digits and combining marks; the few that fold to nothing (Arabic
 * short vowels, tatweel) or cannot be folded alone have classes of their own, off the fast path.
 */
const SPACE = 1;
const LINE_BREAK = 2;
const OTHER = 3;
/** A word unit that folds to one unit: the fast path. */
const LETTER = 4;
/** A word unit that folds to nothing: left out of the hash. */
const LETTER_DROPPED = 5;
/** A word unit that cannot be folded alone: the word has no hash (-1). */
const LETTER_UNFOLDABLE = 6;
const CLASS_BITS = 7;
const MARK_BIT = 8;
/** Set with a fold value: the unit folds to one unit (normalise.ts foldedCode above DROPPED and ALONE_UNFOLDABLE). */
const FOLDS_BIT = 16;
const FOLD_SHIFT = 5;
const INFO = new Int32Array(0x10000);

function infoOf(code: number): number {
  const folded = foldedCode(code);
  let cls: number;
  if (isSpace(code)) cls = code === 0x0a || code === 0x0d || code === 0x2029 ? LINE_BREAK : SPACE;
  else if (!isWordCode(code)) cls = OTHER;
  else cls = folded === FOLDED_DROPPED ? LETTER_DROPPED : folded === FOLDED_UNFOLDABLE ? LETTER_UNFOLDABLE : LETTER;
  const fold = folded > FOLDED_UNFOLDABLE ? FOLDS_BIT | ((folded - FOLDED_OFFSET) << FOLD_SHIFT) : 0;
  const info = cls | (isAnyMarkCode(code) ? MARK_BIT : 0) | fold;
  INFO[code] = info;
  return info;
}

/** foldedCode's encoding: 1 dropped, 2 not foldable alone, else the folded unit plus 3. */
const FOLDED_DROPPED = 1;
const FOLDED_UNFOLDABLE = 2;
const FOLDED_OFFSET = 3;


/**
 * Splits the body regions into word and punctuation tokens with one forward cursor. A word keeps
 * inner hyphens and dots between letters (`a-t-il`, `U.S.`); an apostrophe between letters ends the
 * word after it (`qu'` + `il`, `l'` + `intéressé`), which is how French elision behaves.
 *
 * `stops` receives, region by region, the offsets of every quotation mark and line break, then -1:
 * what pair-marks.ts reads instead of scanning the text a second time. `codes` is textCodes(text), when
 * the caller has it already.
 */
export function tokenize(text: string, regions: readonly Span[], sentences: readonly Span[], stops: number[] = [], codes = textCodes(text)): Token[] {
  const tokens: Token[] = [];
  // The sentence cursor: tokens at or after `nextEnd` move it on; before `sentenceStart` they lie outside.
  let sentence = 0;
  let sentenceStart = sentences.length > 0 ? sentences[0]!.start : Infinity;
  let nextEnd = sentences.length > 0 ? sentences[0]!.end : Infinity;
  for (let r = 0; r < regions.length; r++) {
    let lineBefore = true;
    let at = regions[r]!.start;
    const end = regions[r]!.end;
    while (at < end) {
      const code = codes[at]!;
      const info = INFO[code]!;
      const cls = info & CLASS_BITS;
      if (cls === SPACE) { at++; continue; }
      // A unit not met before is learnt off the common path, then read again.
      if (info === 0) { infoOf(code); continue; }
      if (cls === LINE_BREAK) {
        lineBefore = true;
        stops.push(at);
        at++;
        continue;
      }
      const start = at;
      let hash = -1;
      if (cls === OTHER) {
        if ((info & MARK_BIT) !== 0) stops.push(at);
        at++;
      } else {
        at = wordEnd(text, codes, at, end, stops);
        hash = wordHash;
      }
      if (start >= nextEnd) {
        while (sentence < sentences.length && sentences[sentence]!.end <= start) sentence++;
        sentenceStart = sentence < sentences.length ? sentences[sentence]!.start : Infinity;
        nextEnd = sentence < sentences.length ? sentences[sentence]!.end : Infinity;
      }
      const token = new Token(text, start, at, cls === OTHER ? 'punct' : 'word', lineBefore, sentenceStart <= start ? sentence : -1, hash);
      tokens.push(token);
      lineBefore = false;
    }
    stops.push(-1);
  }
  return tokens;
}

/** Hash of the matching form of the word wordEnd last read, taken as it reads (a second pass cost as much again). */
let wordHash = -1;

/**
 * Where the word that starts at `at` ends; sets wordHash, and records an apostrophe it takes in `stops`.
 * The running hash is normalise.ts hashFolded's, inlined: the FNV step on each folded unit, a step that
 * lands on 0 made 1, units that fold to nothing skipped, and no hash when a unit cannot be folded alone.
 * Everything it calls is written out in place and its constants are its module's own: an imported
 * constant is read from its cell on every step, and a helper first called after the function was
 * optimised stays a call.
 */
function wordEnd(text: string, codes: Uint16Array, at: number, end: number, stops: number[]): number {
  const start = at;
  let hash = OFFSET;
  let foldable = true;
  for (;;) {
    // The common case, letters that fold to one unit each, in a loop of its own with nothing to call.
    let info = 0;
    while (at < end) {
      info = INFO[codes[at]!]!;
      if ((info & CLASS_BITS) !== LETTER) break;
      hash = Math.imul(hash ^ (info >> FOLD_SHIFT), PRIME) || 1;
      at++;
    }
    if (at >= end) break;
    const c = codes[at]!;
    const cls = info & CLASS_BITS;
    if (cls === LETTER_DROPPED) { at++; continue; }
    if (cls === LETTER_UNFOLDABLE) { foldable = false; at++; continue; }
    // A unit not met before is learnt off the common path, then read again.
    if (info === 0) { infoOf(c); continue; }
    // A hyphen, dot or apostrophe joins the word only with a letter after it.
    const apostrophe = c === 0x27 || c === 0x2019 || c === 0x02bc;
    if (c !== 0x2d && c !== 0x2e && !apostrophe) break;
    if (at + 1 >= end) break;
    const next = codes[at + 1]!;
    if (INFO[next] === 0) infoOf(next);
    if ((INFO[next]! & CLASS_BITS) < LETTER) break;
    if (apostrophe) {
      if ((info & MARK_BIT) !== 0) stops.push(at);
      hash = Math.imul(hash ^ (info >> FOLD_SHIFT), PRIME) || 1;
      at++;
      break;
    }
    // A dot between a small letter and a capital is a sentence end with its space lost (`lancées.Alain`).
    if (c === 0x2e && isLowerCode(codes[at - 1]!) && isUpperCode(next)) break;
    hash = Math.imul(hash ^ (info >> FOLD_SHIFT), PRIME) || 1;
    at++;
  }
  wordHash = foldable ? (hash ^ (hash >>> 16)) & 0xffff : -1;
  if (codes[at] !== 0x2e || at - start > 3) return at;
  // A dot glued after single capitals is part of an abbreviation (`U.S.`), not the end of the word.
  // So is the dot of a short capitalised title before a name (`M. Fagni`, `Dr. Smith`).
  const abbreviation = /^(?:\p{Lu}\.)+\p{Lu}$/u.test(text.slice(start, at)) ||
    (/^\p{Lu}\p{Ll}?$/u.test(text.slice(start, at)) && /^ \p{Lu}/u.test(text.slice(at + 1, at + 3)));
  if (!abbreviation) return at;
  if (foldable) {
    hash = Math.imul(hash ^ 0x2e, PRIME) || 1;
    wordHash = (hash ^ (hash >>> 16)) & 0xffff;
  }
  return at + 1;
}

/** normalise.ts's FNV_OFFSET (HASH_START) and FNV_PRIME, and its bucket, written here (word-filter.test.ts holds them equal). */
const OFFSET = 0x811c9dc5 | 0;
const PRIME = 0x01000193;
