import type { SentenceLanguage } from './types.js';

/**
 * What holds for any language we know nothing particular about: the full stops, question and exclamation
 * marks of every script in the golden rules, and no abbreviations.
 */
export const defaultLanguage: SentenceLanguage = {
  // . ! ? … ؟ (Arabic) ۔ (Urdu) । ॥ (Devanagari) ։ (Armenian) 。！？｡ (CJK) ። ፧ ፨ (Ethiopic) ။ (Myanmar) ‼ ⁇ ⁈ ⁉
  terminals: '.!?…؟۔।॥։。！？｡።፧፨။‼⁇⁈⁉',
  unspacedTerminals: '。！？｡።፧፨။',
  continuing: [],
  beforeNumbers: [],
  abbreviations: [],
  capitalisedAbbreviations: [],
  exclamatoryNames: [],
  sentenceStarters: [],
  ordinalDot: false,
  lowercaseContinues: true,
  splitInsideQuotes: true,
  quotePairs: ['“”', '«»', '„“', '""', '‘’', '《》', '「」', '『』'],
  lineContinuations: ',،;؛:-–—',
};
