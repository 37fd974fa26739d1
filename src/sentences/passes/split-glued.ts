import { LOOK, type Boundary, type Scope } from '../boundary.js';
import { isCapitalOrCaseless, isCaseless, isCloser, isDigit, isFormat, isLetter, isLower, isOpener, isWordChar } from '../chars.js';
import { runAhead, runBack } from '../cursor.js';
import { UNSPACED } from '../tables.js';
import { looksLikeAddress } from '../words.js';
import { isSpace } from '../../text/span.js';

/**
 * A mark with no space after it is inside a token (7.9, 1.000.000, example.com, press@agency.org, file.pdf,
 * M.Sc.-level) unless it glues two sentences together, as copied web text often does ("the talks ended.The
 * minister", "انتهى الاجتماع.وأكد"): a word of at least two letters, the mark, then a capital, a letter of a
 * script without case, or an opening quote. Scripts that put no space after their full stop (。 ። ။)
 * always split.
 */
export function splitGlued(scope: Scope, boundaries: Boundary[]): void {
  const { text } = scope;
  for (const b of boundaries) {
    if (b.kind !== 'mark' || b.settled || b.end >= scope.end) continue;
    if (scope.tables.flags[text.charCodeAt(b.markEnd - 1)] & UNSPACED) {
      b.settled = true;
      continue;
    }
    // a closing quote or bracket in between: the mark is not inside a token, the next-word pass decides
    if (b.end > b.markEnd || isSpace(text.charCodeAt(b.end))) continue;
    b.settled = true;
    b.split = gluesSentences(scope, b) && !looksLikeAddress(scope, b.at);
  }
}

function gluesSentences(scope: Scope, b: Boundary): boolean {
  const { text } = scope;
  let next = b.end;
  while (next < scope.end && isFormat(text.charCodeAt(next))) next++;
  const quoted = isOpener(text.charCodeAt(next)) && !isBracket(text.charCodeAt(next)) && text.charCodeAt(next) !== 0x27;
  if (quoted) next++;
  const code = text.charCodeAt(next);
  if (!isCapitalOrCaseless(code) || !isLetter(code)) return false;
  // "Ph.D.", "U.S.A.": a single letter and a dot after the dot is an initial, not a sentence
  if (runAhead(text, next, scope.end, isWordChar, 2) - next === 1 && text.charCodeAt(next + 1) === 0x2e) return false;
  // an opening guillemet or curly quote right after the dot opens a quotation: «Je..., “The...
  if (quoted) return true;
  const end = b.at;
  const last = text.charCodeAt(end - 1);
  if (isCloser(last)) return true;
  const start = runBack(text, end, scope.start, isWordChar, LOOK);
  if (end - start < 2) return false;
  return isLower(last) || isCaseless(last) || (isDigit(last) && end - start >= 3);
}

const isBracket = (code: number): boolean => code === 0x28 || code === 0x5b || code === 0x7b;
