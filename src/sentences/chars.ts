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

function classify(code: number): number {
  let kind = table[code];
  if (kind !== UNKNOWN) return kind;
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

const setOf = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));

/** Marks that close a quotation or a bracket and stay with the sentence they close. */
const closers = setOf('"\'”’»›“‘«‹)]}」』》〉】〕〗〙〛）］｝');
/** Marks that open a quotation or a bracket, and so may start a sentence. */
const openers = setOf('"\'“‘«‹„‚([{「『《〈【〔〖〘〚（［｛');
/**
 * Quote marks that open in one language and close in another (German „…“, »…«) or look the same open and
 * closed: which one they are depends on their neighbours.
 */
const ambiguousQuotes = setOf('"\'“‘«‹»›');
const dashes = setOf('-‐‑‒–—―⁃');
const bullets = setOf('•◦▪▫●○■□‣⁃·*');
/** Symbols a sentence can open with besides letters, digits and openers. */
const sentenceOpeners = setOf('¿¡.…#@$€£¥+');

export const isCloser = (code: number): boolean => closers.has(code);
export const isOpener = (code: number): boolean => openers.has(code);
export const isAmbiguousQuote = (code: number): boolean => ambiguousQuotes.has(code);
export const isDash = (code: number): boolean => dashes.has(code);
export const isBullet = (code: number): boolean => bullets.has(code);
export const canOpenSentence = (code: number): boolean =>
  isWordChar(code) || openers.has(code) || bullets.has(code) || dashes.has(code) || sentenceOpeners.has(code);

/** Bidi controls and zero-width marks: real Arabic text wraps them around dots and slashes. */
export const isFormat = (code: number): boolean =>
  (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff;

export const isLineBreak = (code: number): boolean => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
