/** ISO 639-3 (as franc names languages) ↔ ISO 639-1, for the languages a user is likely to pass or meet. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['arb', 'ar'], ['eng', 'en'], ['fra', 'fr'], ['amh', 'am'], ['bul', 'bg'], ['dan', 'da'], ['deu', 'de'],
  ['ell', 'el'], ['spa', 'es'], ['pes', 'fa'], ['hin', 'hi'], ['hye', 'hy'], ['ita', 'it'], ['jpn', 'ja'],
  ['kaz', 'kk'], ['mar', 'mr'], ['mya', 'my'], ['nld', 'nl'], ['pol', 'pl'], ['rus', 'ru'], ['slk', 'sk'],
  ['urd', 'ur'], ['cmn', 'zh'], ['por', 'pt'], ['tur', 'tr'], ['ukr', 'uk'], ['heb', 'he'], ['swe', 'sv'],
  ['nob', 'no'], ['fin', 'fi'], ['ces', 'cs'], ['ron', 'ro'], ['hun', 'hu'], ['ind', 'id'], ['vie', 'vi'],
  ['kor', 'ko'], ['tha', 'th'], ['ben', 'bn'], ['tam', 'ta'], ['swh', 'sw'], ['hau', 'ha'], ['kur', 'ku'],
];
const TO_1 = new Map(PAIRS);
const TO_3 = new Map(PAIRS.map(([three, one]) => [one, three] as const));
/** Macro-language and alternative codes users type for the same language. */
const ALIASES = new Map([['ara', 'arb'], ['fre', 'fra'], ['fas', 'pes'], ['per', 'pes'], ['zho', 'cmn'], ['chi', 'cmn'], ['ger', 'deu']]);

export function iso6391(code3: string): string | null {
  return TO_1.get(code3) ?? null;
}

/**
 * Normalises what a user passed to `--lang` (`ar`, `arb`, `ara`, `AR`) to ISO 639-3, or null when the
 * code is not a language code at all.
 */
export function normaliseLanguageCode(input: string): string | null {
  const code = input.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(code)) return TO_3.get(code) ?? null;
  if (/^[a-z]{3}$/.test(code)) return ALIASES.get(code) ?? code;
  return null;
}
