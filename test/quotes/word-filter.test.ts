import { describe, expect, it } from 'vitest';
import { NormFilter, WordSet, hashNorm, normaliseWord } from '../../src/quotes/normalise.js';
import { tokenize } from '../../src/quotes/tokenize.js';

// Words as a lexicon lists them (matching form) and a report writes them (vowels, tatweel, hamza seats,
// case, accents, conjunction prefixes), plus words that are in no list.
const listed = ['قال', 'وقال', 'واكد', 'واضاف', 'المتحدث', 'said', 'told', 'according', 'declare', 'a', 'il'];
const report = [
  'وقَالَ المُتَحَدِّثُ باسم الوزارة إنّ الاتفاق "سيُوقَّع" قريبًا، وأكّد أنّ المفاوضات مستمرة.',
  'وأضـــاف في بيان: الحكومة لن تتراجع. قالت مصادر إن الوفد وصل.',
  'The minister SAID on Tuesday that talks would resume, according to officials who told Reuters.',
  'Le porte-parole a DÉCLARÉ jeudi : « Nous signerons. » A-t-il ajouté ? Il a dit non.',
].join('\n');

describe('word filters', () => {
  const tokens = tokenize(report, [{ start: 0, end: report.length }], [{ start: 0, end: report.length }]);

  it('answer exactly what the set answers for every token of a report, small filter or not', () => {
    // A small set (a few bits) and a large one (many colliding hashes) must both stay exact.
    const large = new WordSet([...listed, ...Array.from({ length: 3000 }, (_, i) => `w${i}`)]);
    for (const set of [new WordSet(listed), large, new WordSet([])]) {
      for (const token of tokens) expect(set.hasWord(token)).toBe(set.has(token.norm));
    }
    const found = tokens.filter((t) => new WordSet(listed).hasWord(t)).map((t) => t.norm);
    expect(found).toEqual(expect.arrayContaining(['وقال', 'المتحدث', 'واكد', 'واضاف', 'said', 'told', 'according', 'declare', 'il']));
  });

  it('never rule out a word whose matching form is listed', () => {
    const filter = new NormFilter(listed);
    for (const token of tokens) if (listed.includes(token.norm)) expect(filter.mayHave(token.hash)).toBe(true);
    // and they do rule out most words of a report
    const passed = tokens.filter((t) => t.kind === 'word' && !listed.includes(t.norm) && filter.mayHave(t.hash));
    expect(passed.length).toBeLessThan(tokens.length / 4);
  });

  it('hash a word as written the way its matching form hashes', () => {
    for (const token of tokens.filter((t) => t.kind === 'word' && t.hash >= 0)) {
      expect(normaliseWord(report.slice(token.start, token.end))).toBe(token.norm);
      expect(new NormFilter([token.norm]).mayHave(token.hash)).toBe(true);
      // tokenize.ts writes the hash steps out in place: they must stay normalise.ts's own.
      expect(token.hash).toBe(hashNorm(token.norm));
    }
  });

  it('give no hash to a word with a unit that cannot be folded alone, and keep lone surrogates out of words', () => {
    const text = 'İstanbul ΟΔΟΣ U.S. M. Fagni \ud800x';
    const words = tokenize(text, [{ start: 0, end: text.length }], [{ start: 0, end: text.length }]);
    expect(words.map((t) => [text.slice(t.start, t.end), t.hash >= 0])).toEqual([
      ['İstanbul', false], ['ΟΔΟΣ', false], ['U.S.', true], ['M.', true], ['Fagni', true], ['\ud800', false], ['x', true],
    ]);
    for (const t of words) if (t.hash >= 0) expect(t.hash).toBe(hashNorm(t.norm));
  });
});
