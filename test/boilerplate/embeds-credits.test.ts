import { describe, expect, it } from 'vitest';
import { body, run } from './helpers.js';

describe('embeds, credits and sign-offs of unseen outlets', () => {
  it('takes a flattened Instagram embed, both copies, and the body resumes after it', () => {
    const embed = 'Voir cette publication sur Instagram Merci à tous ! Une publication partagée par Jeanne Martin (@jeannemartin) le 3 mai 2019 à 9 :40 PDT';
    const text = `La chanteuse a annoncé la nouvelle dimanche.  ${embed}  ${embed.slice(37)} «Je suis très émue», a-t-elle ajouté.`;
    const r = run(text, 'fra');
    expect(r.kinds).toEqual(['other']);
    expect(body(text, r.spans)).toBe('La chanteuse a annoncé la nouvelle dimanche.   «Je suis très émue», a-t-elle ajouté.');
  });

  it('takes an English Instagram embed but keeps a sentence about a post shared on Instagram', () => {
    const text = 'She posted a photo on Instagram on Sunday. View this post on Instagram Back home A post shared by Jane Doe (@janedoe) on May 3, 2019 at 9:40am PDT The post was shared by thousands of fans.';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['View this post on Instagram Back home A post shared by Jane Doe (@janedoe) on May 3, 2019 at 9:40am PDT']);
  });

  it('takes the lines of a tweet kept above its author line', () => {
    const text = 'The senator replied on Twitter: "Nothing to add."\nThe vote was rigged from the start\nWe will appeal\n— Jane Doe (@janedoe) \nMarch 4, 2019\n\nHer office did not respond to a request for comment.';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['The vote was rigged from the start\nWe will appeal\n— Jane Doe (@janedoe) \nMarch 4, 2019']);
    expect(r.kinds).toEqual(['other']);
  });

  it('takes glued captions with a "File photograph:" credit and keeps the body glued after them', () => {
    const text = '   Police officers stand guard outside the parliament in Rome. File photograph: Jane Doe/ReutersItaly summoned the French ambassador on Thursday.';
    const r = run(text, 'eng');
    expect(r.texts).toEqual(['Police officers stand guard outside the parliament in Rome. File photograph: Jane Doe/Reuters']);
    expect(r.kinds).toEqual(['caption']);
  });

  it('takes an outlet named in brackets after the last sentence, not a party after a name', () => {
    const signed = 'Le maire a démissionné lundi. Il sera remplacé par son adjoint. (Le Courrier)';
    expect(run(signed, 'fra').texts).toEqual(['(Le Courrier)']);
    const party = 'Le maire a démissionné lundi.\nIl sera remplacé par son adjointe (Les Républicains)';
    expect(run(party, 'fra').spans).toEqual([]);
  });

  it('takes a byline glued before the first sentence, not a colon inside the first sentence', () => {
    const text = 'سعيد أحمد- الرياض- متابعة: أعلنت وزارة التعليم بدء العام الدراسي الأسبوع المقبل.\nوأضافت أن المدارس جاهزة.';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['سعيد أحمد- الرياض- متابعة:']);
    expect(r.kinds).toEqual(['byline']);
    const plain = 'أعلنت الوزارة في بيان متابعة: إن العام الدراسي يبدأ الأسبوع المقبل.\nوأضافت أن المدارس جاهزة.';
    expect(run(plain, 'arb').spans).toEqual([]);
  });

  it('takes a label closing the paragraph above a link, as share', () => {
    const text = 'قصف مدفعي يستهدف أطراف المدينة منذ الصباح.. إليك التفاصيل:\n\nhttps://news.example.org/post/77';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['إليك التفاصيل:', 'https://news.example.org/post/77']);
    expect(r.kinds).toEqual(['share', 'share']);
  });
});

describe('captions that open a page or close a video post', () => {
  it('takes a first line naming someone that the first paragraph repeats, not a headline', () => {
    const text = 'وزير الخارجية، أحمد سالم\nقال وزير الخارجية، أحمد سالم، إن المفاوضات ستستأنف الأسبوع المقبل.\nوأضاف أن الوفد سيصل غدا.';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['وزير الخارجية، أحمد سالم']);
    expect(r.kinds).toEqual(['caption']);
    const headline = 'وزير الخارجية: المفاوضات تستأنف الأسبوع المقبل\nقال وزير الخارجية، أحمد سالم، إن المفاوضات ستستأنف الأسبوع المقبل.\nوأضاف أن الوفد سيصل غدا.';
    expect(run(headline, 'arb').spans).toEqual([]);
  });

  it('takes a TV channel video lead-out, not a sentence where a correspondent gives details later', () => {
    const text = 'أعلنت السلطات إغلاق المطار بسبب العاصفة. مراسلنا في المدينة، سامي علي، يرصد التفاصيل.';
    const r = run(text, 'arb');
    expect(r.texts).toEqual(['مراسلنا في المدينة، سامي علي، يرصد التفاصيل.']);
    expect(r.kinds).toEqual(['caption']);
    const withPreposition = 'أعلنت السلطات إغلاق المطار بسبب العاصفة. مراسلتنا في المدينة، سلمى علي، توافينا بالتفاصيل.';
    expect(run(withPreposition, 'arb').texts).toEqual(['مراسلتنا في المدينة، سلمى علي، توافينا بالتفاصيل.']);
    const plain = 'أعلنت السلطات إغلاق المطار. مراسل الوكالة قال إن الوزير يقدم التفاصيل لاحقا في مؤتمر صحفي.';
    expect(run(plain, 'arb').spans).toEqual([]);
  });
});
