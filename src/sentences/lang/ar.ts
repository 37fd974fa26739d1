import { defaultLanguage } from './default.js';
import type { SentenceLanguage } from './types.js';

/**
 * Arabic: abbreviations are single letters or dotted letter pairs (د. for دكتور, م. for ميلادي, ص. for صفحة,
 * ق.م. for قبل الميلاد, أ.د. for أستاذ دكتور); real text often wraps their dot in bidi controls, which the
 * passes look through. Any other single letter with a dot is read as an initial, since no case tells.
 */
export const arabic: SentenceLanguage = {
  ...defaultLanguage,
  // titles before a name: د. (doctor), أ. (professor), أ.د., م.م. (assistant lecturer)
  continuing: ['د', 'أ', 'أ.د', 'م.م'],
  // page, part, issue and box numbers: ص. 12, ج. 3, ع. 5, ص.ب. 1020
  beforeNumbers: ['ص', 'ج', 'ع', 'ط', 'رقم', 'ص.ب'],
  // these end a sentence when a word follows: "في القرن الثالث ق.م.", "سنة 1990 م.", "ونحوها إلخ."
  abbreviations: ['إلخ', 'الخ', 'ق.م', 'هـ', 'م'],
};
