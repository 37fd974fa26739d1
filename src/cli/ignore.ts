import { picomatch } from './lazy-modules.js';

interface Rule {
  pattern: string;
  /** Matched against names (no slash in the pattern, as in .gitignore), or against the path as yielded. */
  byName: boolean;
  /** A pattern ending in `/` names folders only. */
  foldersOnly: boolean;
  test: (s: string) => boolean;
  used: boolean;
}

/**
 * The --ignore patterns, read as .gitignore, rg and fd read them: a pattern without a slash (`ar-*`,
 * `drafts/`) matches the name of a file or folder at any depth; one with a slash (`**\/drafts/**`,
 * `corpus/old/*.txt`) matches the path as it is listed (without a leading `./`). A folder that matches is
 * left out with everything in it. Each pattern remembers whether it matched anything, so that one that
 * never did (a typo) can be named.
 */
export class IgnoreList {
  private readonly rules: Rule[];

  constructor(patterns: readonly string[]) {
    this.rules = patterns.map((pattern) => {
      const foldersOnly = pattern.endsWith('/');
      const body = foldersOnly ? pattern.replace(/\/+$/, '') : pattern;
      const byName = !body.includes('/');
      const glob = byName ? body : stripDotSlash(body);
      return { pattern, byName, foldersOnly, test: picomatch(glob, { dot: true }), used: false };
    });
  }

  get empty(): boolean {
    return this.rules.length === 0;
  }

  file(path: string, name: string): boolean {
    return this.match(path, name, false);
  }

  folder(path: string, name: string): boolean {
    return this.match(path, name, true);
  }

  /** The patterns that matched nothing so far. */
  unused(): string[] {
    return this.rules.filter((r) => !r.used).map((r) => r.pattern);
  }

  private match(path: string, name: string, folder: boolean): boolean {
    let hit = false;
    for (const rule of this.rules) {
      if (rule.foldersOnly && !folder) continue;
      if (rule.test(rule.byName ? name : stripDotSlash(path))) {
        rule.used = true;
        hit = true;
      }
    }
    return hit;
  }
}

const stripDotSlash = (p: string): string => (p.startsWith('./') ? p.slice(2) : p);
