import { describe, expect, it } from 'vitest';
import { split } from './helpers.js';

describe('quotations', () => {
  it('splits at terminal marks inside a quotation, as the golden rules do', () => {
    expect(split('"We are ready. We will vote," he said.')).toEqual(['"We are ready.', 'We will vote," he said.']);
    expect(split('قال: "الوضع هادئ. لا توجد اشتباكات" في المدينة.', 'arb')).toEqual(['قال: "الوضع هادئ.', 'لا توجد اشتباكات" في المدينة.']);
  });

  it('keeps the reporting clause with the quotation it follows', () => {
    expect(split('"We have won." she told the crowd. "It is over!" He waved.')).toEqual(['"We have won." she told the crowd.', '"It is over!"', 'He waved.']);
  });

  it('handles a quotation over several paragraphs, each reopening the mark', () => {
    const text = '«Nous ne partirons pas.\n«Nous resterons ici jusqu’au bout», a-t-il dit.';
    expect(split(text, 'fra')).toEqual(['«Nous ne partirons pas.', '«Nous resterons ici jusqu’au bout», a-t-il dit.']);
  });

  it('keeps quotations whole where the language wants it, and an unbalanced mark stops at the paragraph', () => {
    expect(split('«Я устал. Пойдём домой», — сказал он. Все ушли.', 'rus')).toEqual(['«Я устал. Пойдём домой», — сказал он.', 'Все ушли.']);
    expect(split('«Он ушёл. Мы ждали.\nВсе ушли. Дом пуст.', 'rus')).toEqual(['«Он ушёл. Мы ждали.', 'Все ушли.', 'Дом пуст.']);
  });
});
