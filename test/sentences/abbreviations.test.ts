import { describe, expect, it } from 'vitest';
import { split } from './helpers.js';

describe('abbreviations, numbers and initials', () => {
  it('does not split after English titles and abbreviations before a name or number', () => {
    expect(split('Mr. Smith met Gen. Harris and Dr. Lee at No. 10 on Jan. 5 at 9 a.m. sharp.')).toHaveLength(1);
  });

  it('finds a listed abbreviation however it is capitalised, with capitals outside A-Z too', () => {
    expect(split('MR. SMITH met PROF. JONES today.')).toHaveLength(1);
    expect(split('Le GÉN. Martin est arrivé hier.', 'fra')).toHaveLength(1);
    expect(split('Le Gén. Martin est arrivé hier.', 'fra')).toHaveLength(1);
  });

  it('reads a Roman numeral after a long name as an ordinal where ordinals take a dot', () => {
    expect(split('König Ludwig XVIII. regierte lange. Dann kam ein anderer.', 'deu')).toEqual(['König Ludwig XVIII. regierte lange.', 'Dann kam ein anderer.']);
  });

  it('splits after an abbreviation when a sentence plainly starts', () => {
    expect(split('The deal was signed by Acme Co. It closes in June.')).toEqual(['The deal was signed by Acme Co.', 'It closes in June.']);
    expect(split('Troops left the U.S. They landed in Spain.')).toEqual(['Troops left the U.S.', 'They landed in Spain.']);
    expect(split('The U.S. Senate voted on the U.S.A. budget.')).toHaveLength(1);
  });

  it('does not split at numbers, dates, decimals or amounts', () => {
    expect(split('Inflation rose 7.9 percent to 1.000.000 units on 12/08/2014 and cost $3.50 each.')).toHaveLength(1);
    expect(split('وارتفعت الأسعار 4.5 في المئة في 03\u202a/\u202c05\u202a/\u202c2021 لتبلغ 2.25 مليون دينار.', 'arb')).toHaveLength(1);
  });

  it('reads initials as part of a name, unless a sentence starts after them', () => {
    expect(split('The novel by J. R. R. Tolkien sold well. It was reprinted.')).toEqual(['The novel by J. R. R. Tolkien sold well.', 'It was reprinted.']);
    expect(split('The winner was Group I. Did the others object?')).toEqual(['The winner was Group I.', 'Did the others object?']);
  });

  it('knows Arabic abbreviations, through the bidi controls around their dot', () => {
    expect(split('وقال د. أحمد حسن إن الوضع مستقر. وأضاف أ.د. سامي إن العمل مستمر.', 'arb')).toEqual([
      'وقال د. أحمد حسن إن الوضع مستقر.',
      'وأضاف أ.د. سامي إن العمل مستمر.',
    ]);
    expect(split('وقال د\u202a.\u202c سامي إن المستشفى ممتلئ. وغادر الجرحى.', 'arb')).toEqual([
      'وقال د\u202a.\u202c سامي إن المستشفى ممتلئ.',
      'وغادر الجرحى.',
    ]);
  });

  it('ends an Arabic sentence after an agency acronym or a date abbreviation, not after a page number', () => {
    expect(split('وقتل ثلاثة أشخاص بحسب أ.ف.ب. وقال مسؤول إن الوضع هادئ. وبني المعبد في القرن الثالث ق.م. وما زال قائما في ص. 4 من الكتاب.', 'arb')).toEqual([
      'وقتل ثلاثة أشخاص بحسب أ.ف.ب.',
      'وقال مسؤول إن الوضع هادئ.',
      'وبني المعبد في القرن الثالث ق.م.',
      'وما زال قائما في ص. 4 من الكتاب.',
    ]);
  });

  it('reads a US state in a dateline as an abbreviation, but not the same word in lower case', () => {
    expect(split('DAYTON, Ohio -- Plants closed. SPRINGFIELD, Ill. -- Workers marched. He was ill. Doctors came.')).toEqual([
      'DAYTON, Ohio -- Plants closed.',
      'SPRINGFIELD, Ill. -- Workers marched.',
      'He was ill.',
      'Doctors came.',
    ]);
  });

  it('knows French abbreviations', () => {
    expect(split('« Nous restons », a expliqué M. Durand, cité p. 12 par Mme Leroy. Elle a confirmé.', 'fra')).toEqual([
      '« Nous restons », a expliqué M. Durand, cité p. 12 par Mme Leroy.',
      'Elle a confirmé.',
    ]);
  });

  it('reads numbered and lettered items run into one line as separate sentences', () => {
    expect(split('1. The army withdrew 2. The talks resumed 3. Prices fell')).toEqual([
      '1. The army withdrew',
      '2. The talks resumed',
      '3. Prices fell',
    ]);
    expect(split('a) Water is short b) Roads are closed')).toEqual(['a) Water is short', 'b) Roads are closed']);
    expect(split('The group won 2. Then it lost.')).toEqual(['The group won 2.', 'Then it lost.']);
  });
});
