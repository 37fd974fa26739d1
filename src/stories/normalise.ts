/**
 * Folds what re-posts of one story change without changing the story, one UTF-16 code unit at a time, through
 * a table built once: case; Arabic diacritics (harakat, shadda, sukun, dagger alef, Quranic marks), tatweel
 * and Latin combining marks dropped; alef forms (أ إ آ ٱ) to ا, ى and Persian ی to ي, ة to ه, Persian ک to
 * ك; Arabic-Indic and Persian digits to ASCII. Everything that is not a letter or a digit (punctuation, every
 * quote-mark style, apostrophes, spaces of any kind, emoji) separates words, and HTML entities (`&quot;`,
 * `&#39;`) that scraped copies keep count as separators too. The output is the words joined by one space,
 * for shingling only: it is never shown and carries no offsets.
 */

const SEPARATOR = 0xffff;
const DROP = 0;

const FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ۍ': 'ي', 'ې': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ە': 'ه',
  'ک': 'ك', 'ڪ': 'ك',
};

/** Code units that vanish: Arabic marks and tatweel, and every combining mark (so é and e + ◌́ agree). */
const DROPPED = /^[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\p{M}\u200b-\u200f\u00ad\ufeff]$/u;
const WORD = /^[\p{L}\p{N}]$/u;

/** Not looked at yet: the table is filled one code unit at a time, when a text first holds it. */
const UNKNOWN = 0xfffe;

/** What code unit `c` folds to: a character, DROP or SEPARATOR. */
function foldOf(c: number): number {
  if ((c >= 0xd800 && c <= 0xdfff) || c === 0xfffe) return SEPARATOR; // astral characters (emoji, mostly) separate words
  if (c >= 0x660 && c <= 0x669) return 0x30 + c - 0x660; // ٠-٩
  if (c >= 0x6f0 && c <= 0x6f9) return 0x30 + c - 0x6f0; // ۰-۹
  const ch = String.fromCharCode(c);
  if (DROPPED.test(ch)) return DROP;
  if (!WORD.test(ch)) return SEPARATOR;
  // A letter that lower-cases to two units (İ) keeps its first: close enough for matching.
  return (FOLDS[ch] ?? ch.toLowerCase()).charCodeAt(0);
}

/** Filled lazily: testing all 65,536 code units took each thread 50-100 ms at start. */
const table = new Uint16Array(0x10000).fill(UNKNOWN);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** Word hashes of the last text folded (see foldWords), reused between reports. */
export let wordHashes = new Int32Array(4096);

/** The longest entity name scanned for after `&` (`&thinsp;`, `&#8217;`, `&#x2019;`). */
const ENTITY_MAX = 8;

/** An HTML entity starting at `at` (which holds `&`): its length, or 0. */
function entityLength(text: string, at: number): number {
  const end = Math.min(text.length, at + 2 + ENTITY_MAX);
  let i = at + 1;
  if (text.charCodeAt(i) === 0x23) i++; // #
  const first = i;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3b) return i > first ? i - at + 1 : 0; // ;
    const alnum = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
    if (!alnum) return 0;
  }
  return 0;
}

/**
 * Folds `text` and hashes each folded word (FNV-1a over its code units) into `wordHashes`, in one pass
 * without building the folded text; writes the folded text into `units` too when it is given (words joined by
 * one 0x20). Returns the number of words and of units written. Linear: one table look-up per code unit; an
 * entity is scanned at most ENTITY_MAX units ahead.
 */
export function foldWords(text: string, units: Uint16Array | null): { words: number; length: number } {
  if (text.length + 1 > wordHashes.length) wordHashes = new Int32Array(text.length + 1);
  const hashes = wordHashes;
  let length = 0;
  let words = 0;
  let hash = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 0x26) {
      const n = entityLength(text, i);
      if (n > 0) {
        i += n - 1;
        c = 0x20;
      }
    }
    let folded = table[c]!;
    if (folded === UNKNOWN) folded = table[c] = foldOf(c);
    if (folded === DROP) continue;
    if (folded === SEPARATOR) {
      if (inWord) hashes[words++] = hash;
      inWord = false;
      continue;
    }
    if (!inWord) {
      if (units !== null && length > 0) units[length++] = 0x20;
      inWord = true;
      hash = FNV_OFFSET;
    }
    hash = Math.imul(hash ^ folded, FNV_PRIME);
    if (units !== null) units[length++] = folded;
  }
  if (inWord) hashes[words++] = hash;
  return { words, length };
}

/** The folded words as a string: for tests and for reading what the signature saw. */
export function normaliseText(text: string): string {
  const units = new Uint16Array(text.length + 1);
  const { length } = foldWords(text, units);
  let out = '';
  for (let i = 0; i < length; i += 4096) out += String.fromCharCode(...units.subarray(i, Math.min(length, i + 4096)));
  return out;
}
