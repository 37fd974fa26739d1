import { isUtf8 } from 'node:buffer';
import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';

/** A path as shown to the user, and the same path as the file system knows it (bytes when a name is not UTF-8). */
export interface Found {
  path: string;
  fsPath: string | Buffer;
}

export interface WalkOptions {
  /** Whether a file is wanted, by its path as yielded (`root/<relative path>`) and its name. */
  wants: (path: string, name: string) => boolean;
  /** Whether a folder is left out with everything below it. */
  prunes: (path: string, name: string) => boolean;
  /** How many folders below the root are entered (0: the root's own files only). */
  maxDepth: number;
  /** Whether names starting with a dot are looked at (they are skipped otherwise, as globs skip them). */
  dot: boolean;
  /** Told once per symbolic link that is not followed (a loop, or a folder already walked). */
  warn: (message: string) => void;
  /** A folder that cannot be listed: yielded as if it were a file (so reading it reports why), or passed over. */
  unlistable: 'yield' | 'skip';
}

interface Pending extends Found {
  name: string;
  /** Folders below the root; -1 for a file. */
  depth: number;
  /** A folder reached through a symbolic link. */
  link: boolean;
  /** What the listing is sorted by: the name, with a slash after a folder's. */
  key: string;
}

/**
 * Every entry is made by this one literal: spread copies of a path got a shape of their own nearly every
 * time, and each read of them then went through V8's slow generic path (one per file walked).
 */
function pendingOf(found: Found, name: string, depth: number, link: boolean, key: string): Pending {
  return { path: found.path, fsPath: found.fsPath, name, depth, link, key };
}

/**
 * The files below `root`, streamed in the order of their full paths compared by code units (the order a
 * sorted glob listing gives), without ever holding more than one folder listing per level in memory.
 * Iterative, so a tree thousands of folders deep costs no call stack. Symbolic links are followed, but each
 * real folder is walked once: a link back to a folder being walked (a loop) or to one already walked is
 * named in one warning and not entered.
 */
export async function* walkFiles(root: Found, options: WalkOptions): AsyncGenerator<Found> {
  const top = trimSlashes(root);
  const walked = new Map<string, string>();
  const rootStat = await stat(top.fsPath).catch(() => null);
  if (rootStat) walked.set(dirId(rootStat), top.path);
  const pending: Pending[] = [pendingOf(top, '', 0, false, '')];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next.depth < 0) {
      yield { path: next.path, fsPath: next.fsPath };
      continue;
    }
    const listed = await list(next, options);
    if (listed === null) {
      if (options.unlistable === 'yield') yield { path: next.path, fsPath: next.fsPath };
      else if (next.depth > 0) options.warn(`${next.path} cannot be listed (no permission?); skipped`);
      continue;
    }
    // Pushed last-first, so the smallest path is popped first.
    for (let i = listed.length - 1; i >= 0; i--) pending.push(listed[i]!);
  }

  async function list(dir: Pending, opts: WalkOptions): Promise<Pending[] | null> {
    if (dir.depth > 0) {
      // A folder's identity is asked only when it is entered: a link to one already walked is a loop or a repeat.
      const st = await stat(dir.fsPath).catch(() => null);
      if (st) {
        const id = dirId(st);
        const first = walked.get(id);
        if (first !== undefined) {
          opts.warn(dir.link
            ? `${dir.path} leads to ${first} again (a symbolic link loop, or a second link to one folder); not followed`
            : `${dir.path} was already read as ${first} (through a symbolic link); not read again`);
          return [];
        }
        walked.set(id, dir.path);
      }
    }
    const entries = await listNames(dir.fsPath);
    if (entries === null) return null;
    // A folder sorts as its name plus '/', so walking depth first yields full paths in code-unit order.
    const out: Pending[] = [];
    for (const entry of entries) {
      if (!opts.dot && entry.name.startsWith('.')) continue;
      const child = childOf(dir, entry.name, entry.raw);
      let isDir = entry.dirent.isDirectory();
      let isFile = entry.dirent.isFile();
      const link = entry.dirent.isSymbolicLink();
      if (link) {
        const target = await stat(child.fsPath).catch(() => null);
        if (target === null) continue; // a broken link names nothing to read
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDir) {
        if (dir.depth >= opts.maxDepth || opts.prunes(child.path, entry.name)) continue;
        out.push(pendingOf(child, entry.name, dir.depth + 1, link, `${entry.name}/`));
      } else if (isFile && opts.wants(child.path, entry.name)) {
        out.push(pendingOf(child, entry.name, -1, link, entry.name));
      }
    }
    out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return out;
  }
}

interface Named {
  name: string;
  /** The name's bytes when they are not UTF-8 (the name then shows U+FFFD where they were). */
  raw: Buffer | null;
  dirent: Dirent;
}

/**
 * A folder's entries. Names are read as text; only a listing where some name did not decode (U+FFFD) is read
 * again as bytes, so such a file can still be opened.
 */
async function listNames(dir: string | Buffer): Promise<Named[] | null> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return null;
  }
  if (!entries.some((e) => e.name.includes('\uFFFD'))) return entries.map((dirent) => ({ name: dirent.name, raw: null, dirent }));
  try {
    const raw = (await readdir(dir, { withFileTypes: true, encoding: 'buffer' })) as unknown as (Dirent & { name: Buffer })[];
    return raw.map((dirent) => {
      const bytes = dirent.name as unknown as Buffer;
      return { name: bytes.toString('utf8'), raw: isUtf8(bytes) ? null : bytes, dirent };
    });
  } catch {
    return null;
  }
}

/** `dir/name`, written as a glob listing writes it: no `./` for the current folder, one slash below `/`. */
function childOf(dir: Found, name: string, raw: Buffer | null): Found {
  const path = dir.path === '.' ? name : dir.path === '/' ? `/${name}` : `${dir.path}/${name}`;
  if (raw === null && typeof dir.fsPath === 'string') return { path, fsPath: joinText(dir.fsPath, name) };
  const parent = typeof dir.fsPath === 'string' ? Buffer.from(dir.fsPath) : dir.fsPath;
  const prefix = dir.path === '.' ? Buffer.alloc(0) : parent.length === 1 && parent[0] === 0x2f ? parent : Buffer.concat([parent, SLASH]);
  return { path, fsPath: Buffer.concat([prefix, raw ?? Buffer.from(name)]) };
}

const SLASH = Buffer.from('/');
const joinText = (dir: string, name: string): string => (dir === '.' ? name : dir === '/' ? `/${name}` : `${dir}/${name}`);

function trimSlashes(root: Found): Found {
  const path = root.path.replace(/\/+$/, '') || '/';
  if (typeof root.fsPath === 'string') return { path, fsPath: root.fsPath.replace(/\/+$/, '') || '/' };
  let end = root.fsPath.length;
  while (end > 1 && root.fsPath[end - 1] === 0x2f) end--;
  return { path, fsPath: root.fsPath.subarray(0, end) };
}

const dirId = (st: Stats): string => `${st.dev}:${st.ino}`;
