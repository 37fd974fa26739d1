import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDynamicPattern, picomatch } from './lazy-modules.js';

/**
 * Where a run reads: the files named on the command line, the folders it walks (with the endings it takes
 * there) and its glob patterns. Asked before anything is written, so that no output lands on a file that is
 * an input or that the run has still to read (`--ext txt,json --out-dir in in`).
 */
export class InputPlaces {
  private readonly files = new Set<string>();
  private readonly dirs: string[] = [];
  private readonly patterns: ((p: string) => boolean)[] = [];
  private readonly endings: string[];

  constructor(inputs: readonly string[], ext: readonly string[]) {
    this.endings = ext.map((e) => `.${e.replace(/^\./, '').toLowerCase()}`).filter((e) => e.length > 1);
    for (const input of inputs) {
      if (input === '-') continue;
      const kind = kindOf(input);
      if (kind === 'dir') this.dirs.push(real(input));
      else if (kind === 'file' || !isDynamicPattern(input)) this.files.add(real(input));
      else {
        const match = picomatch(input.split(path.sep).join('/'), { dot: false });
        const absolute = path.isAbsolute(input);
        this.patterns.push((p) => match(absolute ? p : path.relative(process.cwd(), p).split(path.sep).join('/')));
      }
    }
  }

  /** Why `target` (an absolute path) must not be written, or null when nothing reads it. */
  conflict(target: string): string | null {
    const where = real(target);
    if (this.files.has(where)) return `${target} is an input`;
    const name = path.basename(where);
    const taken = !name.startsWith('.') && this.endings.some((e) => name.toLowerCase().endsWith(e));
    const dir = this.dirs.find((d) => where.startsWith(d + path.sep));
    if (dir && taken) return `${target} is in the folder ${dir}, which is read for *${path.extname(name)} files`;
    if (this.patterns.some((matches) => matches(where))) return `${target} matches an input pattern`;
    return null;
  }

  /**
   * Why a folder of outputs named `*.<ending>` must not be `dir`, or null: it lies in a folder that is read
   * for files with that ending, so its outputs would be read as inputs (now or by the next run over it).
   */
  folderConflict(dir: string, outputEndings: readonly string[]): string | null {
    const where = real(dir);
    const read = this.dirs.find((d) => where === d || where.startsWith(d + path.sep));
    const clash = outputEndings.find((e) => this.endings.includes(e));
    if (read && clash) return `${dir} is inside ${read}, which is read for *${clash} files: outputs would be read as inputs`;
    return null;
  }
}

function kindOf(p: string): 'file' | 'dir' | 'other' | null {
  try {
    const st = statSync(p);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
  } catch {
    return null;
  }
}

/** The real path of `p`, or of its deepest existing ancestor joined with the rest (for files still to be made). */
export function real(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(real(parent), path.basename(abs));
  }
}
