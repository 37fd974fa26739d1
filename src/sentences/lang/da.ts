import { english } from './en.js';
import type { SentenceLanguage } from './types.js';

/** Danish news quotes English names and abbreviations freely, so it builds on the English lists. */
export const danish: SentenceLanguage = {
  ...english,
  continuing: [...english.continuing, 'skt', 'hr', 'fru', 'frk', 'bl.a', 'f.eks', 'mht', 'ca', 'jf', 'dvs'],
  abbreviations: [...english.abbreviations, 'osv', 'mfl', 'kr', 'stk'],
  sentenceStarters: [...english.sentenceStarters, 'De', 'Det', 'Den', 'Der', 'Han', 'Hun', 'Jeg', 'Vi', 'Hvad', 'Hvor', 'Men', 'Og', 'Som', 'Så'],
  ordinalDot: true,
};
