import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

/** Russian: "г." (year, city) and "ул." (street) come before the word they shorten; quotes are kept whole. */
export const russian: SentenceLanguage = {
  ...defaultLanguage,
  continuing: ['г', 'гг', 'ул', 'пр', 'проф', 'акад', 'доц', 'д-р', 'им', 'т.е', 'т.к', 'т.н', 'т.д', 'т.п', 'пгт', 'пос', 'с', 'обл', 'р-н', 'кв', 'д', 'тов', 'гр', 'см', 'напр', 'ср', 'зам', 'млн', 'млрд', 'тыс', 'руб', 'долл', 'дол', 'коп', 'куб', 'кв.м', 'у.е'],
  beforeNumbers: ['№', 'стр', 'ст', 'п', 'рис', 'табл'],
  abbreviations: ['т.д', 'т.п', 'и.т.д', 'др', 'пр', 'м', 'км', 'кг'],
  splitInsideQuotes: false,
  quotePairs: ['«»', '„“', '“”', '""'],
};
