/**
 * The line rules of a report's rule sets, compiled once so that asking every line of every report costs
 * little: the rules a line cannot match are ruled out by its length and the first letter of its body,
 * and a line is lower-cased only when a rule with words that have case gets that far.
 *
 * What makes the shortcuts exact: `toLowerCase` maps each code point on its own (the one exception, a
 * final Σ, needs a cased letter before it, so never at the start), and the only characters whose lower
 * case holds an ASCII character or one of the Arabic block are that character and its capital (`i` and
 * `k` also come from `İ` and the Kelvin sign; test/boilerplate/matching.test.ts checks this). So a word
 * made only of uncased characters (Arabic, digits, punctuation) is in the lower-cased line exactly where
 * it is in the line itself, and an ASCII piece of a word is in the lower-cased line only where the line
 * holds it in some mix of cases, or holds `İ` or the Kelvin sign.
 */
import { anchorOf } from './anchors.js';
import { DEFAULT_MAX_LINE } from './lexicon.js';
import type { BoilerplateKind } from '../contract/types.js';
import { anyOfExpression, PhraseSet } from './phrase-set.js';
import type { LanguageRules, LineRule } from './types.js';

/**
 * A rule's word list, split by case: `uncased` words are looked for in the line as written, `cased` ones
 * (lower-cased) in the lower-cased line. Prefixes go in a trie; the words a line may hold anywhere in one
 * regular expression of literals (one native scan of the line instead of one per word).
 */
interface Prefixes {
  uncased: PhraseSet | null;
  cased: PhraseSet | null;
}

interface Infixes {
  uncased: RegExp | null;
  /** All cased words, tested against the lower-cased line: the exact test, run when a prefilter passes. */
  cased: RegExp | null;
  /**
   * The prefilter: the longest ASCII run of every cased word, ignoring ASCII case, or `İ` or the Kelvin
   * sign; null when a cased word has no ASCII character to look for.
   */
  ascii: RegExp | null;
  uncasedWords: string[];
  /** The longest ASCII piece of each cased word. */
  runs: string[];
}

export interface CompiledRule {
  kind: BoilerplateKind;
  /** `<set id>/<rule name>`. */
  rule: string;
  maxLength: number;
  firstLineOnly: boolean;
  needsNeighbour: boolean;
  /** Lower-cased first code of every `equals` and `startsWith` word: the line's must be one of them. */
  firsts: Uint32Array | null;
  equals: Set<string> | null;
  startsWith: Prefixes | null;
  contains: Infixes | null;
  pattern: RegExp | null;
  /**
   * Whether the rule's scans join the shared ones (`CompiledRules`): not when it has a cheaper test first
   * (`equals`, `startsWith`) or is asked of few lines (`firstLineOnly`, `needsNeighbour`); their words
   * would only slow the scan of every line.
   */
  shared: boolean;
  /**
   * Whether the rule's pattern is in the shared union (`CompiledRules.pattern`): a shared rule with words
   * to look for is ruled out by them first, so its pattern (often unanchored, costly to try at every
   * place of every line) stays out of the union that every line is tested against.
   */
  inUnion: boolean;
}

/** A character whose lower case is itself and that no other character lower-cases to (see above). */
export const isUncasedUnit = (c: number): boolean =>
  (c < 0x80 && !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) || (c >= 0x0600 && c <= 0x06ff);

function byCase(list: readonly string[]): { uncased: string[]; cased: string[] } {
  const lower = [...new Set(list.map((w) => w.toLowerCase()))];
  const uncased = lower.filter((w) => [...w].every((ch) => isUncasedUnit(ch.charCodeAt(0))));
  return { uncased, cased: lower.filter((w) => !uncased.includes(w)) };
}

function prefixes(list: readonly string[]): Prefixes {
  const { uncased, cased } = byCase(list);
  return { uncased: uncased.length > 0 ? new PhraseSet(uncased) : null, cased: cased.length > 0 ? new PhraseSet(cased) : null };
}

const anyOf = anyOfExpression;

