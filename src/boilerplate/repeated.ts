/**
 * Corpus-level footer learning, as web-corpus pipelines do with cross-document line deduplication: a
 * line that turns up in many reports of the same folder (a channel's own footer, a site's subscription
 * line, a permalink label) is boilerplate even when no pattern knows it.
 *
 * Threshold: a line is marked `repeated` (rule `corpus/repeated`) once it has been seen in at least
 * `minReports` distinct reports of the folder (default 5), counting the current one. Lines are compared
 * after trimming, collapsing white space and shortening separator runs (`-----` = `---------`).
 * The permalink footer whose label repeats but whose headline changes (`<label>: <headline>` as the last
 * line) is learnt by its label: the text up to the first colon of a report's last line.
 *
 * Streaming: `findBoilerplate` feeds each report to the learner, then asks it. In a single pass the
 * learner can only recognise a footer from its `minReports`-th occurrence on: the first `minReports - 1`
 * reports of a folder that carry it keep it. For exact results over a finite set, run two passes: `add`
 * every report first, then parse with `learn: false`.
 *
 * Guard: when more than `maxShare` of a report's non-blank lines are repeated, the report is a (near)
 * duplicate of another one, an update of the same story, not a footer carrier, and nothing is marked.
 */
import { isSpace, trimSpan } from '../text/span.js';
import { isDigit, isLetter, isLetterUnit, isSpaceUnit } from './scan.js';
import { isBlank, splitLines, type Line } from './lines.js';
import type { BoilerplateSpan } from './types.js';

export interface RepeatedLinesOptions {
  /** Distinct reports of a folder a line must be seen in to be boilerplate. Default 5. */
  minReports?: number;
  /** Lines with fewer non-space characters are never learnt. Default 3. */
  minLength?: number;
  /** Lines longer than this are paragraphs, never learnt. Default 500. */
  maxLength?: number;
  /** Distinct lines remembered per folder; when full, lines seen once are forgotten. Default 100000. */
  maxLines?: number;
  /** Share of a report's non-blank lines above which nothing is marked (a duplicate report). Default 0.7. */
  maxShare?: number;
}

/** Counts per line, keyed by a 53-bit hash of the normalised line: a few bytes a line, whatever its length. */
interface Folder {
  lines: Map<number, number>;
  labels: Map<number, number>;
}

const MAX_LABEL = 40;

export class RepeatedLines {
  readonly minReports: number;
  private readonly minLength: number;
  private readonly maxLength: number;
  private readonly maxLines: number;
  private readonly maxShare: number;
  private readonly folders = new Map<string, Folder>();

  constructor(options: RepeatedLinesOptions = {}) {
    this.minReports = options.minReports ?? 5;
    this.minLength = options.minLength ?? 3;
    this.maxLength = options.maxLength ?? 500;
    this.maxLines = options.maxLines ?? 100_000;
    this.maxShare = options.maxShare ?? 0.7;
    if (!(this.minReports >= 2)) throw new RangeError('RepeatedLines: minReports must be at least 2');
  }

  /** Counts the report's distinct lines (and its last line's label) for `folder`. `lines`: already split. */
  add(text: string, folder = '', lines: readonly Line[] = splitLines(text)): void {
    this.tally(text, folder, lines, this.keys(text, lines));
  }

  /** Spans of the report's lines seen in at least `minReports` reports of `folder`. */
  find(text: string, folder = '', lines: readonly Line[] = splitLines(text)): BoilerplateSpan[] {
    return this.mark(text, folder, lines, this.keys(text, lines));
  }

  /** `add` then `find`, reading each line once: what a streaming run does for every report. */
  learn(text: string, folder = ''): BoilerplateSpan[] {
    const lines = splitLines(text);
    const keys = this.keys(text, lines);
    const counts = this.tally(text, folder, lines, keys);
    return this.mark(text, folder, lines, keys, counts);
  }

