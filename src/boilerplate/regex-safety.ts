/**
 * Rejects regular expressions that could backtrack catastrophically on a hostile line: a quantified
 * group that itself holds a quantifier (`(a+)+`, `(\w*x?){2,}`), an alternation under an unbounded
 * quantifier (`(a|ab)*`), back-references, and lookbehinds with unbounded quantifiers. The check reads
 * the pattern once, character by character. The built-in patterns (JavaScript regular expressions) are held
 * to it by a test; user patterns need no such check, they run on RE2 (user-rules.ts).
 */

interface Frame {
  quantified: boolean;
  unboundedInside: boolean;
  alternation: boolean;
  lookbehind: boolean;
}

/**
 * More unbounded quantifiers than this in one pattern can take polynomial time even without nesting:
 * `a*a*a*a*a*b` or `a.*a.*a.*x` try every way to share a line of `a`s among them (n^5, n^3).
 */
const MAX_UNBOUNDED = 2;

/** Null when the pattern is acceptable, otherwise why it is not. */
export function unsafeRegexReason(pattern: string): string | null {
  let unbounded = 0;
  const stack: Frame[] = [{ quantified: false, unboundedInside: false, alternation: false, lookbehind: false }];
  let closed: Frame | null = null; // the group that ended just before the current position
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    const top = stack[stack.length - 1];
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/u.test(next) || next === 'k') return 'back-references are not allowed';
      i++;
      closed = null;
      continue;
    }
    if (ch === '[') {
      i = classEnd(pattern, i);
      if (i < 0) return 'unterminated character class';
      closed = null;
      continue;
    }
    if (ch === '(') {
      const lookbehind = pattern.startsWith('(?<=', i) || pattern.startsWith('(?<!', i);
      stack.push({ quantified: false, unboundedInside: false, alternation: false, lookbehind });
      i = groupPrefixEnd(pattern, i) - 1;
      closed = null;
      continue;
    }
    if (ch === ')') {
      if (stack.length === 1) return 'unbalanced parenthesis';
      closed = stack.pop() ?? null;
      const parent = stack[stack.length - 1];
      if (closed && (closed.quantified || closed.unboundedInside)) {
        parent.quantified = true;
        parent.unboundedInside ||= closed.unboundedInside;
      }
      // `(?:(?:a|aa))+`: an alternation one group down is as ambiguous under the outer quantifier.
      if (closed?.alternation) parent.alternation = true;
      if (closed?.lookbehind && closed.unboundedInside) return 'lookbehinds may not hold unbounded quantifiers';
      continue;
    }
    if (ch === '|') {
      top.alternation = true;
      closed = null;
      continue;
    }
    const quantifier = quantifierAt(pattern, i);
    if (quantifier) {
      if (closed && quantifier.repeats && (closed.quantified || closed.unboundedInside)) return `nested quantifier at ${i}: a quantified group holds a quantifier`;
      if (closed && quantifier.unbounded && closed.alternation) return `quantified alternation at ${i}: use a character class or drop the quantifier`;
      top.quantified = true;
      if (quantifier.unbounded) {
        top.unboundedInside = true;
        if (++unbounded > MAX_UNBOUNDED) return `more than ${MAX_UNBOUNDED} unbounded quantifiers: matching can take polynomial time`;
      }
      i = quantifier.end - 1;
      if (pattern[i + 1] === '?') i++; // lazy
      closed = null;
      continue;
    }
    closed = null;
  }
  return stack.length === 1 ? null : 'unbalanced parenthesis';
}

/** Past `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` or `(?<name>`: the `?` there is not a quantifier. */
function groupPrefixEnd(pattern: string, open: number): number {
  if (pattern[open + 1] !== '?') return open + 1;
  for (const prefix of ['(?:', '(?=', '(?!', '(?<=', '(?<!']) if (pattern.startsWith(prefix, open)) return open + prefix.length;
  if (pattern.startsWith('(?<', open)) {
    const close = pattern.indexOf('>', open);
    if (close > 0) return close + 1;
  }
  return open + 2;
}

function classEnd(pattern: string, open: number): number {
  for (let i = open + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return -1;
}

function quantifierAt(pattern: string, i: number): { end: number; unbounded: boolean; repeats: boolean } | null {
  const ch = pattern[i];
  if (ch === '*' || ch === '+') return { end: i + 1, unbounded: true, repeats: true };
  if (ch === '?') return { end: i + 1, unbounded: false, repeats: false };
  if (ch !== '{') return null;
  const close = pattern.indexOf('}', i);
  if (close < 0) return null;
  const body = pattern.slice(i + 1, close);
  // Any number of digits: `{00002,}` and `{2,99999}` are quantifiers too.
  const m = /^(\d+)(,(\d*))?$/u.exec(body);
  if (!m) return null;
  const unbounded = m[2] !== undefined && m[3] === '';
  const repeats = unbounded || Number(m[3] ?? m[1]) > 1;
  return { end: close + 1, unbounded, repeats };
}
