import type { Parsed } from '../cli/parse-item.js';
import type { StoryAssigner } from './assign-story.js';

const CLOSE_BRACE = 0x7d;

/**
 * Decides the story of one parsed report (on the main thread, in input order) and appends it to the record's
 * JSON as its last field, without parsing the JSON again: the record was serialised compactly, so it ends
 * with `}`. The signature is dropped once used. Error records get no story.
 */
export function attachStory(parsed: Parsed, stories: StoryAssigner): Parsed {
  const signature = parsed.signature;
  if (!signature || parsed.error) return parsed;
  delete parsed.signature;
  const story = stories.assign(signature, parsed.source);
  parsed.story = story;
  const field = `,"story":${JSON.stringify(story)}}`;
  const json = parsed.json;
  if (typeof json === 'string') parsed.json = json.slice(0, -1) + field;
  else {
    if (json[json.byteLength - 1] !== CLOSE_BRACE) throw new Error('a record does not end with }');
    const tail = Buffer.from(field, 'utf8');
    const joined = new Uint8Array(json.byteLength - 1 + tail.byteLength);
    joined.set(json.subarray(0, json.byteLength - 1));
    joined.set(tail, json.byteLength - 1);
    parsed.json = joined;
  }
  return parsed;
}
