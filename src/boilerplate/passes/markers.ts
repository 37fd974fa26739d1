/**
 * Marker runs: a phrase such as "Lire aussi:", "اقرأ أيضا" or "رابط الخبر" opens a run of boilerplate
 * that ends at the end of its line or where the announced headline ends; a list of related headlines may
 * go on over the following lines.
 */
import { span, type PassContext } from '../context.js';
import { headlineRunEnd, MAX_RUN } from '../headline-run.js';
import { isBlank, lineAt, type Line } from '../lines.js';
import { skipSpaceBack } from '../scan.js';
import type { BoilerplateSpan } from '../types.js';
import { isSeparator } from './separators.js';

/** A related headline is short and has no full stop; longer lines or lines ending in `.`/`،` are body. */
const MAX_HEADLINE_LINE = 150;
const MAX_FOLLOWING_HEADLINES = 5;

export function markerRuns(ctx: PassContext): BoilerplateSpan[] {
  const { text } = ctx;
  const out: BoilerplateSpan[] = [];
  const scan = ctx.lexicon.markerScan;
  let first = 0; // no marker starts before this
  if (scan) {
    scan.lastIndex = 0;
    const m = scan.exec(text);
    if (m === null) return out;
    first = m.index;
  }
  for (const set of ctx.lexicon.rules) {
    for (const marker of set.markers) {
      const rule = `${set.id}/${marker.name}`;
      let from = first;
      if (marker.holds) {
        // A native search for the piece every match holds rules out most of the text, often all of it.
        const at = text.indexOf(marker.holds.text, first);
        if (at < 0) continue;
        from = Math.max(first, at - marker.holds.within + 1);
      }
      const pattern = marker.pattern; // global; read with exec, not matchAll, which copies it every time
      pattern.lastIndex = from;
      let previousEnd = 0; // a marker inside the previous run is part of it: runs never overlap
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const at = m.index;
        if (m[0] === '') pattern.lastIndex++; // as matchAll would: never stay on an empty match
        if (at < previousEnd) continue;
        const line = lineAt(ctx.lines, at);
        if (!opensSentence(text, at, line)) continue;
        const afterMarker = at + m[0].length;
        const runEnd = marker.run === 'line' ? line.trimmed.end : marker.run === 'match' ? afterMarker : headlineRunEnd(text, afterMarker, line.end, ctx.lexicon);
        // A run with no end in sight is not trusted: only the marker goes, and the markers inside the
        // window just searched are skipped (they would search the same text again).
        const trusted = runEnd >= 0;
        let end = trusted ? runEnd : afterMarker;
        if (trusted && marker.continues && end >= line.trimmed.end) end = followingHeadlines(ctx, line, end);
        out.push(span(at, end, marker.kind, rule));
        previousEnd = trusted ? end : afterMarker + MAX_RUN;
      }
    }
  }
  return out;
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
