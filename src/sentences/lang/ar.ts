import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

/**
 * Arabic: abbreviations are single letters or dotted letter pairs (د. for دكتور, م. for ميلادي, ص. for صفحة,
 * ق.م. for قبل الميلاد, أ.د. for أستاذ دكتور); real text often wraps their dot in bidi controls, which the
 * passes look through. No case, so only the abbreviation lists say when a dot does not end a sentence.
 */
export const arabic: SentenceLanguage = {
  ...defaultLanguage,
  continuing: ['د', 'أ', 'ص', 'ق', 'ج', 'ع', 'ب', 'ت', 'ط', 'ف', 'ق.م', 'أ.د', 'م.م', 'ر.س', 'د.ك', 'ص.ب', 'م.ب'],
  beforeNumbers: ['ص', 'رقم', 'ج', 'ط', 'ع'],
  abbreviations: ['إلخ', 'الخ', 'ق.م', 'هـ', 'م'],
};
