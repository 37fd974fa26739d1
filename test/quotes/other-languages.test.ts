import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { quotesOf } from './run.js';

const brief = (text: string, language: string) => quotesOf(text, language).map((q) => [q.type, q.text, q.speaker, q.cue]);

describe('Spanish, Portuguese and Italian: a mark, a cue and an inverted name', () => {
  it('reads Spanish quotes with the speaker after the verb, and a que-clause', () => {
    expect(brief('«No vamos a cerrar la planta», afirmó Lucía Ferrer.', 'spa')).toEqual([['direct', 'No vamos a cerrar la planta', 'Lucía Ferrer', 'afirmó']]);
    expect(brief('El alcalde ha dicho que las obras terminarán en mayo.', 'spa')).toEqual([['indirect', 'las obras terminarán en mayo', 'El alcalde', 'ha dicho']]);
  });

  it('reads Portuguese and Italian quotes the same way', () => {
    expect(brief('"A ponte abre amanhã", disse o presidente da câmara.', 'por')).toEqual([['direct', 'A ponte abre amanhã', 'o presidente da câmara', 'disse']]);
    expect(brief('«Il ponte riapre domani», ha detto il sindaco.', 'ita')).toEqual([['direct', 'Il ponte riapre domani', 'il sindaco', 'ha detto']]);
  });
});

describe('a language guessed from a line or two', () => {
  const quotes = (text: string) => parseReport(text).quotes.map((q) => [q.text, q.speaker?.text, q.cue?.text]);

  it('finds an English quote in a one-line text', () => {
    const report = parseReport('Ana said, "We won the match!"');
    expect(report.language.code).toBe('eng');
    expect(report.quotes.map((q) => [q.text, q.speaker?.text, q.cue?.text])).toEqual([['We won the match!', 'Ana', 'said']]);
  });

  it('reads the cues of every language when the guess is uncertain', () => {
    expect(quotes('«Ganamos el partido», afirmó Ana.')).toEqual([['Ganamos el partido', 'Ana', 'afirmó']]);
    expect(quotes('"Vincemo la partita", disse Ana.')).toEqual([['Vincemo la partita', 'Ana', 'disse']]);
  });
});
