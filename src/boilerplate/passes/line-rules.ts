/**
 * Whole-line rules: a line that is a promotion, a share button, a copyright notice, a credit. Rules are
 * data (rules/*.ts); this pass only asks each line whether a rule's tests hold.
 */
import { span, type PassContext } from '../context.js';
import { DEFAULT_MAX_LINE } from '../lexicon.js';
import { coveredLines, isBlank, neighbour, type Line } from '../lines.js';
import type { BoilerplateSpan, LineRule } from '../types.js';


/** Lines matched by rules that stand on their own. */
export function lineRules(ctx: PassContext): BoilerplateSpan[] {
  const out: BoilerplateSpan[] = [];
  const first = ctx.lines.find((l) => !isBlank(l));
  for (const line of ctx.lines) {
    if (isBlank(line)) continue;
    const rule = firstMatch(ctx, line, (r) => !r.needsNeighbour && (!r.firstLineOnly || line === first));
    if (rule) out.push(span(line.trimmed.start, line.trimmed.end, rule.kind, rule.rule));
  }
  return out;
}

/**
 * Lines whose rule needs a boilerplate neighbour (the lead-in of a promotion post). Run after the other
 * passes, so it sees what they found; one sweep down and one up let a chain of such lines join.
 */
export function neighbourRules(ctx: PassContext, found: readonly BoilerplateSpan[]): BoilerplateSpan[] {
  const covered = coveredLines(ctx.lines, found);
  const out: BoilerplateSpan[] = [];
  const visit = (line: Line, step: 1 | -1) => {
    if (isBlank(line) || covered.has(line.index)) return;
    const near = neighbour(ctx.lines, line, step === 1 ? -1 : 1);
    if (near === null || !covered.has(near.index)) return;
    const rule = firstMatch(ctx, line, (r) => r.needsNeighbour === true);
    if (!rule) return;
    out.push(span(line.trimmed.start, line.trimmed.end, rule.kind, rule.rule));
    covered.add(line.index);
  };
  for (let i = 0; i < ctx.lines.length; i++) visit(ctx.lines[i], 1);
  for (let i = ctx.lines.length - 1; i >= 0; i--) visit(ctx.lines[i], -1);
  return out;
}

function firstMatch(ctx: PassContext, line: Line, use: (r: LineRule) => boolean): (LineRule & { rule: string }) | null {
  if (line.body.end === line.body.start || line.body.end - line.body.start > ctx.lexicon.longestLineRule) return null;
  const body = ctx.text.slice(line.body.start, line.body.end);
  const lower = body.toLowerCase();
  for (const set of ctx.lexicon.rules) {
    for (const r of set.lines) {
      if (use(r) && matches(r, body, lower)) return { ...r, rule: `${set.id}/${r.name}` };
    }
  }
  return null;
}

/** A rule's word lists in lower case, computed once per rule. */
interface Lowered {
  equals: Set<string> | null;
  startsWith: string[] | null;
  contains: string[] | null;
}

const lowered = new WeakMap<LineRule, Lowered>();

function lowerOf(r: LineRule): Lowered {
  let l = lowered.get(r);
  if (!l) {
    const low = (words: readonly string[] | undefined) => (words ? words.map((w) => w.toLowerCase()) : null);
    const equals = low(r.equals);
    l = { equals: equals && new Set(equals), startsWith: low(r.startsWith), contains: low(r.contains) };
    lowered.set(r, l);
  }
  return l;
}

export function matches(r: LineRule, body: string, lower: string): boolean {
  if (body.length > (r.maxLength ?? DEFAULT_MAX_LINE)) return false;
  const l = lowerOf(r);
  if (l.equals && !l.equals.has(lower)) return false;
  if (l.startsWith && !l.startsWith.some((w) => lower.startsWith(w))) return false;
  if (l.contains && !l.contains.some((w) => lower.includes(w))) return false;
  if (r.pattern) {
    r.pattern.lastIndex = 0;
    if (!r.pattern.test(body)) return false;
  }
  return true;
}
