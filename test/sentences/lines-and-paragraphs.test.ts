import { describe, expect, it } from 'vitest';
import { split, splitRegions } from './helpers.js';

describe('line breaks and paragraphs', () => {
  it('ends a sentence at a line break: headlines and list lines have no terminal mark', () => {
    expect(split('الجيش يتقدم في ريف حلب\nأعلن الجيش السوري سيطرته على بلدتين.\nالتفاصيل لاحقا', 'arb')).toEqual([
      'الجيش يتقدم في ريف حلب',
      'أعلن الجيش السوري سيطرته على بلدتين.',
      'التفاصيل لاحقا',
    ]);
  });

  it('joins a line that plainly continues: comma, semicolon, colon, hyphen, or a hard wrap', () => {
    expect(split('وأغلقت السلطات المعابر الثلاثة،\nحتى إشعار آخر.', 'arb')).toEqual(['وأغلقت السلطات المعابر الثلاثة،\nحتى إشعار آخر.']);
    expect(split('The minister said the talks\nwould resume next week.')).toEqual(['The minister said the talks\nwould resume next week.']);
    expect(split('The statement read:\nWe will not negotiate.')).toEqual(['The statement read:\nWe will not negotiate.']);
  });

  it('always ends a sentence at a blank line, even after a comma', () => {
    expect(split('Roads were closed,\n\nSchools stayed open.')).toEqual(['Roads were closed,', 'Schools stayed open.']);
  });

  it('numbers paragraphs at line breaks that end a sentence, not at hard wraps', () => {
    const text = 'Title line\nFirst sentence. Second sentence\ncontinues here.\n\nNew paragraph.';
    const sentences = splitRegions(text, [{ start: 0, end: text.length }], 'eng');
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['Title line', 0],
      ['First sentence.', 1],
      ['Second sentence\ncontinues here.', 1],
      ['New paragraph.', 2],
    ]);
  });

  it('never lets a sentence cross from one body region into the next', () => {
    const text = 'وقال الوزير إن حلباقرأ أيضا: خبر آخرمن جهة أخرى تقدم الجيش.';
    const first = { start: 0, end: text.indexOf('اقرأ') };
    const second = { start: text.indexOf('من جهة'), end: text.length };
    const sentences = splitRegions(text, [first, second]);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['وقال الوزير إن حلب', 'من جهة أخرى تقدم الجيش.']);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0]);
  });

  it('finds paragraph breaks lost when a page was flattened to one line', () => {
    expect(split('Les routes sont fermées — Le Courrier (@courrier) 14 mars 2021  De nouveaux heurts ont eu lieu.', 'fra')).toEqual([
      'Les routes sont fermées — Le Courrier (@courrier) 14 mars 2021',
      'De nouveaux heurts ont eu lieu.',
    ]);
    expect(split('Une rumeur court. Le retour des «bonnets rouges» «Nous revenons samedi», a dit un manifestant.', 'fra')).toEqual([
      'Une rumeur court.',
      'Le retour des «bonnets rouges»',
      '«Nous revenons samedi», a dit un manifestant.',
    ]);
    expect(split('Le ministre a parlé.  «Une fierté» Ce discours a surpris.', 'fra')).toEqual([
      'Le ministre a parlé.',
      '«Une fierté»',
      'Ce discours a surpris.',
    ]);
  });

  it('leaves two spaces inside a sentence alone (a link was removed there, or a key pressed twice)', () => {
    expect(split('Strikes have hit  since March.')).toEqual(['Strikes have hit  since March.']);
    expect(split('The report was sent to the  Ministry on Monday.')).toEqual(['The report was sent to the  Ministry on Monday.']);
  });
});
