import type { Boundary, Scope } from '../boundary.js';
import { canOpenSentence, isDash, isLower } from '../chars.js';
import { skipSpace } from '../cursor.js';

/**
 * What follows a terminal mark decides the rest: a sentence opens with a capital, a letter of a script
 * without case, a digit, an opening quote or bracket, a bullet or a dash; a lower-case word continues the
 * sentence ("Yahoo! shares", "'We won.' she said"), in the languages where case says so, and a dash
 * followed by a lower-case word always does ("and -- sadly! -- it failed"). A comma, colon or other mark
 * after it means the mark was not final ("see p. ?", "10.5.2;").
 */
export function checkNextWord(scope: Scope, boundaries: Boundary[]): void {
  const { text } = scope;
  for (const b of boundaries) {
    if (b.kind !== 'mark' || b.settled || !b.split) continue;
    const at = skipSpace(text, b.end, scope.end);
    if (at >= scope.end) continue;
    const code = text.charCodeAt(at);
    if (isLower(code)) b.split = !scope.language.lowercaseContinues;
    else if (isDash(code)) b.split = !isLower(text.charCodeAt(skipSpace(text, skipDashes(text, at, scope.end), scope.end)));
    else b.split = canOpenSentence(code);
  }
}

function skipDashes(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && i - from < 4 && isDash(text.charCodeAt(i))) i++;
  return i;
}
