import { Buffer } from 'node:buffer';
import { isJsWhiteSpace, isLetterCode } from '../text/char-class.js';

/**
 * franc compares trigram profiles, and its cost grows with the sample. Between the few languages we have
 * rules for, 600 characters of running text settle the question, so that is all we hand it.
 */
const SAMPLE_CHARS = 600;
/** How far into the text we look for those characters; bounded so huge inputs cost nothing extra. */
const SCAN_CHARS = 8192;
/** Letters enough to judge the script mix; the scan stops there (Latin credit lines are short). */
const ENOUGH_LETTERS = 800;

export interface DetectionSample {
  /** Letters-and-spaces text for franc, without URLs, handles, tags and (in Arabic text) Latin credit lines. */
  sample(): string;
  /**
   * Start and end (in the text) of each token of the sample, in order: the sample is these tokens joined
   * by one space, so a caller that only reads words need not build it.
   */
  tokens: number[];
  letters: number;
  arabicShare: number;
  /** Share of Arabic-script letters that only Persian, Urdu and their neighbours use (پ چ ژ گ ک ی ٹ ڈ ڑ ں ے ھ). */
  persoArabicShare: number;
}

const isArabicScript = (c: number): boolean =>
  (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff);
const PERSO_ARABIC = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc, 0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2, 0x06be]);

/** What the scan asks about a code, one bit each, so a character costs one table read and no branch. */
const SPACE = 1;
const LETTER = 2;
const ARABIC = 4;
/** Bit 3, so that `(kind >> 3) & 1` counts it. */
const PERSO = 8;
/** `@`, `:` or `#`: a token with one may be a link, an address, a handle or a tag. */
const NOISE_MARK = 16;
/** `.`: a token with one may be a `www.` or `t.me/` link, when it starts with w or t. */
const DOT = 32;
const KNOWN = 64;
const kinds = new Uint8Array(0x10000);

function learn(c: number): number {
  let kind = KNOWN;
  if (isJsWhiteSpace(c)) kind |= SPACE;
  else if (isArabicScript(c)) kind |= LETTER | ARABIC | (PERSO_ARABIC.has(c) ? PERSO : 0);
  else if (c < 0x80) {
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) kind |= LETTER;
    else if (c === 0x40 || c === 0x3a || c === 0x23) kind |= NOISE_MARK;
    else if (c === 0x2e) kind |= DOT;
  } else if (isLetterCode(c)) kind |= LETTER;
  kinds[c] = kind;
  return kind;
}

