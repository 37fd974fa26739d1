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

function buildTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = SEPARATOR; // astral characters (emoji, mostly) separate words
      continue;
    }
    const ch = String.fromCharCode(c);
    if (DROPPED.test(ch)) table[c] = DROP;
    else if (!WORD.test(ch)) table[c] = SEPARATOR;
    else {
      const folded = FOLDS[ch] ?? ch.toLowerCase();
      // A letter that lower-cases to two units (İ) keeps its first: close enough for matching.
      table[c] = folded.charCodeAt(0);
    }
  }
  for (let d = 0; d < 10; d++) {
    table[0x660 + d] = 0x30 + d; // ٠-٩
    table[0x6f0 + d] = 0x30 + d; // ۰-۹
  }
  return table;
}

let table: Uint16Array | null = null;

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
 * The words of `text`, folded, in a code-unit buffer (words separated by one 0x20) and their count. Linear
 * in the text: one table look-up per code unit; an entity is scanned at most ENTITY_MAX units ahead.
 */
export function normaliseWords(text: string): { units: Uint16Array; length: number; words: number } {
  const fold = (table ??= buildTable());
  const units = new Uint16Array(text.length + 1);
  let length = 0;
  let words = 0;
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
    const mapped = fold[c]!;
    if (mapped === DROP) continue;
    if (mapped === SEPARATOR) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      if (length > 0) units[length++] = 0x20;
      inWord = true;
      words++;
    }
    units[length++] = mapped;
  }
  return { units, length, words };
}

/** The folded words as a string: for tests and for reading what the signature saw. */
export function normaliseText(text: string): string {
  const { units, length } = normaliseWords(text);
  let out = '';
  for (let i = 0; i < length; i += 4096) out += String.fromCharCode(...units.subarray(i, Math.min(length, i + 4096)));
  return out;
}
