/**
 * Lines that hold nothing but bidi controls and zero-width marks (an RLM left alone on a line by an Arabic
 * editor, a zero-width space between paragraphs). They are no sentence, and the other passes read them as
 * blank; cut as `other`, every character of the input stays in a sentence, a boilerplate span or plain white
 * space, and the body loses an invisible line instead of keeping it.
 */
import { span, type PassContext } from '../context.js';
import { isBlank } from '../lines.js';
import type { BoilerplateSpan } from '../types.js';

/** White space in the narrow sense (`\s`): what may sit outside every span. */
const PLAIN_SPACE = /^\s*$/;

export function invisibleLines(ctx: PassContext): BoilerplateSpan[] {
  const out: BoilerplateSpan[] = [];
  for (const line of ctx.lines) {
    // Blank for the passes, which count these marks as space, but not blank for a reader of the offsets.
    if (!isBlank(line) || line.start === line.end) continue;
    const raw = ctx.text.slice(line.start, line.end);
    if (PLAIN_SPACE.test(raw)) continue;
    let start = line.start;
    let end = line.end;
    while (start < end && /\s/.test(ctx.text[start]!)) start++;
    while (end > start && /\s/.test(ctx.text[end - 1]!)) end--;
    out.push(span(start, end, 'other', 'common/invisible-line'));
  }
  return out;
}
