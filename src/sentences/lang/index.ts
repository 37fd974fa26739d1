import { arabic } from './ar.js';
import { bulgarian } from './bg.js';
import { chineseOrJapanese } from './cjk.js';
import { danish } from './da.js';
import { german } from './de.js';
import { defaultLanguage } from './default.js';
import { greek } from './el.js';
import { english } from './en.js';
import { spanish } from './es.js';
import { french } from './fr.js';
import { armenian } from './hy.js';
import { italian } from './it.js';
import { kazakh } from './kk.js';
import { dutch } from './nl.js';
import { polish } from './pl.js';
import { russian } from './ru.js';
import { slovak } from './sk.js';
import type { SentenceLanguage } from './types.js';

export type { SentenceLanguage } from './types.js';

/** Languages by ISO 639-3 code as franc names them; anything else gets the default. */
const languages: Readonly<Record<string, SentenceLanguage>> = {
  arb: arabic,
  ara: arabic,
  eng: english,
  fra: french,
  hye: armenian,
  ell: greek,
  deu: german,
  dan: danish,
  spa: spanish,
  ita: italian,
  rus: russian,
  bul: bulgarian,
  kaz: kazakh,
  slk: slovak,
  pol: polish,
  nld: dutch,
  cmn: chineseOrJapanese,
  zho: chineseOrJapanese,
  jpn: chineseOrJapanese,
};

export function sentenceLanguage(code: string): SentenceLanguage {
  return languages[code] ?? defaultLanguage;
}
