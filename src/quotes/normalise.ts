/**
 * Matching form of a word: what the lexicons are written in. Arabic is written with or without short
 * vowels, tatweel and hamza seats, and Latin text with any case, so all of that is folded away. Used
 * for comparison only; spans always point at the original text.
 */
export function normaliseWord(word: string): string {
  // Most words need nothing: small ASCII letters and digits, or Arabic letters with nothing to fold.
  // Words come as strings of several kinds (slices, copies, one or two bytes a unit, lexicon literals): more
  // than V8 keeps apart at a call site, so `word.charCodeAt` became a slow generic lookup of the method
  // on every unit. Called through the method itself, the call site knows its target whatever the kind.
  const n = word.length;
  let plain = true;
  for (let i = 0; i < n && plain; i++) plain = KEEPS[charCodeAt.call(word, i)] === 1;
  if (plain) return word;
  let out = '';
  const lower = toLowerCase.call(word);
  const m = lower.length;
  for (let i = 0; i < m; i++) {
    const code = charCodeAt.call(lower, i);
    if (isDropped(code)) continue;
    const folded = FOLD.get(code);
    out += folded ?? lower[i];
  }
  return out;
}

const charCodeAt = String.prototype.charCodeAt;
const toLowerCase = String.prototype.toLowerCase;

const isDropped = (code: number): boolean => (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640; // harakat, tatweel

const FOLD = new Map<number, string>(
  [
    ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'], ['ة', 'ه'], ['ؤ', 'و'], ['ئ', 'ي'],
    ['’', "'"], ['ʼ', "'"], ['à', 'a'], ['â', 'a'], ['é', 'e'], ['è', 'e'], ['ê', 'e'], ['ë', 'e'],
    ['î', 'i'], ['ï', 'i'], ['ô', 'o'], ['û', 'u'], ['ù', 'u'], ['ç', 'c'],
  ].map(([from, to]) => [from!.charCodeAt(0), to!]),
);

/** Code units that normalise to themselves: small ASCII letters, digits and unfolded Arabic letters. */
const KEEPS = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) KEEPS[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) KEEPS[c] = 1;
for (let c = 0x0621; c <= 0x064a; c++) if (c !== 0x0640 && !FOLD.has(c)) KEEPS[c] = 1;

/**
 * Each code unit's matching form on its own, filled on first use: 0 unknown, 1 dropped, 2 not foldable
 * alone (lower case of several units, a surrogate half, the final-sigma rule), else the folded code + 3.
 */
const FOLDED = new Int32Array(0x10000);
const DROPPED = 1;
const ALONE_UNFOLDABLE = 2;

/** A code unit's fold value (the FOLDED encoding), for callers that keep it in a table of their own and feed `hashFolded`. */
export function foldedCode(code: number): number {
  const known = FOLDED[code]!;
  if (known !== 0) return known;
  const lower = String.fromCharCode(code).toLowerCase();
  let folded: number;
  if (lower.length !== 1 || (code >= 0xd800 && code <= 0xdfff) || code === 0x03a3) folded = ALONE_UNFOLDABLE;
  else if (isDropped(lower.charCodeAt(0))) folded = DROPPED;
  else folded = (FOLD.get(lower.charCodeAt(0)) ?? lower).charCodeAt(0) + 3;
  FOLDED[code] = folded;
  return folded;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** A running hash that met a code unit that cannot be folded alone; never a real running value. */
const UNFOLDABLE_RUN = 0;
/** Hashes stay below 2^16, so they never leave small-integer range (a boxed number per word would cost more). */
const bucket = (hash: number): number => (hash ^ (hash >>> 16)) & 0xffff;

function mix(hash: number, folded: number): number {
  const next = Math.imul(hash ^ folded, FNV_PRIME);
  return next === UNFOLDABLE_RUN ? 1 : next;
}

/**
 * The hash of a word's matching form, taken without making that form: a cheap way to learn that a word
 * is none of a few hundred lexicon words. Start from HASH_START, feed each code unit of the word as
 * written to `hashStep`, finish with `hashEnd`: -1 when a unit cannot be folded on its own (the form
 * must then be made), else what `hashNorm` gives for the form.
 */
export const HASH_START = FNV_OFFSET;

/** One more code unit of a word into its running hash. */
export function hashStep(hash: number, code: number): number {
  let folded = FOLDED[code]!;
  if (folded === 0) folded = foldedCode(code);
  return hashFolded(hash, folded);
}

/** `hashStep` for a unit whose fold value (foldedCode) the caller already has. */
export function hashFolded(hash: number, folded: number): number {
  if (folded === DROPPED) return hash;
  if (folded === ALONE_UNFOLDABLE || hash === UNFOLDABLE_RUN) return UNFOLDABLE_RUN;
  return mix(hash, folded - 3);
}

/** The hash of a word once all its units are in. */
export const hashEnd = (hash: number): number => (hash === UNFOLDABLE_RUN ? -1 : bucket(hash));

/** Hash of a string already in matching form (a lexicon word); equal to the running hash of any word folding to it. */
export function hashNorm(norm: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < norm.length; i++) hash = mix(hash, norm.charCodeAt(i));
  return bucket(hash);
}

/**
 * A set of matching forms that answers "certainly not in it" from a hash: a bit per hash value, folded
 * to about 64 bits a form (one word in 64 passes without being in the set). Small on purpose: a report
 * asks thirty or so of these filters about its tokens, and at 8 KB each they did not fit in the
 * processor's cache together; a missed cache line per question made the test cost ~60 ns.
 */
export class NormFilter {
  private readonly bits: Uint32Array;
  /** Applied to a hash before it picks a bit. */
  private readonly mask: number;
  constructor(norms: Iterable<string>) {
    const hashes = [...norms].map(hashNorm);
    let size = MIN_FILTER_BITS;
    while (size < hashes.length * BITS_PER_FORM && size < 1 << 16) size *= 2;
    this.mask = size - 1;
    this.bits = new Uint32Array(size >>> 5);
    for (const hash of hashes) {
      const bit = hash & this.mask;
      this.bits[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  /** False when a word whose hash (Token.hash) is `hash` certainly does not fold to one of the forms. */
  mayHave(hash: number): boolean {
    if (hash < 0) return true;
    const bit = hash & this.mask;
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

const MIN_FILTER_BITS = 256;
const BITS_PER_FORM = 64;

/**
 * A set of matching forms that can also be asked about a token without making the token's form: the
 * hash the tokenizer took says "certainly not" for nearly every word.
 */
export class WordSet extends Set<string> {
  private readonly filter: NormFilter;
  constructor(norms: Iterable<string>) {
    super(norms);
    this.filter = new NormFilter(this);
  }

  /** Whether the token's matching form is in the set; `hash` as in Token.hash (-1: ask the form). No token is in an empty set. */
  hasWord(t: { hash: number; norm: string } | undefined): boolean {
    return t !== undefined && this.filter.mayHave(t.hash) && this.has(t.norm);
  }
}
