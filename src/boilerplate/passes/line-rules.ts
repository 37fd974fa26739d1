/**
 * Whole-line rules: a line that is a promotion, a share button, a copyright notice, a credit. Rules are
 * data (rules/*.ts); this pass only asks each line whether a rule's tests hold (line-matcher.ts).
 */
import { span, type PassContext } from '../context.js';
import { compileLineRules, firstMatch, type CompiledRules } from '../line-matcher.js';
import { coveredLines, isBlank, neighbour, type Line } from '../lines.js';
import type { BoilerplateSpan } from '../types.js';

/** Lines matched by rules that stand on their own. */
export function lineRules(ctx: PassContext): BoilerplateSpan[] {
  const out: BoilerplateSpan[] = [];
  const compiled = compileLineRules(ctx.lexicon.rules);
  let first = true;
  for (const line of ctx.lines) {
    if (isBlank(line)) continue;
    const rule = match(ctx, compiled, line, false, first);
    first = false;
    if (rule) out.push(span(line.trimmed.start, line.trimmed.end, rule.kind, rule.rule));
  }
  return out;
}

/**
 * Lines whose rule needs a boilerplate neighbour (the lead-in of a promotion post). Run after the other
 * passes, so it sees what they found; one sweep down and one up let a chain of such lines join.
 */
export function neighbourRules(ctx: PassContext, found: readonly BoilerplateSpan[]): BoilerplateSpan[] {
  const compiled = compileLineRules(ctx.lexicon.rules);
  // The language has none, or no line is boilerplate yet for one to be next to.
  if (compiled.neighbour.length === 0 || found.length === 0) return [];
  const covered = coveredLines(ctx.lines, found);
  const out: BoilerplateSpan[] = [];
  const visit = (line: Line, step: 1 | -1) => {
    if (isBlank(line) || covered.has(line.index)) return;
    const near = neighbour(ctx.lines, line, step === 1 ? -1 : 1);
    if (near === null || !covered.has(near.index)) return;
    const rule = match(ctx, compiled, line, true, false);
    if (!rule) return;
    out.push(span(line.trimmed.start, line.trimmed.end, rule.kind, rule.rule));
    covered.add(line.index);
  };
  for (let i = 0; i < ctx.lines.length; i++) visit(ctx.lines[i], 1);
  for (let i = ctx.lines.length - 1; i >= 0; i--) visit(ctx.lines[i], -1);
  return out;
}

function match(ctx: PassContext, compiled: CompiledRules, line: Line, neighbourPass: boolean, firstLine: boolean) {
  const { start, end } = line.body;
  if (end === start || end - start > ctx.lexicon.longestLineRule) return null;
  return firstMatch(compiled, ctx.text, start, end, neighbourPass, firstLine);
}
