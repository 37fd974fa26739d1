/**
 * Character classes the splitter asks about, answered from a table filled on first use so the hot scanning
 * loop costs one array read per character. Unicode properties decide letters and case, so every script in
 * the golden rules (Latin, Cyrillic, Greek, Armenian, Arabic, CJK, Ethiopic, Devanagari, Myanmar) is covered.
 */

const UNKNOWN = 0;
const OTHER = 1;
const UPPER = 2;
const LOWER = 3;
/** A letter of a script without case (Arabic, CJK, Devanagari...), or a titlecase/modifier letter. */
const CASELESS = 4;
const DIGIT = 5;

const table = new Uint8Array(0x10000);
const upper = /\p{Lu}|\p{Lt}/u;
const lower = /\p{Ll}/u;
const letter = /\p{L}|\p{M}/u;
const digit = /\p{Nd}/u;

/** Small enough to be inlined into every scanning loop; the first sight of a code goes to `learn`. */
function classify(code: number): number {
  const kind = table[code];
  return kind !== UNKNOWN ? kind : learn(code);
}

function learn(code: number): number {
  let kind: number;
  const ch = String.fromCharCode(code);
  if (digit.test(ch)) kind = DIGIT;
  else if (upper.test(ch)) kind = UPPER;
  else if (lower.test(ch)) kind = LOWER;
  else if (letter.test(ch) || (code >= 0xd800 && code <= 0xdfff)) kind = CASELESS;
  else kind = OTHER;
  table[code] = kind;
  return kind;
}

export const isUpper = (code: number): boolean => classify(code) === UPPER;
export const isLower = (code: number): boolean => classify(code) === LOWER;
export const isDigit = (code: number): boolean => classify(code) === DIGIT;
export const isCaseless = (code: number): boolean => classify(code) === CASELESS;
export const isLetter = (code: number): boolean => {
  const kind = classify(code);
  return kind === UPPER || kind === LOWER || kind === CASELESS;
};
export const isWordChar = (code: number): boolean => {
  const kind = classify(code);
  return kind >= UPPER;
};
/** A letter that can open a sentence by itself: upper case, or of a script that has no case. */
export const isCapitalOrCaseless = (code: number): boolean => {
  const kind = classify(code);
  return kind === UPPER || kind === CASELESS;
};

/** Punctuation classes, one bit each in a table indexed by UTF-16 code. */
const CLOSER = 1;
const OPENER = 2;
const AMBIGUOUS_QUOTE = 4;
const DASH = 8;
const BULLET = 16;
const SENTENCE_OPENER = 32;
const marks = new Uint8Array(0x10000);
const mark = (chars: string, bit: number): void => {
  for (const c of chars) marks[c.charCodeAt(0)] |= bit;
};

/** Marks that close a quotation or a bracket and stay with the sentence they close. */
mark('"\'”’»›“‘«‹)]}」』》〉】〕〗〙〛）］｝', CLOSER);
/** Marks that open a quotation or a bracket, and so may start a sentence. */
mark('"\'“‘«‹„‚([{「『《〈【〔〖〘〚（［｛', OPENER);
/**
 * Quote marks that open in one language and close in another (German „…“, »…«) or look the same open and
 * closed: which one they are depends on their neighbours.
 */
mark('"\'“‘«‹»›', AMBIGUOUS_QUOTE);
mark('-‐‑‒–—―⁃', DASH);
mark('•◦▪▫●○■□‣⁃·*', BULLET);
/** Symbols a sentence can open with besides letters, digits and openers. */
mark('¿¡.…#@$€£¥+', SENTENCE_OPENER);

export const isCloser = (code: number): boolean => (marks[code] & CLOSER) !== 0;
export const isOpener = (code: number): boolean => (marks[code] & OPENER) !== 0;
export const isAmbiguousQuote = (code: number): boolean => (marks[code] & AMBIGUOUS_QUOTE) !== 0;
export const isDash = (code: number): boolean => (marks[code] & DASH) !== 0;
export const isBullet = (code: number): boolean => (marks[code] & BULLET) !== 0;
export const canOpenSentence = (code: number): boolean =>
  isWordChar(code) || (marks[code] & (OPENER | BULLET | DASH | SENTENCE_OPENER)) !== 0;

/** Bidi controls and zero-width marks: real Arabic text wraps them around dots and slashes. */
export const isFormat = (code: number): boolean =>
  (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff;

export const isLineBreak = (code: number): boolean => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
