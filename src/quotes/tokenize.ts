import type { Span } from '../text/span.js';
import { isSpace } from '../text/span.js';
import { isLowerCode, isUpperCode, isWordCode } from '../text/char-class.js';
import { HASH_START, foldedCode, hashEnd, hashFolded, hashStep, normaliseWord } from './normalise.js';
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

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x02bc;

/**
 * What the tokenizer needs of a code unit, one table read each (filled on first use; 0 is unknown): its
 * class in the low bits, whether it is a quotation mark (pair-marks.ts), and above those its fold value
 * (normalise.ts foldedCode), so a word's hash is taken without a second lookup. A word is made of
 * letters (tatweel is one), digits and combining marks.
 */
const SPACE = 1;
const LINE_BREAK = 2;
const LETTER = 3;
const OTHER = 4;
const CLASS_BITS = 7;
const MARK_BIT = 8;
const FOLD_SHIFT = 4;
const INFO = new Int32Array(0x10000);

function infoOf(code: number): number {
  const cls = isSpace(code) ? (code === 0x0a || code === 0x0d || code === 0x2029 ? LINE_BREAK : SPACE) : isWordCode(code) ? LETTER : OTHER;
  const info = cls | (isAnyMarkCode(code) ? MARK_BIT : 0) | (foldedCode(code) << FOLD_SHIFT);
  INFO[code] = info;
  return info;
}

const classOf = (code: number): number => (INFO[code] || infoOf(code)) & CLASS_BITS;

/**
 * Splits the body regions into word and punctuation tokens with one forward cursor. A word keeps
 * inner hyphens and dots between letters (`a-t-il`, `U.S.`); an apostrophe between letters ends the
 * word after it (`qu'` + `il`, `l'` + `intéressé`), which is how French elision behaves.
 *
 * `stops` receives, region by region, the offsets of every quotation mark and line break, then -1:
 * what pair-marks.ts reads instead of scanning the text a second time.
 */
export function tokenize(text: string, regions: readonly Span[], sentences: readonly Span[], stops: number[] = []): Token[] {
  const tokens: Token[] = [];
  // The sentence cursor: tokens at or after `nextEnd` move it on; before `sentenceStart` they lie outside.
  let sentence = 0;
  let sentenceStart = sentences.length > 0 ? sentences[0]!.start : Infinity;
  let nextEnd = sentences.length > 0 ? sentences[0]!.end : Infinity;
  for (const region of regions) {
    let lineBefore = true;
    let at = region.start;
    const end = region.end;
    while (at < end) {
      const code = text.charCodeAt(at);
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
      if (cls === OTHER) {
        if ((info & MARK_BIT) !== 0) stops.push(at);
        at++;
      } else {
        at = wordEnd(text, at, end, stops);
      }
      if (start >= nextEnd) {
        while (sentence < sentences.length && sentences[sentence]!.end <= start) sentence++;
        sentenceStart = sentence < sentences.length ? sentences[sentence]!.start : Infinity;
        nextEnd = sentence < sentences.length ? sentences[sentence]!.end : Infinity;
      }
      const inSentence = sentenceStart <= start ? sentence : -1;
      const word = cls !== OTHER;
      tokens.push(new Token(text, start, at, word ? 'word' : 'punct', lineBefore, inSentence, word ? wordHash : -1));
      lineBefore = false;
    }
    stops.push(-1);
  }
  return tokens;
}

/** Hash of the matching form of the word wordEnd last read, taken as it reads (a second pass cost as much again). */
let wordHash = -1;

/** Where the word that starts at `at` ends; sets wordHash, and records an apostrophe it takes in `stops`. */
function wordEnd(text: string, at: number, end: number, stops: number[]): number {
  const start = at;
  let hash = HASH_START;
  while (at < end) {
    const c = text.charCodeAt(at);
    const info = INFO[c]!;
    if ((info & CLASS_BITS) === LETTER) { hash = hashFolded(hash, info >> FOLD_SHIFT); at++; continue; }
    if (info === 0) { infoOf(c); continue; }
    const next = at + 1 < end ? text.charCodeAt(at + 1) : -1;
    const joins = next >= 0 && classOf(next) === LETTER;
    if (joins && isApostrophe(c)) {
      if ((info & MARK_BIT) !== 0) stops.push(at);
      hash = hashFolded(hash, info >> FOLD_SHIFT);
      at++;
      break;
    }
    if (!joins || (c !== 0x2d && c !== 0x2e)) break;
    // A dot between a small letter and a capital is a sentence end with its space lost (`lancées.Alain`).
    const lostSpace = c === 0x2e && isLowerCode(text.charCodeAt(at - 1)) && isUpperCode(next);
    if (classOf(text.charCodeAt(at - 1)) === LETTER && !lostSpace) { hash = hashFolded(hash, info >> FOLD_SHIFT); at++; continue; }
    break;
  }
  wordHash = hashEnd(hash);
  if (text.charCodeAt(at) !== 0x2e || at - start > 3) return at;
  // A dot glued after single capitals is part of an abbreviation (`U.S.`), not the end of the word.
  // So is the dot of a short capitalised title before a name (`M. Fagni`, `Dr. Smith`).
  const abbreviation = /^(?:\p{Lu}\.)+\p{Lu}$/u.test(text.slice(start, at)) ||
    (/^\p{Lu}\p{Ll}?$/u.test(text.slice(start, at)) && /^ \p{Lu}/u.test(text.slice(at + 1, at + 3)));
  if (!abbreviation) return at;
  wordHash = hashEnd(hashStep(hash, 0x2e));
  return at + 1;
}
