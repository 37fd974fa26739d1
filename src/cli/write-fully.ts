import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/**
 * An output that could not be written (a full disk, a file-size limit, an I/O error, a closed reader that is
 * not a pipe). It ends the run with exit 74 and one line on stderr; nothing incomplete is left under a final
 * name.
 */
export class OutputError extends Error {
  constructor(
    readonly target: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'OutputError';
  }

  static from(target: string, err: unknown): OutputError {
    if (err instanceof OutputError) return err;
    const e = err as NodeJS.ErrnoException;
    return new OutputError(target, e?.code, `cannot write ${target}: ${describeWriteError(e)}`);
  }
}

/** Exit status of a run whose output could not be written (sysexits' EX_IOERR). */
export const EXIT_OUTPUT = 74;

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large (a file-size limit such as ulimit -f)',
  EIO: 'input/output error',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'it already exists',
  EXDEV: 'not on the same file system',
  EPIPE: 'the reader went away',
};

export function describeWriteError(err: NodeJS.ErrnoException | undefined): string {
  const code = err?.code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  return code ? `${err?.message ?? code}` : String(err?.message ?? err);
}

/**
 * Writes every byte of `data` to `fd`: `writeSync` may write fewer bytes than asked (a file-size limit cuts
 * a write short before failing the next one), so it is called again for the rest until all are written or
 * it throws.
 */
export function writeFully(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let at = 0;
  while (at < bytes.byteLength) {
    const n = writeSync(fd, bytes, at, bytes.byteLength - at);
    // A write of 0 bytes for a non-empty buffer would loop for ever; no regular file does it, but be sure.
    if (n <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    at += n;
  }
}

/**
 * A file written under a temporary name beside its final one and renamed only once it is complete and on
 * disk (fsync). `abandon` removes the temporary file; every failure abandons it before throwing, so neither a
 * partial file under the final name nor a stray temporary file stays behind.
 */
export class AtomicFile {
  readonly temp: string;
  private fd: number | null;

  constructor(readonly final: string) {
    this.temp = `${final}.tmp-${process.pid}-${(counter++).toString(36)}`;
    try {
      this.fd = openSync(this.temp, 'wx');
    } catch (err) {
      throw OutputError.from(final, err);
    }
    openTemps.add(this.temp);
  }

  /** The open file, for a writer that writes to it directly (and so must call `abandon` on failure). */
  get descriptor(): number {
    if (this.fd === null) throw new OutputError(this.final, undefined, `cannot write ${this.final}: already closed`);
    return this.fd;
  }

  write(data: string | Uint8Array): void {
    if (this.fd === null) throw new OutputError(this.final, undefined, `cannot write ${this.final}: already closed`);
    try {
      writeFully(this.fd, data);
    } catch (err) {
      this.abandon();
      throw OutputError.from(this.final, err);
    }
  }

  /** fsync, close and rename into place. */
  commit(): void {
    if (this.fd === null) throw new OutputError(this.final, undefined, `cannot write ${this.final}: already closed`);
    const fd = this.fd;
    try {
      fsyncSync(fd);
    } catch (err) {
      this.abandon();
      throw OutputError.from(this.final, err);
    }
    this.fd = null;
    try {
      closeSync(fd);
      renameSync(this.temp, this.final);
      openTemps.delete(this.temp);
    } catch (err) {
      this.abandon();
      throw OutputError.from(this.final, err);
    }
  }

  /** Closes and removes the temporary file (an interrupted run, a failed write); never throws. */
  abandon(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // The file goes away next; a failed close changes nothing.
      }
      this.fd = null;
    }
    openTemps.delete(this.temp);
    try {
      rmSync(this.temp, { force: true });
    } catch {
      // Nothing more can be done about a file that cannot even be removed; the error already said why.
    }
  }
}

let counter = 0;

/**
 * Temporary files not yet renamed or removed. A second SIGINT (or any process.exit) ends the run at once,
 * without the orderly close: the 'exit' handler still removes them, so no `*.tmp-*` file is left behind.
 */
const openTemps = new Set<string>();
process.on('exit', () => {
  for (const temp of openTemps) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The process is ending; nothing more to do.
    }
  }
});
