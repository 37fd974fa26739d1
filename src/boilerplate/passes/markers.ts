/**
 * Marker runs: a phrase such as "Lire aussi:", "اقرأ أيضا" or "رابط الخبر" opens a run of boilerplate
 * that ends at the end of its line or where the announced headline ends; a list of related headlines may
 * go on over the following lines.
 */
import { span, type PassContext } from '../context.js';
import { headlineRunEnd, MAX_RUN } from '../headline-run.js';
import { isBlank, lineAt, type Line } from '../lines.js';
import { skipSpaceBack } from '../scan.js';
import { anchorOf } from '../anchors.js';
import { requiredLiterals, type RequiredLiterals } from '../required-literals.js';
import type { BoilerplateSpan, MarkerRule } from '../types.js';
import { isSeparator } from './separators.js';

/** A related headline is short and has no full stop; longer lines or lines ending in `.`/`،` are body. */
const MAX_HEADLINE_LINE = 150;
const MAX_FOLLOWING_HEADLINES = 5;

export function markerRuns(ctx: PassContext): BoilerplateSpan[] {
  const { text } = ctx;
  const out: BoilerplateSpan[] = [];
  for (const set of ctx.lexicon.rules) {
    for (const marker of set.markers) {
      let from = 0;
      if (marker.holds) {
        // A native search for the piece every match holds rules out most of the text, often all of it.
        const at = text.indexOf(marker.holds.text);
        if (at < 0) continue;
        from = Math.max(0, at - marker.holds.within + 1);
      }
      const run = new Run(ctx, marker, `${set.id}/${marker.name}`, out);
      const needs = requiredLiterals(marker.pattern);
      if (needs !== null) matchNearWords(text, marker.pattern, needs, from, run);
      else matchAll(text, marker.pattern, from, run);
    }
  }
  return out;
}

/** Every match of the global `pattern` from `from` on, in order, as a search would find them. */
function matchAll(text: string, pattern: RegExp, from: number, run: Run): void {
  pattern.lastIndex = from; // read with exec, not matchAll, which copies the pattern every time
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex++; // as matchAll would: never stay on an empty match
    run.take(m.index, m[0].length);
  }
}

/** Past this many places to try before each word, one search from the first of them costs less. */
const MAX_TRIED_BEFORE_WORD = 32;

/**
 * The same matches as `matchAll`, found by native searches for the words every match holds (most texts
 * hold none): the pattern is tried only at the few places before each word where a match holding it
 * could start.
 */
function matchNearWords(text: string, pattern: RegExp, needs: RequiredLiterals, from: number, run: Run): void {
  const words = new WordSearch(text, needs.words);
  const sticky = stickyOf(pattern);
  let next = from;
  for (let word = words.next(next); word >= 0; word = words.next(next)) {
    let at = Math.max(next, word - needs.within + 1);
    if (needs.within > MAX_TRIED_BEFORE_WORD) {
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (m === null) return;
      run.take(m.index, m[0].length);
      next = m.index + Math.max(m[0].length, 1);
      continue;
    }
    next = word + 1; // unless a match starts at or before the word
    for (; at <= word; at++) {
      if (insidePair(text, at)) continue; // a search with `u` never starts a match there
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m === null) continue;
      run.take(m.index, m[0].length);
      next = m.index + Math.max(m[0].length, 1); // as the search would go on: never stay on an empty match
      break;
    }
  }
}

const insidePair = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
};

/**
 * The first place at or after a point where one of the words starts. Each word is searched from its
 * rarest character on (see anchors.ts), words that end alike in one search, and each search once over
 * the text: it resumes where it stopped.
 */
class WordSearch {
  /** Per needle, the words it is the end of, with where it starts in each. */
  private readonly needles: { needle: string; words: { word: string; offset: number }[]; least: number; most: number }[] = [];
  /** Per needle: where one of its words was last found to start (-1: nowhere after; -2: not searched yet). */
  private readonly found: number[] = [];

