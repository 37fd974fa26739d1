import { statSync } from 'node:fs';
import path from 'node:path';
import { IgnoreList } from './ignore.js';
import { planPattern, type PatternPlan } from './pattern.js';
import { rawArgBytes } from './raw-args.js';
import { walkFiles, type Found, type WalkOptions } from './walk.js';
import { isDynamicPattern } from './lazy-modules.js';

/** One thing to read: a file path (as the user would recognise it) or standard input. */
export type InputRef =
  | {
      kind: 'file';
      path: string;
      /** The same path as the file system knows it, when some name in it is not UTF-8 (`path` shows U+FFFD there). */
      fsPath?: string | Buffer;
      /** The path below the directory or pattern base it was found under. */
      rel: string;
    }
  | { kind: 'stdin' };

export interface ExpandOptions {
  /** File endings a directory is searched for, without dots (`txt`), in any case. */
  ext: string[];
  ignore: string[];
  /** Paths read from a --files-from list, after the named inputs. */
  filesFrom?: AsyncIterable<Found>;
  /** Told about what is worth knowing but does not stop the run (a symbolic link loop, an unused --ignore). */
  warn?: (message: string) => void;
}

export class UsageError extends Error {}

/**
 * Expands the command line's inputs in the order given: `-` is standard input; an existing directory is
 * searched recursively for files with the wanted endings; a glob pattern is expanded; anything else is taken
 * as a file path (a missing one becomes an ENOENT record later, not a usage error). What a directory or
 * pattern expands to is sorted, and each file is read once even when several arguments name it. Directories
 * and patterns are walked as streams. A run with nothing to read is a usage error.
 */
export async function* expandInputs(args: readonly string[], options: ExpandOptions): AsyncGenerator<InputRef> {
  const warn = options.warn ?? (() => {});
  const ignore = new IgnoreList(options.ignore);
  const raw = rawArgBytes(args);
  // Only several arguments can name a file twice; one folder's walk never does, and remembering each of its
  // paths would make memory grow with the number of files.
  const seen = args.length > 1 || options.filesFrom ? new Set<string>() : null;
  let yielded = 0;
  const empty: string[] = [];
  const once = (found: Found, base: string): InputRef | null => {
    if (seen) {
      const key = path.resolve(found.path);
      if (seen.has(key)) return null;
      seen.add(key);
    }
    yielded++;
    const ref: InputRef = { kind: 'file', path: found.path, rel: path.relative(base, found.path) || path.basename(found.path) };
    if (found.fsPath !== found.path) ref.fsPath = found.fsPath;
    return ref;
  };
  const expandOne = async function* (found: Found, literal: boolean): AsyncGenerator<InputRef> {
    const kind = statKind(found.fsPath);
    if (kind === 'dir') {
      let inFolder = 0;
      for await (const file of walkFiles(found, folderWalk(options.ext, ignore, warn))) {
        const ref = once(file, found.path);
        inFolder++;
        if (ref) yield ref;
      }
      if (inFolder === 0) empty.push(found.path);
    } else if (literal || kind !== null || !isDynamicPattern(found.path)) {
      // Named or listed, a file keeps its path below the current folder under --out-dir (as rsync --files-from does).
      const ref = once(found, namedFileBase(found.path));
      if (ref) yield ref;
    } else {
      const plan = planPattern(toPosix(found.path));
      let matched = 0;
      for await (const file of walkFiles({ path: plan.base, fsPath: plan.base }, patternWalk(plan, ignore, warn))) {
        matched++;
        const ref = once(file, plan.base);
        if (ref) yield ref;
      }
      if (matched === 0) throw new UsageError(`no file matches the pattern ${JSON.stringify(found.path)}`);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      yielded++;
      yield { kind: 'stdin' };
      continue;
    }
    yield* expandOne({ path: arg, fsPath: raw.get(arg) ?? arg }, false);
  }
  // Listed names are paths, never patterns: a file may be called `*.txt`.
  if (options.filesFrom) for await (const listed of options.filesFrom) yield* expandOne(listed, true);
  for (const pattern of ignore.unused()) warn(`--ignore ${JSON.stringify(pattern)} matched nothing`);
  const wanted = `${describeExt(options.ext)} file${ignore.empty ? '' : ' that --ignore leaves in'}`;
  if (yielded === 0) {
    throw new UsageError(`nothing to parse: ${empty.length > 0 ? `no ${wanted} in ${empty.join(', ')} (see --ext)` : 'the --files-from list is empty'}`);
  }
  for (const folder of empty) warn(`${folder} holds no ${wanted} (see --ext)`);
}

/** How a named folder is walked: files with the wanted endings (in any case), less what --ignore names. */
export function folderWalk(ext: readonly string[], ignore: IgnoreList, warn: (m: string) => void): WalkOptions {
  const endings = ext.map((e) => `.${e.replace(/^\./, '').toLowerCase()}`).filter((e) => e.length > 1);
  return {
    wants: (p, name) => {
      const lower = name.toLowerCase();
      return endings.some((e) => lower.endsWith(e)) && !ignore.file(p, name);
    },
    prunes: (p, name) => ignore.folder(p, name),
    maxDepth: Infinity,
    dot: false,
    warn,
    unlistable: 'yield',
  };
}

/** A pattern's walk: from its base, into the folders that can hold a match, keeping the files that match. */
function patternWalk(plan: PatternPlan, ignore: IgnoreList, warn: (m: string) => void): WalkOptions {
  return {
    wants: (p, name) => plan.wants(p) && !ignore.file(p, name),
    prunes: (p, name) => !plan.enters(p) || ignore.folder(p, name),
    maxDepth: Infinity,
    dot: plan.dot,
    warn,
    unlistable: 'skip',
  };
}

const describeExt = (ext: readonly string[]): string => ext.map((e) => `*.${e.replace(/^\./, '')}`).join(' or ');

/** What a path is now: a file, a directory, something else, or nothing (null). */
export function statKind(p: string | Buffer): 'file' | 'dir' | 'other' | null {
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
