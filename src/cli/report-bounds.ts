import { ReportError } from '../contract/types.js';
import type { Item } from './read-inputs.js';

/**
 * The memory bound of one report's parse. A parse holds the text, every sentence and quote as an object, and
 * the record's JSON: about 70-100 times the input's size for reports of ordinary prose or lines (measured,
 * see the README), whatever their size. What breaks that multiple is density: a text of very short lines or
 * sentences (`x\n` repeated) has a sentence object per two characters and took 350 times its size (2.8 GB
 * for 8 MB). Such a text is refused before it is parsed: over DENSE_MIN characters, at most one line break
 * or sentence end per MIN_CHARS_PER_SEGMENT characters on average.
 */
export const DENSE_MIN = 256 * 1024;
export const MIN_CHARS_PER_SEGMENT = 16;

/** Throws ETOOLARGE when `text` is too dense to parse within the bound; small texts are never counted. */
export function checkDensity(text: string, name: string): void {
  if (text.length <= DENSE_MIN) return;
  const segments = countSegments(text);
  if (segments * MIN_CHARS_PER_SEGMENT > text.length) {
    const per = (text.length / segments).toFixed(1);
    throw new ReportError(
      'ETOOLARGE',
      `${name}: ${segments} lines and sentences in ${text.length} characters (one per ${per}); ` +
        `a text over ${DENSE_MIN} characters needs at least ${MIN_CHARS_PER_SEGMENT} characters per line or sentence to parse within the memory bound`,
    );
  }
}

/** Line breaks, and sentence-ending marks followed by a space: an upper estimate of the sentences a text holds. */
function countSegments(text: string): number {
  let n = 0;
  let afterEnd = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      n++;
      afterEnd = false;
    } else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x06d4 || c === 0x3002 || c === 0x2026) {
      afterEnd = true;
    } else {
      if (afterEnd && (c === 0x20 || c === 0x09)) n++;
      afterEnd = false;
    }
  }
  return n;
}

/**
 * Turns each item too dense to parse within the bound into an ETOOLARGE item, its text dropped, before any
 * work on it: the footer learner too splits a text into lines, and took 650 MB and 15 s for 8 MB of `x\n`.
 */
export async function* refuseDense(items: AsyncIterable<Item>): AsyncGenerator<Item> {
  for await (const item of items) {
    if (item.text !== undefined && item.text.length > DENSE_MIN) {
      try {
        checkDensity(item.text, item.source.path ?? '-');
      } catch (err) {
        const { code, message } = err as ReportError;
        yield { source: item.source, rel: item.rel, size: item.size, error: { code, message } };
        continue;
      }
    }
    yield item;
  }
}
