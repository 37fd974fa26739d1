import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

describe('implicit speakers', () => {
  it('takes a pronoun with nothing before it for the speaker itself', () => {
    const q = quotesOf('"We will open the bridge by Friday," she said.', 'eng');
    expect(q).toEqual([{ type: 'direct', text: 'We will open the bridge by Friday,', speaker: 'she', cue: 'said', implicit: true, sentences: [0] }]);
  });

  it('takes the pronoun of an inverted French verb when nothing comes before', () => {
    const q = quotesOf('« Nous rouvrirons le pont vendredi », a-t-elle assuré.', 'fra');
    expect(q[0]).toMatchObject({ speaker: 'elle', implicit: true });
  });

  it('still prefers an earlier speaker to the pronoun', () => {
    const q = quotesOf('The mayor said the bridge would open on Friday.\n"It is safe," she added.', 'eng');
    expect(q.map((x) => [x.speaker, x.implicit])).toEqual([['The mayor', false], ['The mayor', true]]);
  });

  it('does not continue a speaker whose cue attributes no quote', () => {
    const text = 'وقال وزير الخارجية إن "الحوار هو الطريق الوحيد".\nونفت الحكومة المجاورة أي تدخل في الأزمة.\nوأضاف: "سنواصل الاتصالات مع جميع الأطراف".';
    const q = quotesOf(text, 'arb');
    expect(q.map((x) => [x.speaker, x.cue, x.implicit])).toEqual([['وزير الخارجية', 'وقال', false], ['وزير الخارجية', 'وأضاف', true]]);
  });
});
