/**
 * Lines that hold nothing but bidi controls and zero-width marks (an RLM left alone on a line by an Arabic
 * editor, a zero-width space between paragraphs). They are no sentence, and the other passes read them as
 * blank; cut as `other`, every character of the input stays in a sentence, a boilerplate span or plain white
 * space, and the body loses an invisible line instead of keeping it.
 */
import { trimToContent } from '../../text/span.js';
import { span, type PassContext } from '../context.js';
import { isBlank } from '../lines.js';
import type { BoilerplateSpan } from '../types.js';

export function invisibleLines(ctx: PassContext): BoilerplateSpan[] {
  const out: BoilerplateSpan[] = [];
  for (const line of ctx.lines) {
    // Blank for the passes, which count these marks as space, but not blank for a reader of the offsets:
    // what is left of a blank line trimmed to its content is its invisible marks.
    if (!isBlank(line) || line.start === line.end) continue;
    const marks = trimToContent(ctx.text, line);
    if (marks.start < marks.end) out.push(span(marks.start, marks.end, 'other', 'common/invisible-line'));
  }
  return out;
}
