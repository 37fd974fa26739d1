import { isFormat } from './chars.js';
import { isSpace } from '../text/span.js';

/** Small moves over the text that the passes share. Each is bounded by a limit the caller gives. */

/** Index of the first character at or after `from` that is not white space, or `limit`. */
export function skipSpace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Index just after the last character before `from` that is not white space, or `limit`. */
export function skipSpaceBack(text: string, from: number, limit: number): number {
  let i = from;
  while (i > limit && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Steps back over bidi controls and zero-width marks, which real text puts between a word and its dot. */
export function skipFormatBack(text: string, from: number, limit: number): number {
  let i = from;
  while (i > limit && isFormat(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Start of the run of characters before `end` that satisfy `test`, looking back at most LOOK characters. */
export function runBack(text: string, end: number, limit: number, test: (code: number) => boolean, look: number): number {
  const stop = Math.max(limit, end - look);
  let i = end;
  while (i > stop && test(text.charCodeAt(i - 1))) i--;
  return i;
}

/** End of the run of characters from `start` that satisfy `test`, looking ahead at most LOOK characters. */
export function runAhead(text: string, start: number, limit: number, test: (code: number) => boolean, look: number): number {
  const stop = Math.min(limit, start + look);
  let i = start;
  while (i < stop && test(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Finds the next occurrence of a few fixed strings with the engine's fast `indexOf`, remembering each
 * answer. Regions are split in order, so one seeker shared by all of them reads the text once per string,
 * even when a search runs past the end of a region.
 */
export class Seeker {
  private readonly needles = new Map<string, Needle>();

  constructor(private readonly text: string) {}

  /** The search for one string; a pass takes it once per region and asks it for every occurrence. */
  of(needle: string): Needle {
    let found = this.needles.get(needle);
    if (!found) {
      found = new Needle(this.text, needle);
      this.needles.set(needle, found);
    }
    return found;
  }
}

/** One string's searches, with the last answer kept in place (no allocation per search). */
export class Needle {
  /** The first occurrence at or after `from` is at `at` (-1: none till the end); `from` -1: no search yet. */
  private from = -1;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** Index of the first occurrence at or after `from`, or -1. */
  next(from: number): number {
    // nothing lies between the last search's start and its answer, so that answer still holds
    if (this.from >= 0 && from >= this.from && (this.at === -1 || this.at >= from)) return this.at;
    this.from = from;
    this.at = this.text.indexOf(this.needle, from);
    return this.at;
  }
}
