import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

/** Italian quotes are kept whole, as in the Italian golden rules. */
export const italian: SentenceLanguage = {
  ...defaultLanguage,
  continuing: ['sig', 'sigg', 'sig.ra', 'sig.na', 'dott', 'dott.ssa', 'prof', 'ing', 'avv', 'arch', 'geom', 'rag', 'on', 'dir', 'amm', 'psicol', 'es', 'ecc', 'v.cte', 'st', 'd', 'mons', 'gen', 'col', 'cav'],
  beforeNumbers: ['n', 'nr', 'pag', 'art', 'tel', 'vol', 'cap'],
  abbreviations: ['ecc', 'etc', 'gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic', 'lun', 'mer', 'gio', 'ven', 'sab', 'dom', 'meteor', 'idraul', 'econ', 'az', 'km', 'kg', 's.p.a', 's.r.l'],
  splitInsideQuotes: false,
};
