import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

/** Kazakh: a sentence may open with a lower-case word, right after a question, so case says nothing. */
export const kazakh: SentenceLanguage = {
  ...defaultLanguage,
  continuing: ['т', 'б', 'т.б', 'б.з.б', 'ж', 'ж.б', 'т.с.с', 'проф', 'акад'],
  abbreviations: ['млрд', 'млн', 'км', 'кг'],
  lowercaseContinues: false,
};
