import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

export const bulgarian: SentenceLanguage = {
  ...defaultLanguage,
  continuing: ['г', 'пл', 'ул', 'бул', 'гр', 'с', 'проф', 'доц', 'акад', 'т.г', 'т.е', 'вкл', 'напр', 'ген', 'д-р', 'инж'],
  abbreviations: ['т.н', 'и др', 'млн', 'млрд', 'лв', 'км', 'кг'],
};
