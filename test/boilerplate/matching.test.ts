import { describe, expect, it } from 'vitest';
import { compileLineRules, firstMatch, isUncasedUnit } from '../../src/boilerplate/line-matcher.js';
import { PhraseSet } from '../../src/boilerplate/phrase-set.js';
import { rulesFor } from '../../src/boilerplate/rules/index.js';
import { WordList } from '../../src/boilerplate/scan.js';

describe('line matcher', () => {
  // line-matcher.ts looks for uncased words in the line as written and rules lines out by a probe letter
  // instead of lower-casing them; both rest on what toLowerCase does with every code point.
  it('relies on lower case mapping ASCII and Arabic characters only from themselves and their capitals', () => {
    const from = new Map<number, number[]>();
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const lower = String.fromCodePoint(cp).toLowerCase();
      for (let k = 0; k < lower.length; k++) {
        const u = lower.charCodeAt(k);
        if (u < 0x80 || (u >= 0x0600 && u <= 0x06ff)) from.set(u, [...(from.get(u) ?? []), cp]);
      }
    }
    for (let u = 0; u < 0x80; u++) {
      const ch = String.fromCharCode(u);
      const expected = isUncasedUnit(u) ? [u] : ch === 'i' ? [0x49, 0x69, 0x130] : ch === 'k' ? [0x4b, 0x6b, 0x212a] : [ch.toUpperCase().charCodeAt(0), u];
      if (ch === ch.toLowerCase()) expect(from.get(u)).toEqual(expected);
    }
    for (let u = 0x0600; u <= 0x06ff; u++) expect(isUncasedUnit(u) && from.get(u)?.length === 1 && from.get(u)![0] === u).toBe(true);
  });

  it('matches like lower-casing the whole line and testing every rule', () => {
    const rules = compileLineRules(rulesFor('und'));
    const hit = (line: string) => firstMatch(rules, line, 0, line.length, false, true)?.rule ?? null;
    expect(hit('FACEBOOK')).toBe('common/share-button');
    expect(hit('Copyright 2019 Reuters')).toBe('common/copyright');
    expect(hit('2019 © جميع الحقوق محفوظة')).toBe('common/copyright');
    expect(hit('ALL RIGHTS RESERVED by the paper')).toBe('common/copyright');
    expect(hit('TOUS DROITS RÉSERVÉS')).toBe('common/copyright');
    expect(hit('تابعونا على تلغرام')).toBe('ar/app-promo');
    expect(hit('To learn more, CLICK HERE')).toBe('en/click-here');
    expect(hit('A man (AP Photo/Jane Doe)')).toBe('en/agency-photo-caption');
    expect(hit('All rights are ours')).toBe(null);
    expect(hit('CLIC\u212a HERE to read')).toBe('en/click-here'); // the Kelvin sign lower-cases to k
    expect(hit('Ads: ADVERTISEMENT')).toBe('en/share-widget');
    expect(hit('TÉLÉCHARGEZ NOTRE APPLICATION')).toBe('fr/follow-us');
    expect(hit('FOLLOW US ON Telegram')).toBe('en/follow-us');
    expect(hit('Police at the scene, In This File Photo')).toBe('en/picture-caption');
    expect(firstMatch(rules, 'Police at the scene, In This File Photo', 0, 39, false, false)).toBe(null);
  });
});

describe('phrase and word lists', () => {
  it('finds a phrase that starts at a position and ends in a range', () => {
    const set = new PhraseSet(['ab', 'c', 'قناة']);
    expect(set.startsAt('xabx', 1, 4)).toBe(true);
    expect(set.startsAt('xabx', 1, 2)).toBe(false);
    expect(set.startsAt('xcx', 1, 2)).toBe(true);
    expect(set.startsAt('على قناة الأخبار', 4, 16)).toBe(true);
    expect(new PhraseSet(['']).startsAt('x', 0, 0)).toBe(true);
  });

  it('compares a line with lower-cased phrases without lower-casing it, or says it cannot', () => {
    const set = new PhraseSet(['follow us', 'téléchargez']);
    expect(set.startsAtLowered('FOLLOW US on X', 0, 14)).toBe(true);
    expect(set.startsAtLowered('Follow up', 0, 9)).toBe(false);
    expect(set.startsAtLowered('FOLLOW', 0, 6)).toBe(false);
    expect(set.startsAtLowered('TÉLÉCHARGEZ', 0, 11)).toBe(null); // É: only toLowerCase knows
    expect(set.startsAtLowered('FOLLOW UP \u0130', 0, 11)).toBe(false); // differs before the İ
    expect(set.startsAtLowered('\u0130', 0, 1)).toBe(null);
  });

  it('answers the longest listed word that no letter continues', () => {
    const words = new WordList(['وقال', 'وقالت', 'The']);
    expect(words.at('وقالت إن', 0)).toBe('وقالت');
    expect(words.at('وقال إن', 0)).toBe('وقال');
    expect(words.at('وقالوا إن', 0)).toBe(null);
    expect(words.at('Then', 0)).toBe(null);
    expect(words.at('The', 0)).toBe('The');
    expect(words.at('x', 5)).toBe(null);
  });
});