  constructor(
    private readonly text: string,
    words: readonly string[],
  ) {
    for (const word of words) {
      const { needle, offset } = anchorOf(word);
      const same = this.needles.find((n) => n.needle === needle);
      if (same) (same.words.push({ word, offset }), (same.least = Math.min(same.least, offset)), (same.most = Math.max(same.most, offset)));
      else (this.needles.push({ needle, words: [{ word, offset }], least: offset, most: offset }), this.found.push(-2));
    }
  }

  next(from: number): number {
    let first = -1;
    for (let k = 0; k < this.needles.length; k++) {
      let at = this.found[k];
      if (at === -1) continue;
      if (at < from) this.found[k] = at = this.find(k, from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }

  private find(k: number, from: number): number {
    const { needle, words, least, most } = this.needles[k];
    const { text } = this;
    let start = -1;
    // A later occurrence may still open an earlier word (one the needle sits deeper in), until it is too far.
    for (let at = text.indexOf(needle, from + least); at >= 0 && (start < 0 || at - most < start); at = text.indexOf(needle, at + 1)) {
      for (const { word, offset } of words) {
        const s = at - offset;
        if (s >= from && (start < 0 || s < start) && text.startsWith(word, s)) start = s;
      }
    }
    return start;
  }
}

const stickies = new WeakMap<RegExp, RegExp>();

/** The marker's pattern matching only at `lastIndex`, built once per pattern. */
function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickies.get(pattern);
  if (!sticky) stickies.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.includes('y') ? pattern.flags : `${pattern.flags}y`)));
  return sticky;
}

/** The runs of one marker, taken in order of their start; runs never overlap. */
class Run {
  /** A marker inside the previous run is part of it. */
  private previousEnd = 0;

  constructor(
    private readonly ctx: PassContext,
    private readonly marker: MarkerRule,
    private readonly rule: string,
    private readonly out: BoilerplateSpan[],
  ) {}

  /** The marker matched `length` code units at `at`. */
  take(at: number, length: number): void {
    const { ctx, marker } = this;
    if (at < this.previousEnd) return;
    const line = lineAt(ctx.lines, at);
    if (!opensSentence(ctx.text, at, line)) return;
    const afterMarker = at + length;
    const runEnd = marker.run === 'line' ? line.trimmed.end : marker.run === 'match' ? afterMarker : headlineRunEnd(ctx.text, afterMarker, line.end, ctx.lexicon);
    // A run with no end in sight is not trusted: only the marker goes, and the markers inside the
    // window just searched are skipped (they would search the same text again).
    const trusted = runEnd >= 0;
    let end = trusted ? runEnd : afterMarker;
    if (trusted && marker.continues && end >= line.trimmed.end) end = followingHeadlines(ctx, line, end);
    this.out.push(span(at, end, marker.kind, this.rule));
    this.previousEnd = trusted ? end : afterMarker + MAX_RUN;
  }
}

/** A marker counts where a sentence may start: at the line start or after a sentence's end. */
function opensSentence(text: string, at: number, line: Line): boolean {
  const before = skipSpaceBack(text, at, line.start);
  if (before <= line.body.start) return true;
  // Any run of dots counts here, the `..` of a headline pause too: a marker is not a word of a sentence.
  return '.!?؟…»”"):'.includes(text[before - 1]);
}

/** Extends a related-headline run over the headline-like lines right below it. */
function followingHeadlines(ctx: PassContext, line: Line, end: number): number {
  for (let i = line.index + 1, taken = 0; i < ctx.lines.length && taken < MAX_FOLLOWING_HEADLINES; i++, taken++) {
    const next = ctx.lines[i];
    if (!looksLikeHeadline(ctx, next)) break;
    end = next.trimmed.end;
  }
  return end;
}

function looksLikeHeadline(ctx: PassContext, line: Line): boolean {
  if (isBlank(line) || isSeparator(ctx.text, line)) return false;
  const length = line.body.end - line.body.start;
  if (length === 0 || length > MAX_HEADLINE_LINE) return false;
  const last = ctx.text[line.body.end - 1];
  if ('.،,:;؛'.includes(last)) return false;
  return ctx.lexicon.bodyLineOpeners.at(ctx.text, line.body.start) === null;
}
