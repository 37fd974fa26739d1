import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

/** Chinese and Japanese: full-width marks need no space after them, and titles in 《》 or 「」 are kept whole. */
export const chineseOrJapanese: SentenceLanguage = {
  ...defaultLanguage,
  splitInsideQuotes: false,
  quotePairs: ['《》', '「」', '『』', '“”', '〈〉'],
  lineContinuations: '，、；：,;:',
};
