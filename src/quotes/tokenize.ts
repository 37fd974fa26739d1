import type { Span } from '../text/span.js';
import { isSpace } from '../text/span.js';
import { isLowerCode, isUpperCode, isWordCode } from '../text/char-class.js';
import { normaliseWord } from './normalise.js';

export type TokenKind = 'word' | 'punct';

export interface Token extends Span {
  kind: TokenKind;
  /** Matching form (normalise.ts) for words; the character itself for punctuation. */
  norm: string;
  /** A line break lies between this token and the previous one. */
  lineBefore: boolean;
  /** Index of the sentence the token is in, or -1 when it lies outside every sentence. */
  sentence: number;
}

/** Letters (tatweel is one), digits and combining marks; ASCII and the Arabic letters without the table. */
function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0x0621 && code <= 0x064a) return true;
  return isWordCode(code);
}
const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x02bc;

/**
 * Splits the body regions into word and punctuation tokens with one forward cursor. A word keeps
 * inner hyphens and dots between letters (`a-t-il`, `U.S.`); an apostrophe between letters ends the
 * word after it (`qu'` + `il`, `l'` + `intéressé`), which is how French elision behaves.
 */
export function tokenize(text: string, regions: readonly Span[], sentences: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let lineBefore = false;
  const sentenceOf = (at: number): number => {
    while (sentence < sentences.length && sentences[sentence]!.end <= at) sentence++;
    return sentence < sentences.length && sentences[sentence]!.start <= at ? sentence : -1;
  };
  const push = (start: number, end: number, kind: TokenKind) => {
    const raw = text.slice(start, end);
    tokens.push({ start, end, kind, norm: kind === 'word' ? normaliseWord(raw) : raw, lineBefore, sentence: sentenceOf(start) });
    lineBefore = false;
  };
  for (const region of regions) {
    lineBefore = true;
    let at = region.start;
    while (at < region.end) {
      const code = text.charCodeAt(at);
      if (isSpace(code)) {
        if (code === 0x0a || code === 0x0d || code === 0x2029) lineBefore = true;
        at++;
        continue;
      }
      if (!isLetter(code)) {
        push(at, at + 1, 'punct');
        at++;
        continue;
      }
      const start = at;
      while (at < region.end) {
        const c = text.charCodeAt(at);
        if (isLetter(c)) { at++; continue; }
        const next = at + 1 < region.end ? text.charCodeAt(at + 1) : -1;
        const joins = next >= 0 && isLetter(next);
        if (joins && isApostrophe(c)) { at++; break; }
        if (!joins || (c !== 0x2d && c !== 0x2e)) break;
        // A dot between a small letter and a capital is a sentence end with its space lost (`lancées.Alain`).
        const lostSpace = c === 0x2e && isLowerCode(text.charCodeAt(at - 1)) && isUpperCode(next);
        if (isLetter(text.charCodeAt(at - 1)) && !lostSpace) { at++; continue; }
        break;
      }
      // A dot glued after single capitals is part of an abbreviation (`U.S.`), not the end of the word.
      if (text[at] === '.' && at - start <= 3 && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(text.slice(start, at))) at++;
      // So is the dot of a short capitalised title before a name (`M. Fagni`, `Dr. Smith`).
      else if (text[at] === '.' && at - start <= 3 && /^\p{Lu}\p{Ll}?$/u.test(text.slice(start, at)) && /^ \p{Lu}/u.test(text.slice(at + 1, at + 3))) at++;
      push(start, at, 'word');
    }
  }
  return tokens;
}
