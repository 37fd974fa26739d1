import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

export const polish: SentenceLanguage = {
  ...defaultLanguage,
  continuing: ['np', 'tzw', 'm.in', 'ul', 'al', 'pl', 'prof', 'dr', 'inż', 'mgr', 'św', 'gen', 'płk', 'bałt', 'ok', 'tj', 'ww'],
  abbreviations: ['itd', 'itp', 'r', 'w', 'mln', 'mld', 'tys', 'zł'],
  ordinalDot: true,
};
