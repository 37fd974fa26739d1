/**
 * The literal words a regular expression cannot match without: read off its source, so that a rule's
 * author writes only the pattern, and a text holding none of the words is never handed to the engine.
 * `قد يهمك|للمزيد` needs `قد يهمك` or `للمزيد`; `[اإأ]قر[أا] ` needs one of six five-letter words. Only
 * what is sure is derived: anything the reader does not know (a back-reference, an `i` flag) gives null,
 * and the caller then runs the pattern as it is.
 */

/** Every match holds one of `words`, starting fewer than `within` code units after the match does. */
export interface RequiredLiterals {
  words: readonly string[];
  within: number;
}

/** What a piece of a pattern matches: its length bounds, its exact strings when few, its best words. */
interface Piece {
  min: number;
  max: number;
  /** Every string the piece matches, when they are few and known ('' for an assertion). */
  exact: string[] | null;
  best: RequiredLiterals | null;
}

/** Sets of words grow by cross products; past this many, a run of literals is cut. */
const MAX_WORDS = 16;

class Unknown extends Error {}

/** The words `pattern` needs, or null when none can be told (then every text must be searched). */
export function requiredLiterals(pattern: RegExp): RequiredLiterals | null {
  if (/[iv]/u.test(pattern.flags)) return null;
  try {
    const reader = new Reader(pattern.source, pattern.flags.includes('u'));
    const piece = reader.alternation();
    if (reader.at < pattern.source.length) throw new Unknown();
    return piece.best;
  } catch (e) {
    if (!(e instanceof Unknown)) throw e;
    return null;
  }
}

const assertion = (): Piece => ({ min: 0, max: 0, exact: [''], best: null });
const oneOf = (chars: string[] | null, max: number): Piece => ({ min: 1, max, exact: chars, best: chars && usable(chars) ? { words: chars, within: 1 } : null });

/** A recursive-descent reader of the source; throws `Unknown` at anything it does not model. */
class Reader {
  at = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  alternation(): Piece {
    const branches = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    const exact = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
    const best = branches.every((b) => b.best)
      ? { words: pruned(branches.flatMap((b) => b.best!.words)), within: Math.max(...branches.map((b) => b.best!.within)) }
      : null;
    return {
      min: Math.min(...branches.map((b) => b.min)),
      max: Math.max(...branches.map((b) => b.max)),
      exact: exact && exact.length <= MAX_WORDS ? exact : null,
      best: pick([best, exact && usable(exact) ? { words: pruned(exact), within: 1 } : null]),
    };
  }

