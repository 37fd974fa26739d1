import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

export const german: SentenceLanguage = {
  ...defaultLanguage,
  continuing: ['z', 'b', 'bzw', 'ca', 'dr', 'hr', 'fr', 'prof', 'st', 'nr', 'vgl', 'sog', 'usw', 'u.a', 'z.b', 'd.h', 'u.ä', 'evtl', 'ggf', 'inkl'],
  beforeNumbers: ['nr', 's', 'abs', 'art', 'bd'],
  abbreviations: ['etc', 'usw', 'jh', 'jhd', 'gmbh', 'ag', 'mio', 'mrd'],
  ordinalDot: true,
  quotePairs: ['„“', '‚‘', '»«', '«»', '""'],
};