/** A token that says nothing about the language: a link, an address, a handle, a tag. */
function isNoise(token: string): boolean {
  return /^(?:https?:|www\.|t\.me\/|telegram\.me\/|[@#])/i.test(token) || token.includes('@') || token.includes('://');
}

/**
 * Every pattern `isNoise` accepts needs `@`, `:` or `#`, or else a dot in a token that starts with w or t
 * (`www.`, `t.me/`, `telegram.me/`): other tokens, sentence ends among them, are never sliced or matched.
 */
function mayBeNoise(text: string, start: number, seen: number): boolean {
  if ((seen & NOISE_MARK) !== 0) return true;
  if ((seen & DOT) === 0) return false;
  const first = text.charCodeAt(start) | 0x20;
  return first === 0x77 || first === 0x74;
}

/** Letters and Arabic letters of a token, counted by one addition per character: Arabic from bit 14 on. */
const ARABIC_UNIT = 1 << 14;
const LETTER_COUNT = ARABIC_UNIT - 1;
const weights = new Int32Array(KNOWN * 2);
for (let kind = 0; kind < weights.length; kind++) weights[kind] = (kind & LETTER ? 1 : 0) + (kind & ARABIC ? ARABIC_UNIT : 0);

/**
 * The scan reads codes from a typed array filled by one native copy a chunk at a time, as far as it goes,
 * not from the string: a string read checks the string's kind on every character. A space written after
 * the last code copied ends the loops there, so they test for the end only at a space.
 */
const CHUNK = 2048;
const codes = new Uint16Array(SCAN_CHARS + 1);
const codeBytes = Buffer.from(codes.buffer);
const SENTINEL = 0x20;

/** Copies the codes of text[from, from + CHUNK) (not past `limit`) to `codes`; answers how far they go. */
function fill(text: string, from: number, limit: number): number {
  const to = Math.min(limit, from + CHUNK);
  codeBytes.write(from === 0 ? text : text.slice(from, to), from * 2, (to - from) * 2, 'utf16le');
  codes[to] = SENTINEL;
  return to;
}

const kindOf = (c: number): number => kinds[c] || learn(c);

/** Bounds of the tokens kept, and of those with Arabic letters, written in place: no array grows per token. */
const allBounds = new Int32Array(SCAN_CHARS + 2);
const arabicBounds = new Int32Array(SCAN_CHARS + 2);

/**
 * One pass over whitespace-separated tokens (linear on any input, a megabyte-long word included) until
 * enough letters are seen. Counts the letters and the Arabic-script share of what it keeps. Only token
 * bounds are kept: most reports are settled by the counts, and the sample text is made when asked for.
 */
export function sampleForDetection(text: string): DetectionSample {
  const limit = Math.min(text.length, SCAN_CHARS);
  let allEnd = 0;
  let arabicEnd = 0;
  let letters = 0;
  let arabic = 0;
  let perso = 0;
  let at = 0;
  // codes[k] is text.charCodeAt(k) for k < filled, and codes[filled] the sentinel
  let filled = 0;
  codes[0] = SENTINEL;
  scan: while (letters < ENOUGH_LETTERS) {
    while ((kindOf(codes[at]!) & SPACE) !== 0) {
      if (at === filled) {
        if (filled >= limit) break scan;
        filled = fill(text, filled, limit);
      } else at++;
    }
    const start = at;
    // the kinds of the token's characters or-ed, and their weights added
    let seen = 0;
    let counts = 0;
    for (;;) {
      const kind = kindOf(codes[at]!);
      if ((kind & SPACE) !== 0) {
        if (at < filled || filled >= limit) break;
        filled = fill(text, filled, limit);
        continue;
      }
      seen |= kind;
      counts += weights[kind]!;
      at++;
    }
    // counted for every token read, as before: a Persian letter in a dropped link still counts
    if ((seen & PERSO) !== 0) for (let k = start; k < at; k++) perso += (kinds[codes[k]!]! >> 3) & 1;
    const tokenLetters = counts & LETTER_COUNT;
    if (tokenLetters === 0 || (mayBeNoise(text, start, seen) && isNoise(text.slice(start, at)))) continue;
    const tokenArabic = counts >> 14;
    letters += tokenLetters;
    arabic += tokenArabic;
    allBounds[allEnd++] = start;
    allBounds[allEnd++] = at;
    if (tokenArabic > 0) {
      arabicBounds[arabicEnd++] = start;
      arabicBounds[arabicEnd++] = at;
    }
  }
  // In an Arabic report, Latin credit lines ("Reuters Abdalrhman Ismail") only push franc off course.
  const arabicShare = letters ? arabic / letters : 0;
  const [bounds, end] = arabicShare > 0.5 ? [arabicBounds, arabicEnd] : [allBounds, allEnd];
  // the sample takes whole tokens while it is shorter than SAMPLE_CHARS
  let sampleLength = 0;
  let taken = 0;
  while (taken < end && sampleLength < SAMPLE_CHARS) {
    sampleLength += (sampleLength ? 1 : 0) + bounds[taken + 1]! - bounds[taken]!;
    taken += 2;
  }
  // a plain array: a small typed array costs more to make than these few numbers cost to copy
  const tokens: number[] = new Array<number>(taken);
  for (let k = 0; k < taken; k++) tokens[k] = bounds[k]!;
  const sample = (): string => {
    let out = '';
    for (let k = 0; k < tokens.length; k += 2) out += (k ? ' ' : '') + text.slice(tokens[k], tokens[k + 1]);
    return out;
  };
  return { sample, tokens, letters, arabicShare, persoArabicShare: arabic ? perso / arabic : 0 };
}
