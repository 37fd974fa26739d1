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
import { isSpace } from '../text/span.js';
import { isDigit, isLetter } from './scan.js';
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
    const f = this.folder(folder);
    for (const key of new Set(lines.map((l) => this.key(text, l)).filter((k): k is number => k !== null))) {
      bump(f.lines, key, this.maxLines);
    }
    const label = lastLineLabel(text, lines);
    if (label !== null) bump(f.labels, hash(label), this.maxLines);
  }

  /** Spans of the report's lines seen in at least `minReports` reports of `folder`. */
  find(text: string, folder = '', lines: readonly Line[] = splitLines(text)): BoilerplateSpan[] {
    const f = this.folders.get(folder);
    if (!f) return [];
    const marked = new Map<number, BoilerplateSpan>(); // by line index
    let nonBlank = 0;
    for (const line of lines) {
      if (!isBlank(line)) nonBlank++;
      const key = this.key(text, line);
      if (key !== null && (f.lines.get(key) ?? 0) >= this.minReports) marked.set(line.index, this.span(line.trimmed.start, line.trimmed.end));
    }
    const label = lastLineLabel(text, lines);
    const last = lastNonBlank(lines);
    if (label !== null && last && !marked.has(last.index) && (f.labels.get(hash(label)) ?? 0) >= this.minReports) {
      marked.set(last.index, this.span(last.body.start, last.trimmed.end));
    }
    return marked.size > this.maxShare * nonBlank ? [] : [...marked.values()];
  }

  /** How many reports of `folder` carried this line so far. */
  count(line: string, folder = ''): number {
    return this.folders.get(folder)?.lines.get(hash(normalise(line))) ?? 0;
  }

  private folder(name: string): Folder {
    let f = this.folders.get(name);
    if (!f) this.folders.set(name, (f = { lines: new Map(), labels: new Map() }));
    return f;
  }

  private key(text: string, line: Line): number | null {
    if (isBlank(line)) return null;
    const raw = text.slice(line.trimmed.start, line.trimmed.end);
    if (raw.length > this.maxLength) return null;
    const key = normalise(raw);
    return key.length - countSpaces(key) >= this.minLength ? hash(key) : null;
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
function bump(map: Map<number, number>, key: number, cap: number): void {
  const n = map.get(key);
  if (n !== undefined) {
    map.set(key, n + 1);
    return;
  }
  if (map.size >= cap) {
    // A table of lines all seen twice or more frees nothing: refuse the next cap/10 lines before trying
    // again, so pruning stays linear overall.
    const refused = (refusals.get(map) ?? 0) + 1;
    refusals.set(map, refused);
    if (refused % Math.max(1, Math.floor(cap / 10)) === 1 || cap < 10) for (const [k, count] of map) if (count === 1) map.delete(k);
  }
  if (map.size < cap) map.set(key, 1);
}
const refusals = new WeakMap<Map<number, number>, number>();

/** FNV-1a twice (two offsets) folded into 53 bits: collisions are negligible at a hundred thousand lines. */
function hash(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
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

function countSpaces(key: string): number {
  let n = 0;
  for (let i = 0; i < key.length; i++) if (key[i] === ' ') n++;
  return n;
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


