/**
 * Separator lines (`-----`, `_____`) carry no text of their own; one that sits right above boilerplate is
 * part of it (the dashed rule above a site's promotion line).
 */
import { span, type PassContext } from '../context.js';
import { isBlank, neighbour, type Line } from '../lines.js';
import type { BoilerplateSpan } from '../types.js';

const SEPARATOR_CHARS = '-_=*~—–.•·';
const SEPARATOR_CODES = new Set([...SEPARATOR_CHARS].map((c) => c.charCodeAt(0)));
const MIN_SEPARATOR = 3;

export function isSeparator(text: string, line: Line): boolean {
  const { start, end } = line.trimmed;
  if (end - start < MIN_SEPARATOR) return false;
  for (let i = start; i < end; i++) if (!SEPARATOR_CODES.has(text.charCodeAt(i))) return false;
  return true;
}

export function separators(ctx: PassContext, found: readonly BoilerplateSpan[]): BoilerplateSpan[] {
  let startsAt: Map<number, BoilerplateSpan> | null = null; // made when the first separator line is met
  const out: BoilerplateSpan[] = [];
  for (const line of ctx.lines) {
    if (isBlank(line) || !isSeparator(ctx.text, line)) continue;
    if (!startsAt) {
      startsAt = new Map();
      for (const s of found) startsAt.set(s.start, s);
    }
    const next = neighbour(ctx.lines, line, 1);
    const below = next && startsAt.get(next.trimmed.start);
    if (below) out.push(span(line.trimmed.start, line.trimmed.end, below.kind, 'common/separator'));
  }
  return out;
}
