import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.js';

const en = (text: string) => quotesOf(text, 'eng');

describe('English quotes', () => {
  it('attributes a quote to a speaker named after it', () => {
    const q = en('"The water will be back by Friday," the city engineer said.');
    expect(q).toEqual([{ type: 'direct', text: 'The water will be back by Friday,', speaker: 'the city engineer', cue: 'said', implicit: false, sentences: [0] }]);
  });

  it('reads the inverted order "said X"', () => {
    const q = en('"We are close to a deal," said a senior negotiator.');
    expect(q[0]).toMatchObject({ speaker: 'a senior negotiator', cue: 'said' });
  });

  it('splits a quote interrupted by its attribution into two with the same speaker and cue', () => {
    const q = en('"The first shipment has left," Maria Lopez said, "and the second follows next week."');
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([
      ['The first shipment has left,', 'Maria Lopez', 'said'],
      ['and the second follows next week.', 'Maria Lopez', 'said'],
    ]);
  });

  it('resolves "he said" to the nearest earlier speaker', () => {
    const q = en('Governor Tom Reed said the bridge would reopen in May.\n\n"We have no other choice," he said.');
    expect(q.map((x) => [x.type, x.speaker, x.implicit])).toEqual([
      ['indirect', 'Governor Tom Reed', false],
      ['direct', 'Governor Tom Reed', true],
    ]);
  });

  it('keeps a quoted fragment inside a reported clause as part of that indirect quote', () => {
    const q = en('The union said the proposal was "a slap in the face" for nurses.');
    expect(q.map((x) => [x.type, x.text, x.speaker])).toEqual([['indirect', 'the proposal was "a slap in the face" for nurses', 'The union']]);
  });

  it('does not take the addressee of "told" for the speaker', () => {
    const q = en('"It was a mistake," the coach told Reuters.');
    expect(q[0]!.speaker).toBe('the coach');
  });

  it('finds indirect speech with and without "that"', () => {
    expect(en('The ministry said in a statement that 12 people had been arrested.')[0]).toMatchObject({
      type: 'indirect', text: '12 people had been arrested', speaker: 'The ministry', cue: 'said',
    });
    expect(en('Police said two suspects were still at large.')[0]).toMatchObject({ type: 'indirect', text: 'two suspects were still at large', speaker: 'Police' });
  });

  it('reads a clause attributed after a comma and "according to"', () => {
    expect(en('The plane lost contact an hour after take-off, officials said.')[0]).toMatchObject({
      type: 'indirect', text: 'The plane lost contact an hour after take-off', speaker: 'officials', cue: 'said',
    });
    expect(en('According to the fire brigade, the blaze started in the kitchen.')[0]).toMatchObject({
      type: 'indirect', text: 'the blaze started in the kitchen', speaker: 'the fire brigade', cue: 'According to',
    });
  });

  it('gives a participle cue the subject of its sentence', () => {
    const q = en('"The waves are high," Captain Ana Silva told reporters, adding that the search would go on all night.');
    expect(q[1]).toMatchObject({ type: 'indirect', text: 'the search would go on all night', speaker: 'Captain Ana Silva', cue: 'adding', implicit: true });
  });

  it('keeps a marked fragment inside reported speech in the clause, not as a quote of its own', () => {
    const q = en('The senator said the plan was “dead on arrival” in its current form.');
    expect(q.map((x) => [x.type, x.text])).toEqual([['indirect', 'the plan was “dead on arrival” in its current form']]);
  });

  it('leaves belief verbs and marked titles alone', () => {
    expect(en('Analysts believe that prices will fall.')).toEqual([]);
    expect(en('She starred in "The Long Road Home" last year.')).toEqual([]);
  });

  it('reads a passive cue with its agent', () => {
    const q = en('The plan was described by the mayor as "a turning point for the city".');
    expect(q[0]).toMatchObject({ speaker: 'the mayor', cue: 'described' });
  });
});

describe('English attribution edges', () => {
  it('reads a name described with "of" as one speaker', () => {
    const q = en('"Turnout will be low," Anna Berg of pollsters Civic Data told reporters.');
    expect(q[0]!.speaker).toBe('Anna Berg of pollsters Civic Data');
  });

  it('does not attach a quote ending in a full stop to a cue in the next sentence', () => {
    const q = en('"It was a long night," said the mayor. "Everyone is safe now."Mr Brown added that the shelters would stay open.');
    expect(q.map((x) => [x.type, x.text, x.speaker, x.cue])).toEqual([
      ['direct', 'It was a long night,', 'the mayor', 'said'],
      ['direct', 'Everyone is safe now.', 'the mayor', 'said'],
      ['indirect', 'the shelters would stay open', 'Mr Brown', 'added'],
    ]);
  });

  it('does not take a "that" after an infinitive for the cue\'s complementizer', () => {
    expect(en('The council urged residents to stay indoors until it was clear that the smoke had cleared.')).toEqual([]);
  });

  it('does not read a noun object as reported speech', () => {
    expect(en('The ministry confirmed the deal on Monday.')).toEqual([]);
  });
});

describe('English datelines and titles', () => {
  it('leaves the dateline out of a clause attributed after it', () => {
    const q = en('LONDON (Reuters) - A nurse has tested positive for the virus, the health ministry said.');
    expect(q[0]).toMatchObject({ type: 'indirect', text: 'A nurse has tested positive for the virus', speaker: 'the health ministry' });
  });

  it('does not quote a capitalised title after a cue', () => {
    expect(en('The minister said in an interview with The Daily Courier that the plan was "Building A Better Future" in his view.').filter((q) => q.type === 'direct')).toEqual([]);
  });
});

