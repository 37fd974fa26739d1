import { isJsWhiteSpace } from './char-class.js';
import { complement, isSpace, type Span } from './span.js';

/**
 * The cleaned body: the input with the boilerplate spans cut out. Where a cut leaves two words touching
 * (a caption glued on both sides), one space keeps them apart; lines a cut leaves empty disappear, and
 * the body is trimmed. The body is for reading; offsets always point into the input.
 */
export function buildBody(text: string, boilerplate: readonly Span[]): string {
  if (boilerplate.length === 0) return text.trim();
  const pieces: string[] = [];
  // The last character so far is read from the input, not from a growing string (which V8 would have to
  // flatten on every read, making the loop quadratic).
  let lastChar = -1;
  for (const part of complement(boilerplate, text.length)) {
    if (part.end === part.start) continue;
    if (lastChar >= 0 && !isSpace(lastChar) && !isSpace(text.charCodeAt(part.start))) pieces.push(' ');
    pieces.push(text.slice(part.start, part.end));
    lastChar = text.charCodeAt(part.end - 1);
  }
  return withoutBlankRuns(pieces.join(''));
}

/** Drops a blank first line and every blank line after another blank line, then trims: one scan, no split. */
function withoutBlankRuns(joined: string): string {
  const kept: string[] = [];
  let previousBlank = true; // so a blank first line goes too
  for (let start = 0; start <= joined.length; ) {
    let end = joined.indexOf('\n', start);
    if (end < 0) end = joined.length;
    const blank = isBlankLine(joined, start, end);
    if (!blank || !previousBlank) kept.push(joined.slice(start, end));
    previousBlank = blank;
    start = end + 1;
  }
  return kept.join('\n').trim();
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isJsWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}
