import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

/** Armenian ends a sentence with the verjaket (։, often typed as a colon); its dot is a pause, not a stop. */
export const armenian: SentenceLanguage = {
  ...defaultLanguage,
  terminals: '։:?!…՞',
  lineContinuations: ',;-–—',
};