  /** Counts the report's distinct lines; returns each one's count after it (by key). */
  private tally(text: string, folder: string, lines: readonly Line[], keys: readonly (number | null)[]): Map<number, number> {
    const f = this.folder(folder);
    const counts = new Map<number, number>();
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== null && !counts.has(key)) counts.set(key, bump(f.lines, key, this.maxLines));
    }
    const label = lastLineLabel(text, lines);
    if (label !== null) bump(f.labels, hash(label), this.maxLines);
    return counts;
  }

  /**
   * `counts`: the lines' counts as `tally` left them, when it just ran. A count that a later line's
   * pruning forgot was 1 there, so below `minReports` either way.
   */
  private mark(text: string, folder: string, lines: readonly Line[], keys: readonly (number | null)[], counts?: Map<number, number>): BoilerplateSpan[] {
    const f = this.folders.get(folder);
    if (!f) return [];
    const seen = counts ?? f.lines;
    // Lines are read in order and a line is marked once: a list, not a map by line index.
    const marked: BoilerplateSpan[] = [];
    let lastMarked = -1;
    let nonBlank = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!isBlank(line)) nonBlank++;
      const key = keys[i];
      if (key !== null && (seen.get(key) ?? 0) >= this.minReports) {
        marked.push(this.span(line.trimmed.start, line.trimmed.end));
        lastMarked = i;
      }
    }
    const label = lastLineLabel(text, lines);
    const last = lastNonBlank(lines);
    // The last non-blank line is the last one that can be marked: its label span keeps the list in order.
    if (label !== null && last && lastMarked !== last.index && (f.labels.get(hash(label)) ?? 0) >= this.minReports) {
      marked.push(this.span(last.body.start, last.trimmed.end));
    }
    return marked.length > this.maxShare * nonBlank ? [] : marked;
  }

  /** How many reports of `folder` carried this line so far. */
  count(line: string, folder = ''): number {
    const { start, end } = trimSpan(line, { start: 0, end: line.length });
    const key = lineKey(line, start, end, 0);
    return key === null ? 0 : (this.folders.get(folder)?.lines.get(key) ?? 0);
  }

  private folder(name: string): Folder {
    let f = this.folders.get(name);
    if (!f) this.folders.set(name, (f = { lines: new Map(), labels: new Map() }));
    return f;
  }

  private keys(text: string, lines: readonly Line[]): (number | null)[] {
    const keys: (number | null)[] = new Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
      const { start, end } = lines[i].trimmed;
      keys[i] = start === end || end - start > this.maxLength ? null : lineKey(text, start, end, this.minLength);
    }
    return keys;
  }

  private span(start: number, end: number): BoilerplateSpan {
    return { start, end, kind: 'repeated', rule: 'corpus/repeated' };
  }
}

/**
 * Lossy counting: when a folder's table is full, the lines seen only once are forgotten to make room, so a
 * long stream (a 1 GB JSONL file is one folder) keeps learning footers that first appear late, in bounded
 * memory. A footer is counted again from its next occurrence.
 */
function bump(map: Map<number, number>, key: number, cap: number): number {
  const n = map.get(key);
  if (n !== undefined) {
    map.set(key, n + 1);
    return n + 1;
  }
  if (map.size >= cap) {
    // A table of lines all seen twice or more frees nothing: refuse the next cap/10 lines before trying
    // again, so pruning stays linear overall.
    const refused = (refusals.get(map) ?? 0) + 1;
    refusals.set(map, refused);
    if (refused % Math.max(1, Math.floor(cap / 10)) === 1 || cap < 10) for (const [k, count] of map) if (count === 1) map.delete(k);
  }
  if (map.size < cap) map.set(key, 1);
  return 1;
}
const refusals = new WeakMap<Map<number, number>, number>();

/** FNV-1a twice (two offsets) folded into 53 bits: collisions are negligible at a hundred thousand lines. */
function hash(s: string): number {
  let a = FNV_A;
  let b = FNV_B;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, FNV_PRIME) ^ (b >>> 15);
  }
  return fold(a, b);
}
const FNV_A = 0x811c9dc5;
const FNV_B = 0x01000193 ^ 0x5bd1e995;
const FNV_PRIME = 0x01000193;
const fold = (a: number, b: number): number => (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);

/**
 * The hash of `text[start, end)` as `normalise` would write it, computed without building the string
 * (this runs on every line of every report); null when fewer than `minLength` non-space characters remain.
 */
function lineKey(text: string, start: number, end: number, minLength: number): number | null {
  let a = FNV_A;
  let b = FNV_B;
  let last = -1;
  let run = 0;
  let kept = 0;
  for (let i = start; i < end; i++) {
    const raw = text.charCodeAt(i);
    const space = isSpaceUnit(raw);
    const c = space ? 0x20 : raw;
    run = c === last && !isLetterOrDigit(c) ? run + 1 : 0;
    if (run < 3 && !(space && last === 0x20)) {
      a = Math.imul(a ^ c, FNV_PRIME);
      b = Math.imul(b ^ c, FNV_PRIME) ^ (b >>> 15);
      if (!space) kept++;
    }
    last = c;
  }
  return kept >= minLength ? fold(a, b) : null;
}

function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return isLetterUnit(c);
}

/** Collapses white space and runs of one repeated punctuation mark (`-----` → `---`). */
function normalise(line: string): string {
  const parts: string[] = [];
  let last = '';
  let run = 0;
  for (const ch of line.trim()) {
    const space = isSpace(ch.charCodeAt(0));
    const c = space ? ' ' : ch;
    run = c === last && !isLetter(c) && !isDigit(c) ? run + 1 : 0;
    if (run < 3 && !(space && last === ' ')) parts.push(c);
    last = c;
  }
  return parts.join('');
}


function lastNonBlank(lines: readonly Line[]): Line | undefined {
  for (let i = lines.length - 1; i >= 0; i--) if (!isBlank(lines[i])) return lines[i];
  return undefined;
}

/** `رابط الخبر بصحيفة X:` of `رابط الخبر بصحيفة X: <headline>`: a short label closed by a colon. */
function lastLineLabel(text: string, lines: readonly Line[]): string | null {
  const last = lastNonBlank(lines);
  if (!last) return null;
  const colon = text.indexOf(':', last.body.start);
  if (colon < 0 || colon >= last.body.end || colon - last.body.start > MAX_LABEL) return null;
  const label = normalise(text.slice(last.body.start, colon + 1));
  return label.includes(' ') ? label : null;
}


