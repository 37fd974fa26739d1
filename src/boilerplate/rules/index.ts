import type { LanguageRules } from '../types.js';
import { ar } from './ar.js';
import { common } from './common.js';
import { en } from './en.js';
import { fr } from './fr.js';

/** Rule sets by ISO 639-3 code; any other language gets the common rules only. */
const BY_LANGUAGE: Record<string, LanguageRules> = { arb: ar, ara: ar, eng: en, fra: fr };

/** The rule sets that apply to a report: the common ones, then its language's. */
export function rulesFor(language: string): LanguageRules[] {
  const own = BY_LANGUAGE[language];
  if (own) return [common, own];
  // Too short to tell (a two-line Telegram post): its markers still say what they are.
  return language === 'und' ? [common, ar, en, fr] : [common];
}

