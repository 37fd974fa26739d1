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
  letters: number;
  arabicShare: number;
  /** Share of Arabic-script letters that only Persian, Urdu and their neighbours use (پ چ ژ گ ک ی ٹ ڈ ڑ ں ے ھ). */
  persoArabicShare: number;
}

const isArabicScript = (c: number): boolean =>
  (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff);
const PERSO_ARABIC = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc, 0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2, 0x06be]);
/** All of them lie above the common Arabic letters, so those are never looked up. */
const FIRST_PERSO_ARABIC = Math.min(...PERSO_ARABIC);

/** Characters only a link, an address, a handle or a tag has; a token without any is never noise. */
const mayBeNoise = (c: number): boolean => c === 0x3a || c === 0x40 || c === 0x23 || c === 0x2e || c === 0x2f;

/** A token that says nothing about the language: a link, an address, a handle, a tag. */
function isNoise(token: string): boolean {
  return /^(?:https?:|www\.|t\.me\/|telegram\.me\/|[@#])/i.test(token) || token.includes('@') || token.includes('://');
}

/**
 * One pass over whitespace-separated tokens (linear on any input, a megabyte-long word included) until
 * enough letters are seen. Counts the letters and the Arabic-script share of what it keeps. Only token
 * bounds are kept: most reports are settled by the counts, and the sample text is made when asked for.
 */
export function sampleForDetection(text: string): DetectionSample {
  const limit = Math.min(text.length, SCAN_CHARS);
  const all: number[] = [];
  const arabicTokens: number[] = [];
  let letters = 0;
  let arabic = 0;
  let perso = 0;
  let at = 0;
  while (at < limit && letters < ENOUGH_LETTERS) {
    while (at < limit && isJsWhiteSpace(text.charCodeAt(at))) at++;
    if (at >= limit) break;
    const start = at;
    let tokenArabic = 0;
    let tokenLetters = 0;
    let suspect = false;
    for (; at < limit; at++) {
      const c = text.charCodeAt(at);
      if (isJsWhiteSpace(c)) break;
      if (isArabicScript(c)) {
        tokenArabic++;
        tokenLetters++;
        if (c >= FIRST_PERSO_ARABIC && PERSO_ARABIC.has(c)) perso++;
      } else if (c < 0x80) {
        if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) tokenLetters++;
        else if (mayBeNoise(c)) suspect = true;
      } else if (isLetterCode(c)) tokenLetters++;
    }
    if (tokenLetters === 0 || (suspect && isNoise(text.slice(start, at)))) continue;
    letters += tokenLetters;
    arabic += tokenArabic;
    all.push(start, at);
    if (tokenArabic > 0) arabicTokens.push(start, at);
  }
  // In an Arabic report, Latin credit lines ("Reuters Abdalrhman Ismail") only push franc off course.
  const arabicShare = letters ? arabic / letters : 0;
  const bounds = arabicShare > 0.5 ? arabicTokens : all;
  const sample = (): string => {
    let out = '';
    for (let k = 0; k < bounds.length && out.length < SAMPLE_CHARS; k += 2) out += (out ? ' ' : '') + text.slice(bounds[k], bounds[k + 1]);
    return out;
  };
  return { sample, letters, arabicShare, persoArabicShare: arabic ? perso / arabic : 0 };
}
