import type { Boundary, Scope } from '../boundary.js';
import { isLower } from '../chars.js';
import { skipSpace, skipSpaceBack } from '../cursor.js';

/**
 * In raw reports each line is usually a paragraph, so a line break ends a sentence, unless the line plainly
 * goes on: it ends with a comma, a semicolon, a hyphen or a colon that introduces the next line (the
 * language's `lineContinuations`), or the next line starts in lower case (a sentence hard-wrapped mid-way).
 * A blank line always ends the sentence.
 */
export function breakLines(scope: Scope, boundaries: Boundary[]): void {
  const { text } = scope;
  const { continuations } = scope.tables;
  for (const b of boundaries) {
    if (b.kind === 'blank') b.settled = true;
    if (b.kind !== 'line') continue;
    b.settled = true;
    const last = skipSpaceBack(text, b.at, scope.start);
    if (last > scope.start && continuations.has(text.charCodeAt(last - 1))) {
      b.split = false;
      continue;
    }
    const next = skipSpace(text, b.at, scope.end);
    if (next < scope.end && scope.language.lowercaseContinues && isLower(text.charCodeAt(next))) b.split = false;
  }
}
