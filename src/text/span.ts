/**
 * Spans inside the pipeline are UTF-16 indices into the decoded input (what JavaScript strings use);
 * they become code-point offsets only when a record is emitted (see code-points.ts), so no stage has to
 * think about surrogate pairs.
 */
export interface Span {
  start: number;
  end: number;
}

export const spanText = (text: string, span: Span): string => text.slice(span.start, span.end);

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Sorts spans and merges the ones that touch or overlap. */
export function mergeSpans<T extends Span>(spans: readonly T[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The parts of [0, length) that no span covers, in order. */
export function complement(spans: readonly Span[], length: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const s of mergeSpans(spans)) {
    if (s.start > at) out.push({ start: at, end: s.start });
    at = Math.max(at, s.end);
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}

/** Shrinks a span so it neither starts nor ends with white space. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Shrinks a span to its text as `trimSpan` does; but a span of nothing but invisible marks (an RLM or a
 * zero-width space alone on a line) is trimmed of plain white space only. Those marks are no text, yet
 * they are characters of the input, and a reader of the offsets must find each one in some span: trimmed
 * like space, the span that holds them would vanish.
 */
export function trimToContent(text: string, span: Span): Span {
  const visible = trimSpan(text, span);
  if (visible.start < visible.end) return visible;
  let { start, end } = span;
  while (start < end && isPlainSpace(text.charCodeAt(start))) start++;
  while (end > start && isPlainSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * White space in the narrow sense, JavaScript's `\s` (what JSON readers and regular expressions call
 * space): `isSpace` without the bidi controls, the zero-width characters and U+0085.
 */
export function isPlainSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** White space as Unicode defines it, plus the bidi and zero-width marks that real Arabic text scatters. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}