/** The longest ASCII piece of a lower-cased word ('' when it has none). */
const asciiRun = (w: string): string => (w.match(/[\0-\x7f]+/gu) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');

/**
 * Without the `u` flag, `i` matches ASCII letters in either case and never a character beyond ASCII; the
 * lower case of a line holds an ASCII letter only where the line holds it (in either case), `İ` or the
 * Kelvin sign. So a line this does not match holds none of the words once lower-cased.
 */
const asciiPrefilter = (runs: readonly string[]): RegExp | null => (runs.includes('') ? null : anyOf(runs, 'i', '[\u0130\u212a]'));

function infixes(list: readonly string[]): Infixes {
  const { uncased, cased } = byCase(list);
  const runs = cased.map(asciiRun);
  return {
    uncased: anyOf(uncased, 'u'),
    cased: anyOf(cased, 'u'),
    ascii: cased.length > 0 ? asciiPrefilter(runs) : null,
    uncasedWords: uncased,
    runs,
  };
}

/**
 * The compiled rules, and what any of them looks for anywhere in a line, in one expression each: most
 * lines match none, and then one native scan rules out every rule that would scan the line for it.
 */
export interface CompiledRules {
  /** In order, the rules the first non-blank line is asked, any other line, and a line next to boilerplate. */
  firstLine: CompiledRule[];
  otherLines: CompiledRule[];
  neighbour: CompiledRule[];
  /**
   * `firstLine` and `otherLines` by the lower-cased first code of a line below U+0700: only the rules
   * whose `firsts` allow it, so a line does not walk past every anchored rule.
   */
  firstLineByFirst: CompiledRule[][];
  otherLinesByFirst: CompiledRule[][];
  /**
   * By line length, ascending: what the `shared` rules that take a line up to `upTo` long look for
   * anywhere in it (their uncased words, the ASCII prefilter of their cased ones) in one expression. A line
   * it does not match is ruled out of them all by one scan, and a long line is scanned only for the words
   * of the few rules that take it. `scan` null: it cannot tell (a cased word with no ASCII character).
   */
  infixes: { upTo: number; scan: RegExp | null }[];
  /** Any pattern of a `shared` rule; null when the patterns' flags differ. */
  pattern: RegExp | null;
}

const compiled = new WeakMap<readonly LanguageRules[], CompiledRules>();

export function compileLineRules(sets: readonly LanguageRules[]): CompiledRules {
  let out = compiled.get(sets);
  if (out) return out;
  const rules = sets.flatMap((set) => set.lines.map((r) => compile(set.id, r)));
  const everyLine = rules.filter((r) => r.shared);
  const withWords = everyLine.filter((r) => r.contains);
  const limits = [...new Set(withWords.map((r) => r.maxLength))].sort((a, b) => a - b);
  const firstLine = rules.filter((r) => !r.needsNeighbour);
  const otherLines = rules.filter((r) => !r.needsNeighbour && !r.firstLineOnly);
  out = {
    firstLine,
    otherLines,
    neighbour: rules.filter((r) => r.needsNeighbour),
    firstLineByFirst: byFirstCode(firstLine),
    otherLinesByFirst: byFirstCode(otherLines),
    infixes: limits.map((upTo) => ({ upTo, scan: infixScan(withWords.filter((r) => r.maxLength >= upTo).map((r) => r.contains!)) })),
    pattern: union(everyLine.flatMap((r) => (r.pattern && r.inUnion ? [r.pattern] : []))),
  };
  compiled.set(sets, out);
  return out;
}

/**
 * Uncased words hold no ASCII letter, so one expression takes both them and the ASCII runs of the cased
 * ones, each ASCII letter in either case (`k` also as the Kelvin sign, a run's last `i` also as `İ`, see
 * `anyOfExpression`).
 */
function infixScan(list: readonly Infixes[]): RegExp | null {
  const runs = list.flatMap((c) => c.runs);
  // Each word from its rarest character on (anchors.ts): a line holds that end wherever it holds the word,
  // and the scan, which tries every place of every line, rules most places out by their first character.
  return runs.includes('') ? null : anyOf([...list.flatMap((c) => c.uncasedWords), ...runs].map((w) => anchorOf(w).needle), '', '', true);
}

/** For every code below U+0700, the rules a line whose lower case starts with it may match, in order. */
function byFirstCode(rules: readonly CompiledRule[]): CompiledRule[][] {
  // A code no anchored rule starts with keeps only the unanchored rules: one list for all such codes.
  const unanchored = rules.filter((r) => !r.firsts);
  const shared = new Map<string, CompiledRule[]>(); // codes that keep the same rules share one list
  const out: CompiledRule[][] = [];
  for (let c = 0; c < 0x700; c++) {
    const bit = (r: CompiledRule) => r.firsts !== null && (r.firsts[c >>> 5] & (1 << (c & 31))) !== 0;
    if (!rules.some(bit)) {
      out.push(unanchored);
      continue;
    }
    let key = '';
    const kept: CompiledRule[] = [];
    for (let k = 0; k < rules.length; k++) if (!rules[k].firsts || bit(rules[k])) (kept.push(rules[k]), (key += `${k},`));
    let list = shared.get(key);
    if (!list) shared.set(key, (list = kept));
    out.push(list);
  }
  return out;
}

/** One expression that matches where any of `patterns` does; null when there are none or their flags differ. */
function union(patterns: readonly RegExp[]): RegExp | null {
  const flags = patterns[0]?.flags;
  if (flags === undefined || /[gmy]/u.test(flags) || patterns.some((p) => p.flags !== flags)) return null;
  try {
    return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags);
  } catch {
    return null; // e.g. two patterns name the same group
  }
}

