import { describe, expect, it } from 'vitest';
import { findBoilerplate, loadUserRules, RepeatedLines } from '../../src/boilerplate/index.js';

const MB = 1 << 20;
const LINES = 200_000; // characters of the line-heavy inputs: every line is a candidate for every pass

// Hostile inputs must finish (vitest's timeout is the guard) and give a sane answer. The limit below is
// loose on purpose: the machines that run the suite are shared.
const GUARD = 60_000;

function check(text: string, language: string) {
  const r = findBoilerplate(text, {
    language,
    repeated: new RepeatedLines(),
    userRules: loadUserRules('[{"name":"only-letters","kind":"other","pattern":"^[a-z]+$"}]'),
  });
  let last = 0;
  for (const s of r.spans) {
    expect(s.start >= last && s.end > s.start && s.end <= text.length).toBe(true);
    last = s.end;
  }
  return r;
}

describe('hostile inputs', () => {
  const flat: Array<[string, string]> = [
    ['quote marks', '"'.repeat(MB)],
    ['guillemets', '«»'.repeat(MB / 2)],
    ['dots', '.'.repeat(MB)],
    ['one Latin word', 'a'.repeat(MB)],
    ['one Arabic word', 'ب'.repeat(MB)],
    ['Arabic commas', '،'.repeat(MB)],
    ['dashes', '-'.repeat(MB)],
    ['camel case', 'aBcD'.repeat(MB / 4)],
    ['capitals', 'EPAP'.repeat(MB / 4)],
    ['emoji', '🔴'.repeat(MB / 2)],
  ];
  for (const [name, text] of flat) {
    it(`a megabyte of ${name}`, () => {
      for (const language of ['arb', 'eng', 'fra', 'und']) expect(check(text, language).spans.length).toBeLessThanOrEqual(1);
    }, GUARD);
  }

  it('does not run user rules on a megabyte-long line', () => {
    expect(check('a'.repeat(MB), 'eng').spans).toEqual([]);
  }, GUARD);

  it('repeated markers, labels and handles', () => {
    const lire = check('Lire aussi: '.repeat(MB / 12), 'fra');
    expect(lire.spans.length).toBeGreaterThan(0);
    expect(check('Photograph: '.repeat(MB / 12), 'eng').spans.length).toBeGreaterThan(0);
    expect(check('— (@a) 2018 '.repeat(MB / 12), 'fra').spans.length).toBeGreaterThan(0);
    expect(check('(@a) 2018 '.repeat(MB / 10), 'fra').spans).toEqual([]);
    expect(check('pic.twitter.com/'.repeat(MB / 16), 'fra').spans.length).toBe(1);
    expect(check('اقرأ أيضا '.repeat(MB / 10), 'arb').spans.length).toBe(1);
    expect(check('حوقال'.repeat(MB / 5), 'arb').spans).toEqual([]);
    expect(check('https://'.repeat(MB / 8), 'arb').metadata.links.length).toBe(1);
    expect(check('www.'.repeat(MB / 4), 'eng').metadata.links.length).toBe(1);
  }, GUARD);

  it('many lines that each look like boilerplate', () => {
    const facebook = check('Facebook\n'.repeat(LINES / 9), 'eng');
    expect(facebook.spans.length).toBe(Math.floor(LINES / 9));
    expect(check('– Reuters\n'.repeat(LINES / 10), 'eng').spans.length).toBe(LINES / 10);
    expect(check('Reuters Omar Ali بب\n'.repeat(LINES / 20), 'arb').spans.length).toBe(LINES / 20);
    expect(check('قناتنا على واتساب\nتابعونا على تلغرام\n'.repeat(LINES / 36), 'arb').spans.length).toBe(2 * Math.floor(LINES / 36));
    expect(check('\n'.repeat(LINES), 'arb').spans).toEqual([]);
  }, GUARD);

  it('glued stretches, embeds, signatures and menus over a megabyte', () => {
    const glued = ('. ' + 'x'.repeat(40) + 'Ab').repeat(MB / 44);
    expect(check(glued, 'fra').spans.length).toBeLessThanOrEqual(64);
    let distinct = '';
    for (let i = 0; distinct.length < MB; i++) distinct += `. #${i}# ${'y'.repeat(40)}Ab`;
    expect(check(distinct, 'eng').spans).toEqual([]);
    expect(check('••┈'.repeat(MB / 3), 'arb').spans.length).toBe(1);
    expect(check('Voir cette publication sur Instagram Une publication partagée par '.repeat(MB / 66), 'fra').spans.length).toBeLessThanOrEqual(1);
    expect(check('Accueil\n'.repeat(LINES / 8), 'fra').spans).toEqual([]);
    expect(check('Story highlights\n'.repeat(LINES / 17), 'eng').spans.length).toBeGreaterThan(0);
    expect(check('شارك عبر تويتر فيسبوك '.repeat(MB / 22), 'arb').spans.length).toBeGreaterThan(0);
    expect(check('اقرأ أيضا|\n' + 'أعلنت الوزارة خطة.\n'.repeat(LINES / 19), 'arb').spans.length).toBeGreaterThan(0);
  }, GUARD);
});
