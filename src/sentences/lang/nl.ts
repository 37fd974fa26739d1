import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

export const dutch: SentenceLanguage = {
  ...defaultLanguage,
  continuing: ['dhr', 'mevr', 'mw', 'dr', 'drs', 'ir', 'mr', 'prof', 'ing', 'bijv', 'bv', 'o.a', 'a.d', 'aanw', 'vnw', 'ca', 'nl', 'zgn', 'm.b.t', 'i.p.v', 't.a.v'],
  abbreviations: ['enz', 'etc', 'jl', 'mln', 'mld', 'nr', 'blz'],
};
