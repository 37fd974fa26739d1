import { describe, expect, it } from 'vitest';
import { pairMarks } from '../../src/quotes/pair-marks.js';

const inner = (text: string) => pairMarks(text, [{ start: 0, end: text.length }]).map((p) => text.slice(p.inner.start, p.inner.end));

describe('pairMarks', () => {
  it('pairs every mark style', () => {
    expect(inner('He said "one two" and “three four”.')).toEqual(['one two', 'three four']);
    expect(inner('Il a dit « un deux » puis ‹ trois ›.')).toEqual(['un deux', 'trois']);
    expect(inner('Er sagte „eins zwei“ und 「三四」.')).toEqual(['eins zwei', '三四']);
    expect(inner("She called it 'a good day' and ‘a fine one’.")).toEqual(['a good day', 'a fine one']);
  });

  it('reads the mixed marks of Arabic reports, where one curly mark opens and closes', () => {
    expect(inner('وقال عموري : “عقدي ممتد مع النادي “. وأضاف : ” أنا سعيد هنا ” .')).toEqual(['عقدي ممتد مع النادي', 'أنا سعيد هنا']);
  });

  it('keeps nested quotes inside their outer quote', () => {
    const text = '«Ils chantent «Nous voulons la paix». Je suis content», a-t-il dit.';
    expect(inner(text)).toEqual(['Ils chantent «Nous voulons la paix». Je suis content', 'Nous voulons la paix']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(inner("The country's leaders don't agree, l'intéressé a dit 'non merci' hier.")).toEqual(['non merci']);
  });

  it('joins a quote that reopens each paragraph and closes only at the end', () => {
    const text = 'He said: "The first part goes on.\n"The second part ends here."\nNext line.';
    expect(inner(text)).toEqual(['The first part goes on.\n"The second part ends here.']);
  });

  it('never lets an unbalanced mark run past its paragraph', () => {
    const text = 'The minister said "we will see.\nAnother paragraph follows with "a real quote" inside.\nAnd a third.';
    expect(inner(text)).toEqual(['a real quote']);
  });

  it('forgets an opener that waits too long for its closer', () => {
    const text = `«${'mot '.repeat(3000)} fin» puis «court».`;
    expect(inner(text)).toEqual(['court']);
  });
});
