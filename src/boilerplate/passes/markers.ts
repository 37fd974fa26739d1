/**
 * Marker runs: a phrase such as "Lire aussi:", "اقرأ أيضا" or "رابط الخبر" opens a run of boilerplate
 * that ends at the end of its line or where the announced headline ends; a list of related headlines may
 * go on over the following lines.
 */
import { span, type PassContext } from '../context.js';
import { headlineRunEnd, MAX_RUN } from '../headline-run.js';
import { isBlank, lineAt, type Line } from '../lines.js';
import { skipSpaceBack } from '../scan.js';
import { requiredLiterals } from '../required-literals.js';
import { NearWords, type MatchTaker } from '../word-search.js';
import type { BoilerplateSpan, LanguageRules, MarkerRule } from '../types.js';
import { isSeparator } from './separators.js';

/** A related headline is short and has no full stop; longer lines or lines ending in `.`/`،` are body. */
const MAX_HEADLINE_LINE = 150;
const MAX_FOLLOWING_HEADLINES = 5;

/** A marker of a report's rule sets, with its rule name and its word search prepared once. */
interface PreparedMarker {
  marker: MarkerRule;
  rule: string;
  /**
   * The pattern found from the words every match holds (`اقرأ`, `قد يهمك`): a few native searches for
   * them cost less than the engine's own search, which tries the pattern along the whole text, even from
   * a few fixed characters (`[اإأ]قر[أا] ` stops at every alef). Null when no such words can be told.
   */
  near: NearWords | null;
}

const prepared = new WeakMap<readonly LanguageRules[], PreparedMarker[]>();

function markersOf(sets: readonly LanguageRules[]): PreparedMarker[] {
  let list = prepared.get(sets);
  if (list) return list;
  list = [];
  for (const set of sets) {
    for (const marker of set.markers) {
      const needs = requiredLiterals(marker.pattern);
      list.push({ marker, rule: `${set.id}/${marker.name}`, near: needs === null ? null : new NearWords(marker.pattern, needs) });
    }
  }
  prepared.set(sets, list);
  return list;
}

export function markerRuns(ctx: PassContext): BoilerplateSpan[] {
  const { text } = ctx;
  const out: BoilerplateSpan[] = [];
  const markers = markersOf(ctx.lexicon.rules);
  for (let k = 0; k < markers.length; k++) {
    const { marker, rule, near } = markers[k];
    let from = 0;
    if (marker.holds) {
      // A native search for the piece every match holds rules out most of the text, often all of it.
      const at = text.indexOf(marker.holds.text);
      if (at < 0) continue;
      from = Math.max(0, at - marker.holds.within + 1);
    }
    const run = new Run(ctx, marker, rule, out);
    if (near !== null) near.matches(text, from, run);
    else matchAll(text, marker.pattern, from, run);
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

/** The runs of one marker, taken in order of their start; runs never overlap. */
class Run implements MatchTaker {
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
