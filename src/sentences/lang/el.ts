import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

/** Greek asks with ";" and pauses with the ano teleia "·"; a lower-case word may open a sentence. */
export const greek: SentenceLanguage = {
  ...defaultLanguage,
  terminals: `${defaultLanguage.terminals};;`,
  lowercaseContinues: false,
  lineContinuations: ',·:-–—',
};
