import { describe, expect, it } from 'vitest';
import { sampleForDetection } from '../../src/language/sample.js';
import { voteByFunctionWords } from '../../src/language/function-word-vote.js';
import { FUNCTION_WORDS } from '../../src/language/function-words.js';

/**
 * The scan reads a typed-array copy of the text and the vote reads words through a lower-case table, never
 * building the sample: both are checked here against the plain string versions they replaced, on text
 * made of the characters where the two could part (İ, sigma, surrogates, apostrophes, links, Persian).
 */

const isLetter = (s: string): boolean => /^\p{L}/u.test(s);
const isWhite = (c: string): boolean => /\s/.test(c);
const arabicScript = (c: number): boolean =>
  (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff);
const PERSO = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc, 0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2, 0x06be]);
const noise = (t: string): boolean => /^(?:https?:|www\.|t\.me\/|telegram\.me\/|[@#])/i.test(t) || t.includes('@') || t.includes('://');

function referenceSample(text: string): { sample: string; letters: number; arabicShare: number; persoArabicShare: number } {
  const limit = Math.min(text.length, 8192);
  const all: string[] = [];
  const arabicTokens: string[] = [];
  let letters = 0;
  let arabic = 0;
  let perso = 0;
  let at = 0;
  while (at < limit && letters < 800) {
    while (at < limit && isWhite(text[at]!)) at++;
    if (at >= limit) break;
    const start = at;
    let tokenArabic = 0;
    let tokenLetters = 0;
    for (; at < limit && !isWhite(text[at]!); at++) {
      const c = text.charCodeAt(at);
      if (arabicScript(c)) {
        tokenArabic++;
        tokenLetters++;
        if (PERSO.has(c)) perso++;
      } else if (c >= 0xd800 && c <= 0xdfff) continue;
      else if (isLetter(text[at]!)) tokenLetters++;
    }
    const token = text.slice(start, at);
    if (tokenLetters === 0 || noise(token)) continue;
    letters += tokenLetters;
    arabic += tokenArabic;
    all.push(token);
    if (tokenArabic > 0) arabicTokens.push(token);
  }
  const arabicShare = letters ? arabic / letters : 0;
  let sample = '';
  for (const t of arabicShare > 0.5 ? arabicTokens : all) {
    if (sample.length >= 600) break;
    sample += (sample ? ' ' : '') + t;
  }
  return { sample, letters, arabicShare, persoArabicShare: arabic ? perso / arabic : 0 };
}

const WORD_TO_LANGUAGE = new Map<string, string>();
for (const [code, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) WORD_TO_LANGUAGE.set(w, code);

function referenceVote(sample: string): { code: string | null; confidence: number; share: number; leader: string | null; lead: number; words: number } {
  const hits = new Map<string, number>();
  let words = 0;
  const lower = sample.toLowerCase();
  const unit = (at: number): number => (lower.charCodeAt(at) >= 0xd800 && lower.charCodeAt(at) <= 0xdbff && at + 1 < lower.length ? 2 : 1);
  const wordUnit = (at: number): boolean => lower[at] === "'" || isLetter(lower.slice(at, at + 2));
  for (let at = 0; at < lower.length; ) {
    const start = at;
    while (at < lower.length && wordUnit(at)) at += unit(at);
    if (at === start) {
      at += unit(at);
      continue;
    }
    words++;
    const elided = at - start > 2 && lower[start + 1] === "'" && /[a-z]/.test(lower[start]!);
    const code = WORD_TO_LANGUAGE.get(lower.slice(elided ? start + 2 : start, at));
    if (code) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const total = ranked.reduce((n, [, h]) => n + h, 0);
  const share = words ? total / words : 0;
  const leader = first && first[1] > (second?.[1] ?? 0) ? first[0] : null;
  const lead = first ? first[1] - (second?.[1] ?? 0) : 0;
  if (!first || words < 12 || share < 0.15 || first[1] < 3 * (second?.[1] ?? 0) + 1) return { code: null, confidence: 0, share, leader, lead, words };
  return { code: first[0], confidence: Math.min(1, 0.8 + first[1] / total / 5), share, leader, lead, words };
}

const PIECES = [
  'the', 'The', 'THE', 'and', 'of', 'le', 'LES', 'des', 'été', 'ÉTÉ', 'déclaré', "l'homme", "L'état", "d'après", "qu'il", "'the",
  'İstanbul', 'İ', 'ΟΔΟΣ', 'σ', 'said.', 'www.x.com', 'WWW.X', 't.me/x', 'T.me/y', 'https://a.b', 'a@b.c', '#tag', '@user', 'u:v',
  'عمال', 'يرفعون', 'پیش', 'گفت', 'ی', '😀', '𝐀𝐁', '\uD800', '\uDC00', 'a\uD800b', '\uD835\uDC00x', 'Straße', 'ǅ', 'Ⅻ', 'Ⓐ',
  '123', '—', 'x', 'word', 'bank', 'inflation', 'gouvernement', 'annoncé',
];
const SPACES = [' ', ' ', ' ', '\n', '\t', '\u00a0', '\u2009', '  '];

function randomText(seed: number): string {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const parts: string[] = [];
  const count = 5 + next(400);
  for (let k = 0; k < count; k++) parts.push(PIECES[next(PIECES.length)]! + (next(5) === 0 ? '' : SPACES[next(SPACES.length)]!));
  return parts.join('');
}

describe('detection sample and function-word vote', () => {
  it('match the plain string versions on random text', () => {
    for (let seed = 1; seed <= 600; seed++) {
      const text = randomText(seed);
      const found = sampleForDetection(text);
      const want = referenceSample(text);
      expect({ sample: found.sample(), letters: found.letters, arabicShare: found.arabicShare, persoArabicShare: found.persoArabicShare }).toEqual(want);
      expect(voteByFunctionWords(text, found.tokens)).toEqual(referenceVote(want.sample));
    }
  });

  it('reads past its first chunk and stops at the scan bound', () => {
    const text = `${'1 '.repeat(3000)}${'the word of the day '.repeat(400)}`;
    const found = sampleForDetection(text);
    const want = referenceSample(text);
    expect([found.sample(), found.letters]).toEqual([want.sample, want.letters]);
  });

  it('votes over a sample spread far apart in the text', () => {
    const text = `The İ ${'1 '.repeat(2500)}${'the word of the day '.repeat(40)}`;
    const found = sampleForDetection(text);
    expect(found.tokens.at(-1)! - found.tokens[0]!).toBeGreaterThan(5000);
    expect(voteByFunctionWords(text, found.tokens)).toEqual(referenceVote(referenceSample(text).sample));
  });
});
