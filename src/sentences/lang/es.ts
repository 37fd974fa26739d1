import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

export const spanish: SentenceLanguage = {
  ...defaultLanguage,
  continuing: ['sr', 'sra', 'srta', 'sres', 'dr', 'dra', 'lic', 'ing', 'arq', 'prof', 'gral', 'excmo', 'ilmo', 'd', 'dña', 'ee', 'uu', 'ee.uu', 'núm', 'admón', 'pág', 'mt'],
  beforeNumbers: ['no', 'nº', 'n°', 'núm', 'art', 'párrf', 'pág', 'cap', 'tel', 'vol'],
  abbreviations: ['etc', 'ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'sep', 'oct', 'nov', 'dic', 'lun', 'mié', 'jue', 'vie', 'sáb', 'dom', 'hs', 'min', 'km', 'kg', 'cía', 's.a'],
};
