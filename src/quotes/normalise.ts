/**
 * Matching form of a word: what the lexicons are written in. Arabic is written with or without short
 * vowels, tatweel and hamza seats, and Latin text with any case, so all of that is folded away. Used
 * for comparison only; spans always point at the original text.
 */
export function normaliseWord(word: string): string {
  if (/^[a-z0-9]*$/.test(word)) return word;
  let out = '';
  for (const ch of word.toLowerCase()) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) continue; // harakat, tatweel
    out += FOLD.get(ch) ?? ch;
  }
  return out;
}

const FOLD = new Map<string, string>([
  ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'], ['ة', 'ه'], ['ؤ', 'و'], ['ئ', 'ي'],
  ['’', "'"], ['ʼ', "'"], ['à', 'a'], ['â', 'a'], ['é', 'e'], ['è', 'e'], ['ê', 'e'], ['ë', 'e'],
  ['î', 'i'], ['ï', 'i'], ['ô', 'o'], ['û', 'u'], ['ù', 'u'], ['ç', 'c'],
]);