  sequence(): Piece {
    let min = 0;
    let max = 0;
    let exact: string[] | null = [''];
    let run: { words: string[]; start: number } | null = null;
    const candidates: (RequiredLiterals | null)[] = [];
    const close = () => {
      if (run && usable(run.words)) candidates.push({ words: pruned(run.words), within: run.start + 1 });
      run = null;
    };
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const piece = this.quantified();
      if (piece.best) candidates.push({ words: piece.best.words, within: max + piece.best.within });
      if (piece.exact) {
        const joined: string[] | null = run ? product(run.words, piece.exact) : null;
        if (run && joined) run.words = joined;
        else {
          close();
          run = { words: piece.exact, start: max };
        }
      } else close();
      exact = exact && piece.exact ? product(exact, piece.exact) : null;
      min += piece.min;
      max += piece.max;
    }
    close();
    return { min, max, exact, best: pick(candidates) };
  }

  quantified(): Piece {
    const atom = this.atom();
    const q = this.quantifier();
    if (q === null) return atom;
    if (this.src[this.at] === '?') this.at++; // lazy: the same strings
    const [lo, hi] = q;
    const exact = lo === 0 && hi === 1 && atom.exact ? [...new Set(['', ...atom.exact])] : lo === 1 && hi === 1 ? atom.exact : null;
    return { min: atom.min * lo, max: atom.max === 0 ? 0 : atom.max * hi, exact, best: lo >= 1 ? atom.best : null };
  }

  private quantifier(): [number, number] | null {
    const c = this.src[this.at];
    if (c === '*' || c === '+' || c === '?') {
      this.at++;
      return c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    }
    if (c !== '{') return null;
    const m = /^\{(\d+)(,(\d*))?\}/u.exec(this.src.slice(this.at));
    if (!m) {
      if (this.unicode) throw new Unknown();
      return null; // a literal brace without `u`
    }
    this.at += m[0].length;
    return [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
  }

  private atom(): Piece {
    const src = this.src;
    const c = src[this.at];
    if (c === '(') {
      this.at++;
      let lookaround = false;
      if (src.startsWith('?:', this.at)) this.at += 2;
      else if (src.startsWith('?=', this.at) || src.startsWith('?!', this.at)) (this.at += 2), (lookaround = true);
      else if (src.startsWith('?<=', this.at) || src.startsWith('?<!', this.at)) (this.at += 3), (lookaround = true);
      else if (src[this.at] === '?') throw new Unknown(); // named groups: a back-reference may name them
      const inner = this.alternation();
      if (src[this.at] !== ')') throw new Unknown();
      this.at++;
      return lookaround ? assertion() : inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '^' || c === '$') {
      this.at++;
      return assertion();
    }
    if (c === '.') {
      this.at++;
      return oneOf(null, this.unicode ? 2 : 1);
    }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === ']' || c === '{' || c === '}') throw new Unknown();
    const ch = this.unicode ? String.fromCodePoint(src.codePointAt(this.at)!) : c;
    this.at += ch.length;
    return oneOf([ch], ch.length);
  }

  private escape(): Piece {
    const e = this.src[this.at + 1];
    if (e === 'b' || e === 'B') {
      this.at += 2;
      return assertion();
    }
    if (e === 'd' || e === 'w' || e === 's') {
      this.at += 2;
      return oneOf(null, 1);
    }
    if (e === 'D' || e === 'W' || e === 'S') {
      this.at += 2;
      return oneOf(null, this.unicode ? 2 : 1);
    }
    if (e === 'p' || e === 'P') {
      const end = this.src.indexOf('}', this.at);
      if (!this.unicode || end < 0) throw new Unknown();
      this.at = end + 1;
      return oneOf(null, 2);
    }
    const ch = this.escapedChar();
    return oneOf([ch], ch.length);
  }

  /** The one character a `\` escape outside the named classes stands for. */
  private escapedChar(): string {
    const src = this.src;
    const e = src[this.at + 1];
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    if (e in simple) return (this.at += 2), simple[e];
    const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\})/u.exec(src.slice(this.at + 1));
    if (hex) {
      this.at += 1 + hex[0].length;
      const code = parseInt(hex[1] ?? hex[2] ?? hex[3], 16);
      if (hex[3] !== undefined && !this.unicode) throw new Unknown();
      return String.fromCodePoint(code);
    }
    // Escaped syntax characters stand for themselves; back-references, `\0`, `\c` and the rest are not modelled.
    if (e === undefined || !/[\\^$.*+?()[\]{}|/\-,:=!<>'"#%&~@` ]/u.test(e)) throw new Unknown();
    this.at += 2;
    return e;
  }

  /** `[...]`: its characters when few and plain, else any one character. */
  private characterClass(): Piece {
    const src = this.src;
    this.at++;
    const negated = src[this.at] === '^';
    if (negated) this.at++;
    let chars: string[] | null = [];
    let wide = false;
    const member = (): string | null => {
      if (src[this.at] === '\\') {
        const e = src[this.at + 1];
        if (e === 'p' || e === 'P') {
          const end = src.indexOf('}', this.at);
          if (end < 0) throw new Unknown();
          this.at = end + 1;
          wide = true;
          return null;
        }
        if ('dDwWsS'.includes(e)) {
          this.at += 2;
          wide ||= e !== 'd' && e !== 'w' && e !== 's';
          return null;
        }
        if (e === 'b') return (this.at += 2), '\b';
        return this.escapedChar();
      }
      const ch = this.unicode ? String.fromCodePoint(src.codePointAt(this.at)!) : src[this.at];
      this.at += ch.length;
      return ch;
    };
    while (src[this.at] !== ']') {
      if (this.at >= src.length) throw new Unknown();
      const from = member();
      let to = from;
      if (src[this.at] === '-' && src[this.at + 1] !== ']') {
        this.at++;
        to = member();
      }
      if (from === null || to === null) {
        chars = null;
        continue;
      }
      const a = from.codePointAt(0)!;
      const b = to.codePointAt(0)!;
      if (b < a) throw new Unknown();
      if (a > 0xffff || b > 0xffff) wide = true;
      if (chars === null || b - a >= MAX_WORDS) chars = null;
      else for (let k = a; k <= b; k++) chars.push(String.fromCodePoint(k));
    }
    this.at++;
    if (negated || chars === null) return oneOf(null, this.unicode && (negated || wide) ? 2 : 1);
    const set = [...new Set(chars)];
    return oneOf(set.length <= MAX_WORDS ? set : null, Math.max(...set.map((ch) => ch.length)));
  }
}

/** Every word of `a` followed by every word of `b`; null past `MAX_WORDS`. */
function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_WORDS) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** A set of words is of use only if none is empty. */
const usable = (words: readonly string[]): boolean => words.length > 0 && !words.includes('');

/** Drops a word that another one starts (where it occurs, the shorter one occurs at the same place). */
function pruned(words: readonly string[]): string[] {
  const unique = [...new Set(words)];
  return unique.filter((w) => !unique.some((v) => v !== w && w.startsWith(v)));
}

/**
 * The rarest-looking of the candidates: the longer its shortest word (up to a point: beyond six letters a
 * word is rare anyway), the better; then the fewer words (each is one search of the text) and the fewer
 * places to try before each. Spaces at a word's ends are dropped: a native search for a word that opens
 * with a space stops at every space of the text.
 */
function pick(candidates: readonly (RequiredLiterals | null)[]): RequiredLiterals | null {
  let best: RequiredLiterals | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    if (c === null) continue;
    const trimmed = trim(c);
    if (!usable(trimmed.words)) continue;
    const shortest = Math.min(...trimmed.words.map((w) => w.length));
    const score = Math.min(6, shortest) * 100 - trimmed.words.length - (trimmed.within > 32 ? 150 : trimmed.within * 2);
    if (score > bestScore) (best = trimmed), (bestScore = score);
  }
  return best;
}

function trim(c: RequiredLiterals): RequiredLiterals {
  const lead = Math.max(...c.words.map((w) => w.length - w.trimStart().length));
  return { words: pruned(c.words.map((w) => w.trim())), within: c.within + lead };
}
