/**
 * Matching form of a word: what the lexicons are written in. Arabic is written with or without short
 * vowels, tatweel and hamza seats, and Latin text with any case, so all of that is folded away. Used
 * for comparison only; spans always point at the original text.
 */
export function normaliseWord(word: string): string {
  // Most words need nothing: small ASCII letters and digits, or Arabic letters with nothing to fold.
  let plain = true;
  for (let i = 0; i < word.length && plain; i++) plain = KEEPS[word.charCodeAt(i)] === 1;
  if (plain) return word;
  let out = '';
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) continue; // harakat, tatweel
    const folded = FOLD.get(code);
    out += folded ?? lower[i];
  }
  return out;
}

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
