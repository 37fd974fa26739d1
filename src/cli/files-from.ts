import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { UsageError } from './inputs.js';
import { splitLines } from './split-lines.js';
import type { Found } from './walk.js';

/** Longer than any path a file system takes (PATH_MAX is 4096 on Linux). */
const MAX_PATH_BYTES = 1 << 16;

/**
 * The paths listed in a --files-from file (`-`: standard input), one a line, or NUL-separated with `-0` (as
 * `fd -0`, `find -print0` and `git ls-files -z` write them), read as a stream. Empty entries are skipped; a
 * path that is not UTF-8 keeps its bytes, so it can be opened all the same.
 */
export async function* readFilesFrom(file: string, nulSeparated: boolean, stdin: Readable): AsyncGenerator<Found> {
  const chunks = file === '-' ? stdin : createReadStream(file);
  try {
    for await (const line of splitLines(chunks, nulSeparated ? 0 : 0x0a, MAX_PATH_BYTES)) {
      if (line.bytes === null) throw new UsageError(`--files-from ${file}: entry ${line.number} is longer than any path`);
      const bytes = !nulSeparated && line.bytes.at(-1) === 0x0d ? line.bytes.subarray(0, -1) : line.bytes;
      if (bytes.length === 0) continue;
      const path = bytes.toString('utf8');
      yield { path, fsPath: isUtf8(bytes) ? path : Buffer.from(bytes) };
    }
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`--files-from ${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
}
