import { complement, isSpace, type Span } from './span.js';

/**
 * The cleaned body: the input with the boilerplate spans cut out. Where a cut leaves two words touching
 * (a caption glued on both sides), one space keeps them apart; lines a cut leaves empty disappear, and
 * the body is trimmed. The body is for reading; offsets always point into the input.
 */
export function buildBody(text: string, boilerplate: readonly Span[]): string {
  if (boilerplate.length === 0) return text.trim();
  const parts = complement(boilerplate, text.length);
  let out = '';
  for (const part of parts) {
    const piece = text.slice(part.start, part.end);
    if (out && piece && !isSpace(out.charCodeAt(out.length - 1)) && !isSpace(piece.charCodeAt(0))) out += ' ';
    out += piece;
  }
  return out
    .split('\n')
    .filter((line, i, lines) => line.trim() !== '' || (i > 0 && lines[i - 1]!.trim() !== ''))
    .join('\n')
    .trim();
}
