import { describe, expect, it } from 'vitest';
import { buildBody } from '../../src/text/body.js';

const spanOf = (text: string, part: string) => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`not in the text: ${part}`);
  return { start, end: start + part.length };
};

describe('buildBody', () => {
  it('cuts a glued caption and keeps the words on either side apart', () => {
    const text = 'قصفت الطائرات ريف حلبREUTERS/Omar Sanadiki صورة أرشيفيةومن جهة أخرى أعلن الجيش التقدم.';
    const body = buildBody(text, [spanOf(text, 'REUTERS/Omar Sanadiki صورة أرشيفية')]);
    expect(body).toBe('قصفت الطائرات ريف حلب ومن جهة أخرى أعلن الجيش التقدم.');
  });

  it('leaves one blank line where a cut footer leaves several, and none at either end', () => {
    const text = '\nتابعونا على تلغرام\n\nقال الوزير إن المفاوضات مستمرة.\n\n\n\nhttps://telegram.me/news_channel\n\nوأضاف أن الجولة المقبلة في الدوحة.\n\n';
    const cut = [spanOf(text, 'تابعونا على تلغرام'), spanOf(text, 'https://telegram.me/news_channel')];
    expect(buildBody(text, cut)).toBe('قال الوزير إن المفاوضات مستمرة.\n\nوأضاف أن الجولة المقبلة في الدوحة.');
  });

  it('treats a line of CR or no-break spaces as blank, but not a line with a zero-width mark only', () => {
    const text = 'First paragraph.\r\n\r\n\u00a0\r\nSecond paragraph.\n\u200f\nThird.';
    expect(buildBody(text, [spanOf(text, 'Second ')])).toBe('First paragraph.\r\n\r\nparagraph.\n\u200f\nThird.');
  });

  it('returns the trimmed input when nothing is cut', () => {
    expect(buildBody('  Le ministre a démissionné.\n', [])).toBe('Le ministre a démissionné.');
  });
});
