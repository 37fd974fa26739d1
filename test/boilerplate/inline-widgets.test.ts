import { describe, expect, it } from 'vitest';
import { body, run } from './helpers.js';

/** A "read more" widget inside a paragraph is its marker and one headline; the body resumes after it. */
describe('inline related-article widgets end at their headline', () => {
  it('Arabic: the body resumes at a spaced or glued و + verb', () => {
    const spaced = 'وقال الوزير إن المحادثات مستمرة. اقرأ أيضا: انطلاق جولة جديدة من المفاوضات وأضاف أن الجولة المقبلة ستعقد في جنيف.';
    const r = run(spaced, 'arb');
    expect(r.texts).toEqual(['اقرأ أيضا: انطلاق جولة جديدة من المفاوضات']);
    expect(body(spaced, r.spans)).toContain('وأضاف أن الجولة المقبلة ستعقد في جنيف.');
    const glued = 'وقال الوزير إن المحادثات مستمرة.إقرأ المزيد انطلاق جولة جديدة من المفاوضاتوأضاف أن الجولة المقبلة ستعقد في جنيف.';
    expect(run(glued, 'arb').texts).toEqual(['إقرأ المزيد انطلاق جولة جديدة من المفاوضات']);
  });

  it('English: the body resumes at a capitalised sentence opener', () => {
    const text = 'The minister said talks would go on. Read more New round of talks opens in Geneva He added that the next round would be held in May.';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['Read more New round of talks opens in Geneva']);
    expect(body(text, r.spans)).toContain('He added that the next round would be held in May.');
    const plain = 'The minister said talks would go on. Read more about the talks in our archive, he told reporters.';
    expect(run(plain, 'eng').spans).toEqual([]);
  });

  it('French: "Lire aussi" with no colon, and not "lire aussi" inside a sentence', () => {
    const text = 'Le ministre a parlé mardi. Lire aussi Nouvelle réforme des retraites Il a ajouté que le texte serait voté en juin.';
    const r = run(text, 'fra');
    expect(r.texts).toEqual(['Lire aussi Nouvelle réforme des retraites']);
    expect(body(text, r.spans)).toContain('Il a ajouté que le texte serait voté en juin.');
    const plain = 'Le ministre a parlé mardi. Il faut lire aussi Le Monde de ce matin, a-t-il dit.';
    expect(run(plain, 'fra').spans).toEqual([]);
  });

  it('never cuts to the end of the report when no headline end is in sight', () => {
    const long = 'وقال الوزير إن المحادثات مستمرة. اقرأ أيضا: ' + 'انطلاق جولة جديدة من المفاوضات '.repeat(20) + '\nوأضاف أن الجولة المقبلة ستعقد في جنيف.\nوتابع أن الوفود ستصل غدا.';
    const r = run(long, 'arb');
    expect(body(long, r.spans)).toContain('وأضاف أن الجولة المقبلة ستعقد في جنيف.\nوتابع أن الوفود ستصل غدا.');
  });
});
