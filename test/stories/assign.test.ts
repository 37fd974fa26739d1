import { describe, expect, it } from 'vitest';
import { StoryAssigner, DEFAULT_GROUP } from '../../src/stories/assign-story.js';
import { signatureOf } from '../../src/stories/minhash.js';
import * as T from './texts.js';

const source = (path: string) => ({ path, line: null, id: null });

function group(texts: string[], options = DEFAULT_GROUP) {
  const stories = new StoryAssigner(options);
  return texts.map((t, i) => stories.assign(signatureOf(t), source(`r${i}`)));
}

describe('story assignment', () => {
  it('puts a shortened and an extended copy in the story of the first report, not the report on the same topic', () => {
    const [a, b, c, d] = group([T.WIRE_EN, T.OTHER_EN, T.WIRE_EN_SHORTENED, T.WIRE_EN_EXTENDED]);
    expect(a).toEqual({ id: 's1', first: source('r0'), similarity: 1 });
    expect(b!.id).toBe('s2');
    expect(c!.id).toBe('s1');
    expect(c!.first).toEqual(source('r0'));
    expect(c!.similarity).toBeGreaterThan(0.8);
    expect(d!.id).toBe('s1');
  });
  it('matches re-posts that differ only in what normalisation folds', () => {
    expect(group([T.WIRE_AR, T.WIRE_AR_REPOST]).map((s) => s.id)).toEqual(['s1', 's1']);
    expect(group([T.WIRE_FR, T.WIRE_FR_REPOST]).map((s) => s.id)).toEqual(['s1', 's1']);
  });
  it('keeps template alerts that differ by one place apart, and groups an alert with its re-post', () => {
    expect(group([T.ALERT_A, T.ALERT_B]).map((s) => s.id)).toEqual(['s1', 's2']);
    expect(group([T.ALERT_A, `${T.ALERT_A}\n`]).map((s) => s.id)).toEqual(['s1', 's1']);
  });
  it('obeys the threshold: a copy holding half the story joins at the default and not at 0.95', () => {
    const half = T.WIRE_EN.split('\n\n').slice(0, 2).join('\n\n') + '\n\nThe minister for agriculture will visit the district on Friday to meet farmers and local officials about compensation for lost harvests.';
    expect(group([T.WIRE_EN, half]).map((s) => s.id)).toEqual(['s1', 's1']);
    expect(group([T.WIRE_EN, half], { ...DEFAULT_GROUP, threshold: 0.95 }).map((s) => s.id)).toEqual(['s1', 's2']);
  });
  it('gives a report under --group-min words a story of its own, never joined', () => {
    const short = 'Breaking: reservoir at a third.';
    const stories = group([short, short, T.WIRE_EN], { ...DEFAULT_GROUP, minWords: 8 });
    expect(stories.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(stories[1]).toEqual({ id: 's2', first: source('r1'), similarity: 1 });
    expect(group([short, short], { ...DEFAULT_GROUP, minWords: 3 }).map((s) => s.id)).toEqual(['s1', 's1']);
  });
  it('decides in input order: the first report read names the story', () => {
    const stories = group([T.WIRE_EN_SHORTENED, T.WIRE_EN]);
    expect(stories[1]!.first).toEqual(source('r0'));
  });
});
