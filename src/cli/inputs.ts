import fg from 'fast-glob';
import { statSync } from 'node:fs';
import path from 'node:path';
import { walkFiles } from './walk.js';

/** One thing to read: a file path (as the user would recognise it) or standard input. */
export type InputRef =
  | { kind: 'file'; path: string; /** the path below the directory or pattern base it was found under */ rel: string }
  | { kind: 'stdin' };

export interface ExpandOptions {
  /** File endings a directory is searched for, without dots (`txt`). */
  ext: string[];
  ignore: string[];
}

export class UsageError extends Error {}

/**
 * Expands the command line's inputs in the order given: `-` is standard input; an existing directory is
 * searched recursively for files with the wanted endings; a glob pattern is expanded; anything else is taken
 * as a file path (a missing one becomes an ENOENT record later, not a usage error). What a directory or
 * pattern expands to is sorted, and each file is read once even when several arguments name it.
 */
export async function* expandInputs(args: readonly string[], options: ExpandOptions): AsyncGenerator<InputRef> {
  // Only several arguments can name a file twice; one folder's walk never does, and remembering each of its
  // paths would make memory grow with the number of files.
  const seen = args.length > 1 ? new Set<string>() : null;
  const once = (p: string, base: string): InputRef | null => {
    if (seen) {
      const key = path.resolve(p);
      if (seen.has(key)) return null;
      seen.add(key);
    }
    return { kind: 'file', path: p, rel: path.relative(base, p) || path.basename(p) };
  };
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    const kind = statKind(arg);
    if (kind === 'dir') {
      // Streamed, so a folder of millions of reports never has its whole listing in memory.
      for await (const p of walkFiles(toPosix(arg), options)) {
        const ref = once(p, arg);
        if (ref) yield ref;
      }
    } else if (kind === 'file' || !fg.isDynamicPattern(arg)) {
      const ref = once(arg, namedFileBase(arg));
      if (ref) yield ref;
    } else {
      const matches = await glob(toPosix(arg), options);
      if (matches.length === 0) throw new UsageError(`no file matches the pattern ${JSON.stringify(arg)}`);
      const base = staticBase(arg);
      for (const p of matches) {
        const ref = once(p, base);
        if (ref) yield ref;
      }
    }
  }
}

async function glob(pattern: string, options: ExpandOptions): Promise<string[]> {
  const found = await fg(pattern, { ignore: options.ignore, onlyFiles: true, dot: false, followSymbolicLinks: true });
  return found.sort(compareCodeUnits);
}

const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What a path is now: a file, a directory, something else, or nothing (null). */
export function statKind(p: string): 'file' | 'dir' | 'other' | null {
  try {
    const st = statSync(p);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
  } catch {
    return null;
  }
}

/**
 * A file named on the command line keeps its path below the current folder (`d1/a.txt` → `<out-dir>/d1/a.json`),
 * so two named files never share an output; one outside it keeps only its name.
 */
function namedFileBase(file: string): string {
  const below = path.relative(process.cwd(), path.resolve(file));
  return below.startsWith('..') || path.isAbsolute(below) ? path.dirname(file) : process.cwd();
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** The directory part of a glob pattern before its first dynamic segment (`a/b/**\/*.txt` → `a/b`). */
function staticBase(pattern: string): string {
  const parts = toPosix(pattern).split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (part !== '' && fg.isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}
