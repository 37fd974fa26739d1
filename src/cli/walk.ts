import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import picomatch from 'picomatch';

export interface WalkOptions {
  /** File endings to keep, without dots (`txt`). */
  ext: readonly string[];
  /** Glob patterns of paths to leave out, matched against the path as it is yielded (as fast-glob does). */
  ignore: readonly string[];
}

/** A directory on the path being walked, by device and inode: a symbolic link back to one is a loop. */
type DirId = string;

/**
 * The files below `root` whose names end in one of `ext`, as `root/<relative path>`, streamed in the order
 * of their full paths compared by code units: the order a sorted glob listing gives, without ever holding
 * more than one directory's listing per level in memory. Entries starting with a dot are skipped; symbolic
 * links are followed, and one leading back to a directory being walked is not entered again. A directory
 * that cannot be listed is yielded as if it were a file, so reading it reports the reason (EACCES, ENOENT)
 * for that path while the rest of the walk goes on.
 */
export async function* walkFiles(root: string, options: WalkOptions): AsyncGenerator<string> {
  const endings = options.ext.map((e) => `.${e.replace(/^\./, '')}`).filter((e) => e.length > 1);
  const ignored = matcherOf(options.ignore);
  // A pattern that ends in `**` also rules out the folders it names, whose files it would all match anyway
  // (fast-glob prunes the same way); other patterns are asked about files only.
  const pruned = matcherOf(options.ignore.filter((p) => /(?:^|\/)\*\*$/.test(p)));
  const top = root.replace(/\/+$/, '') || '/';
  const rootId = await dirId(top);
  yield* walk(top, rootId === null ? [] : [rootId], endings, { ignored, pruned });
}

/** Paths are matched without a leading `./`, as fast-glob reads patterns. */
function matcherOf(patterns: readonly string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const matches = picomatch([...patterns], { dot: false });
  return (p) => matches(p.startsWith('./') ? p.slice(2) : p);
}

/** `dir/name`, written as a glob listing writes it: no `./` for the current folder, one slash below `/`. */
const childPath = (dir: string, name: string): string => (dir === '.' ? name : dir === '/' ? `/${name}` : `${dir}/${name}`);

interface Filters {
  ignored: (path: string) => boolean;
  pruned: (path: string) => boolean;
}

async function* walk(dir: string, ancestors: readonly DirId[], endings: readonly string[], filters: Filters): AsyncGenerator<string> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    yield dir;
    return;
  }
  // A directory sorts as its name plus '/', so walking depth first yields full paths in code-unit order.
  const listed: { key: string; path: string; dir: boolean }[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = childPath(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (target === null) continue; // a broken link names nothing to read
      isDir = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDir) listed.push({ key: `${entry.name}/`, path, dir: true });
    else if (isFile && endings.some((e) => entry.name.endsWith(e))) listed.push({ key: entry.name, path, dir: false });
  }
  listed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const entry of listed) {
    if (!entry.dir) {
      if (!filters.ignored(entry.path)) yield entry.path;
      continue;
    }
    if (filters.pruned(entry.path)) continue;
    const id = await dirId(entry.path);
    if (id !== null && ancestors.includes(id)) continue;
    yield* walk(entry.path, id === null ? ancestors : [...ancestors, id], endings, filters);
  }
}

async function dirId(path: string): Promise<DirId | null> {
  const st = await stat(path).catch(() => null);
  return st === null ? null : `${st.dev}:${st.ino}`;
}
