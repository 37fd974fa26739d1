import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

export const slovak: SentenceLanguage = {
  ...defaultLanguage,
  continuing: ['napr', 'tzv', 'resp', 'p', 'pán', 'pani', 'mr', 'dr', 'ing', 'mgr', 'prof', 'doc', 'č', 'ul', 'nám', 'spol'],
  abbreviations: ['a.s', 's.r.o', 'atď', 'tj', 'mil', 'mld'],
  ordinalDot: true,
  splitInsideQuotes: false,
  quotePairs: ['„“', '‚‘', '»«', '""'],
};
