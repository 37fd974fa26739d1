import { fastGlob, isDynamicPattern, picomatch } from './lazy-modules.js';

/** What walking for one glob pattern needs: where to start, which files it wants, which folders may hold some. */
export interface PatternPlan {
  /** The deepest folder every match is under (`a/b` for `a/b/**\/*.txt`, `a` for `a/{b,c}/*.txt`). */
  base: string;
  wants: (path: string) => boolean;
  /** Whether a folder (its path as listed) can hold a match, so a walk never enters one that cannot. */
  enters: (path: string) => boolean;
  /** The pattern names an entry starting with a dot, which walks otherwise skip. */
  dot: boolean;
}

/**
 * Plans the walk for a pattern: fast-glob expands its braces into one pattern per alternative (each with its
 * own static base), and each pattern is then matched segment by segment, so `{ar,en}/*.txt` lists `ar` and
 * `en` alone, not every folder below the current one.
 */
export function planPattern(pattern: string): PatternPlan {
  const expanded = fastGlob().generateTasks(pattern).flatMap((task) => task.positive.map((p) => ({ pattern: strip(p), base: strip(task.base) })));
  const alternatives = expanded.length > 0 ? expanded : [{ pattern: strip(pattern), base: '.' }];
  const matchers = alternatives.map((a) => picomatch(a.pattern, { dot: false }));
  const prefixes = alternatives.map((a) => segmentMatchers(a.pattern));
  const common = commonFolder(alternatives.map((a) => a.base));
  return {
    // Paths are listed as the pattern was written: `./a/**` lists `./a/x.txt`, as fast-glob did.
    base: pattern.startsWith('./') && common !== '.' && !common.startsWith('/') ? `./${common}` : common,
    wants: (p) => matchers.some((m) => m(strip(p))),
    enters: (p) => prefixes.some((segments) => canHoldMatch(segments, strip(p).split('/'))),
    dot: alternatives.some((a) => a.pattern.split('/').some((part) => part.startsWith('.') && part !== '.' && part !== '..')),
  };
}

type Segment = '**' | ((name: string) => boolean);

function segmentMatchers(pattern: string): Segment[] {
  return pattern.split('/').map((part) => {
    if (part === '**') return '**';
    if (part === '' || !isDynamicPattern(part)) return (name: string) => name === part;
    const matches = picomatch(part, { dot: false });
    return (name: string) => matches(name);
  });
}

/** A folder can hold a match when each of its segments matches the pattern's, or a `**` is reached first. */
function canHoldMatch(segments: readonly Segment[], folder: readonly string[]): boolean {
  for (let i = 0; i < folder.length; i++) {
    const segment = segments[i];
    if (segment === '**') return true;
    // The pattern's last segment names files: a folder as deep as that holds none.
    if (segment === undefined || i >= segments.length - 1 || !segment(folder[i]!)) return false;
  }
  return true;
}

/** The deepest folder all of `folders` are in (by whole segments). */
function commonFolder(folders: readonly string[]): string {
  const split = folders.map((f) => f.split('/'));
  const first = split[0] ?? ['.'];
  let n = 0;
  while (n < first.length && split.every((s) => s[n] === first[n])) n++;
  const common = first.slice(0, n).join('/');
  return common === '' ? (first[0] === '' && n > 0 ? '/' : '.') : common;
}

const strip = (p: string): string => (p.startsWith('./') ? p.slice(2) || '.' : p);
