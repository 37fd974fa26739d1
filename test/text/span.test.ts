import { describe, expect, it } from 'vitest';
import { isPlainSpace, trimToContent, trimSpan } from '../../src/text/span.js';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('trimToContent', () => {
  it('trims text of white space and of the bidi and zero-width marks around it, as trimSpan does', () => {
    const text = ' \u200f\tقال الوزير إن الاجتماع انتهى.\u200b\u00a0 ';
    const trimmed = trimToContent(text, whole(text));
    expect(text.slice(trimmed.start, trimmed.end)).toBe('قال الوزير إن الاجتماع انتهى.');
    expect(trimmed).toEqual(trimSpan(text, whole(text)));
  });

  it('keeps the marks of a span that holds nothing else, trimmed of plain white space only', () => {
    const text = '  \u200f\u200b \u2067 \t';
    const trimmed = trimToContent(text, whole(text));
    expect(text.slice(trimmed.start, trimmed.end)).toBe('\u200f\u200b \u2067');
    expect(trimSpan(text, whole(text)).start).toBe(trimSpan(text, whole(text)).end); // what the plain trim loses
  });

  it('leaves nothing of plain white space, U+FEFF and no-break spaces included', () => {
    const text = ' \u00a0\ufeff\u3000\r\n';
    const trimmed = trimToContent(text, whole(text));
    expect(trimmed.end - trimmed.start).toBe(0);
  });
});

describe('isPlainSpace', () => {
  it('is JavaScript\'s \\s, code by code', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isPlainSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });
});