function compile(id: string, r: LineRule): CompiledRule {
  const anchored = [...(r.equals ?? []), ...(r.startsWith ?? [])];
  return {
    kind: r.kind,
    rule: `${id}/${r.name}`,
    maxLength: r.maxLength ?? DEFAULT_MAX_LINE,
    firstLineOnly: r.firstLineOnly === true,
    needsNeighbour: r.needsNeighbour === true,
    firsts: anchored.length > 0 && !anchored.includes('') ? bits(anchored.map((w) => w.toLowerCase().charCodeAt(0))) : null,
    equals: r.equals ? new Set(r.equals.map((w) => w.toLowerCase())) : null,
    startsWith: r.startsWith ? prefixes(r.startsWith) : null,
    contains: r.contains ? infixes(r.contains) : null,
    pattern: r.pattern ?? null,
    shared: !r.firstLineOnly && !r.needsNeighbour && !r.equals && !r.startsWith,
    inUnion: !r.firstLineOnly && !r.needsNeighbour && !r.equals && !r.startsWith && !r.contains,
  };
}

/** A bit set of UTF-16 codes. */
function bits(codes: readonly number[]): Uint32Array {
  const set = new Uint32Array(0x10000 >>> 5);
  for (const c of codes) set[c >>> 5] |= 1 << (c & 31);
  return set;
}

/** The lower-cased first code of `text[start..]`: the first code of the lower-cased line. */
function firstLowerUnit(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  // Latin-1 signs, Arabic and general punctuation (quotes, dashes) are their own lower case.
  if (c < 0xc0 || (c >= 0x0600 && c <= 0x06ff) || (c >= 0x2000 && c <= 0x206f)) return c;
  return String.fromCodePoint(text.codePointAt(start)!).toLowerCase().charCodeAt(0);
}

/** Whether a line may hold a word of the `shared` rules that take a line as long (the others are not asked). */
function mayHoldInfix(compiled: CompiledRules, body: string): boolean {
  const tiers = compiled.infixes;
  for (let t = 0; t < tiers.length; t++) {
    if (body.length > tiers[t].upTo) continue;
    const scan = tiers[t].scan;
    return scan === null || scan.test(body);
  }
  return true; // no shared rule takes the line: never asked
}

/**
 * The first rule that matches the line `text[start, end)` (a line body, not empty): of the neighbour
 * rules when `neighbourPass`, else of the others (`firstLineOnly` ones only when `firstLine`).
 */
export function firstMatch(compiled: CompiledRules, text: string, start: number, end: number, neighbourPass: boolean, firstLine: boolean): CompiledRule | null {
  const length = end - start;
  let body: string | null = null;
  let lower: string | null = null;
  const first = firstLowerUnit(text, start);
  // Whether the line may hold a shared rule's word, or matches a shared rule's pattern: -1 not asked yet.
  let anyInfix = -1;
  let anyPattern = -1;
  const rules = neighbourPass
    ? compiled.neighbour
    : first < 0x700
      ? (firstLine ? compiled.firstLineByFirst : compiled.otherLinesByFirst)[first]
      : firstLine
        ? compiled.firstLine
        : compiled.otherLines;
  for (let k = 0; k < rules.length; k++) {
    const r = rules[k];
    if (length > r.maxLength) continue;
    if (r.firsts && !(r.firsts[first >>> 5] & (1 << (first & 31)))) continue;
    if (r.equals && !r.equals.has((lower ??= (body ??= text.slice(start, end)).toLowerCase()))) continue;
    if (r.startsWith) {
      const { uncased, cased } = r.startsWith;
      if (!uncased?.startsAt(text, start, end)) {
        if (!cased) continue;
        let starts = cased.startsAtLowered(text, start, end);
        if (starts === null) starts = cased.startsAt((lower ??= (body ??= text.slice(start, end)).toLowerCase()), 0, lower.length);
        if (!starts) continue;
      }
    }
    if (r.contains) {
      if (r.shared) {
        if (anyInfix < 0) anyInfix = mayHoldInfix(compiled, (body ??= text.slice(start, end))) ? 1 : 0;
        if (anyInfix === 0) continue;
      }
      const { uncased, cased, ascii } = r.contains;
      body ??= text.slice(start, end);
      const found = uncased?.test(body) || (cased !== null && (!ascii || ascii.test(body)) && cased.test((lower ??= body.toLowerCase())));
      if (!found) continue;
    }
    if (r.pattern) {
      body ??= text.slice(start, end);
      if (anyPattern < 0 && r.inUnion) anyPattern = compiled.pattern === null || compiled.pattern.test(body) ? 1 : 0;
      if (anyPattern === 0 && r.inUnion) continue;
      r.pattern.lastIndex = 0;
      if (!r.pattern.test(body)) continue;
    }
    return r;
  }
  return null;
}