describe('English sentence adverbs', () => {
  it('does not take an opening adverb for the subject of a participle cue', () => {
    const q = en('Then the engineers tested the batteries for a month, adding that the results were good.');
    expect(q[0]!.speaker).not.toBe('Then');
  });
});

describe('English infinitive and gerund complements', () => {
  it('reads a gerund after deny or admit as an indirect quote', () => {
    expect(en('The former aide denied having met the lobbyist in March.')[0]).toMatchObject({
      type: 'indirect', text: 'having met the lobbyist in March', speaker: 'The former aide', cue: 'denied',
    });
  });

  it('reads "accused X of" and "called on X to" with the clause after the link', () => {
    expect(en('The opposition accused the mayor of hiding the audit from voters.')[0]).toMatchObject({
      type: 'indirect', text: 'hiding the audit from voters', speaker: 'The opposition', cue: 'accused',
    });
    expect(en('The union called on members to reject the offer.')[0]).toMatchObject({ type: 'indirect', text: 'reject the offer', cue: 'called' });
  });

  it('leaves a noun object, a passive and a request alone', () => {
    expect(en('The company denied any wrongdoing.')).toEqual([]);
    expect(en('He was accused of taking bribes.')).toEqual([]);
    expect(en('The coach asked the players to stay calm.')).toEqual([]);
  });

  it('quotes a fragment a speaker calls something', () => {
    expect(en('The governor called the ruling "a gift to polluters" on Friday.')).toEqual([
      { type: 'direct', text: 'a gift to polluters', speaker: 'The governor', cue: 'called', implicit: false, sentences: [0] },
    ]);
  });
});

describe('English inverted, relayed and detached cues', () => {
  it('reads a bare verb after a quotation as an inverted cue with a plural speaker', () => {
    const q = en('"Who has the keys?" asked the caretaker. "We do!" reply Ana and Tom.');
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([
      ['Who has the keys?', 'the caretaker', 'asked'],
      ['We do!', 'Ana and Tom', 'reply'],
    ]);
  });

  it('reads manner-of-speaking verbs, and leaves a bare verb that is no cue alone', () => {
    expect(en('"I am so tired," the boy muttered.')[0]).toMatchObject({ speaker: 'the boy', cue: 'muttered' });
    expect(en('The farmers carried a banner reading "Save our fields" and protest every week.')).toEqual([]);
  });

  it('gives "X was quoted as saying" to X, not to the outlet that quotes', () => {
    expect(en('The mayor was quoted by a local radio as saying the bridge would reopen.')[0]).toMatchObject({
      type: 'indirect', text: 'the bridge would reopen', speaker: 'The mayor', cue: 'saying',
    });
  });

  it('gives "reported, citing police" to the cited source', () => {
    expect(en('Three shops were looted overnight, the newspaper reported, citing police.')[0]).toMatchObject({
      type: 'indirect', text: 'Three shops were looted overnight', speaker: 'police', cue: 'reported',
    });
  });

  it('reads an attribution after the content with "in a statement on Monday" behind it', () => {
    expect(en('The factory will close next year, the company said in a statement on Monday.')[0]).toMatchObject({
      type: 'indirect', text: 'The factory will close next year', speaker: 'the company', cue: 'said',
    });
  });

  it('reads a clause without "that" opening with a pronoun after a fronted phrase', () => {
    expect(en('In a statement, the club said it would appeal the ban.')[0]).toMatchObject({
      type: 'indirect', text: 'it would appeal the ban', speaker: 'the club', cue: 'said',
    });
  });
});

describe('English follow-on quotes', () => {
  it('continues an attributed quote in a paragraph that is only a quotation', () => {
    const q = en('"We will rebuild the school," the mayor said.\n"It will take two years, maybe three."\nThe council meets again on Friday.');
    expect(q.map((x) => [x.text, x.speaker, x.cue, x.implicit])).toEqual([
      ['We will rebuild the school,', 'the mayor', 'said', false],
      ['It will take two years, maybe three.', 'the mayor', 'said', true],
    ]);
  });

  it('does not continue into a quoted subheading or past a paragraph of narration', () => {
    expect(en('"We will rebuild the school," the mayor said.\n"A town in mourning"\nThe council meets again on Friday.')).toHaveLength(1);
    expect(en('"We will rebuild the school," the mayor said.\nThe council meets again on Friday.\n"It will take two years."')).toHaveLength(1);
  });
});

describe('English plain verb forms', () => {
  it('reads a plural present verb of saying', () => {
    expect(en('Defence lawyers maintain that the charges are baseless.')[0]).toMatchObject({ type: 'indirect', text: 'the charges are baseless', cue: 'maintain' });
    expect(en('Critics accuse the council of wasting public money.')[0]).toMatchObject({ type: 'indirect', text: 'wasting public money', cue: 'accuse' });
  });

  it('does not read an infinitive, a modal or a negated verb as reported speech', () => {
    expect(en('The spokesman declined to say whether the talks had failed.')).toEqual([]);
    expect(en('The minister did not confirm that the plant would close.')).toEqual([]);
  });
});
