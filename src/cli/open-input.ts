import { closeSync, constants, createReadStream, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { Socket } from 'node:net';
import { isatty } from 'node:tty';
import { setTimeout as sleep } from 'node:timers/promises';
import { ReportError } from '../contract/types.js';

/** An input opened for reading: a regular file (read whole, synchronously), or anything else as a stream. */
export type Opened =
  | { kind: 'file'; fd: number; stats: Stats }
  | { kind: 'stream'; chunks: AsyncIterable<Buffer>; close: () => void };

/** How long a named pipe may wait for a writer before it is reported instead of waited for. */
const NO_WRITER_WAIT_MS = 1000;

/**
 * Opens an input without ever blocking: a named pipe (FIFO) is opened non-blocking, since a blocking open()
 * waits for a writer that may never come, and a read then tells whether one is there; devices are read as
 * streams (the caller stops them at --max-bytes); a terminal or a socket is refused.
 */
export async function openInput(file: string | Buffer, name: string): Promise<Opened> {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENXIO' && statSafe(file)?.isSocket()) throw notReadable(name, 'a socket');
    throw err;
  }
  let stats: Stats;
  try {
    stats = fstatSync(fd);
    if (stats.isFile()) return { kind: 'file', fd, stats };
    if (stats.isDirectory()) throw new ReportError('EISDIR', `${name} is a directory (name files, a pattern, or the directory itself)`);
    if (isatty(fd)) throw notReadable(name, 'a terminal');
    if (stats.isFIFO()) return await openPipe(fd, name);
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  // A device: read through the thread pool in blocking mode, so the event loop (and signals) go on meanwhile.
  closeSync(fd);
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  return { kind: 'stream', chunks: stream, close: () => stream.destroy() };
}

async function openPipe(fd: number, name: string): Promise<Opened> {
  const first = Buffer.allocUnsafe(1 << 16);
  const waitUntil = Date.now() + NO_WRITER_WAIT_MS;
  let n: number;
  for (;;) {
    try {
      n = readSync(fd, first, 0, first.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      n = -1; // a writer is there, with nothing written yet
    }
    // 0 means end of input, which a pipe with no writer also answers: give a writer a moment to connect.
    if (n !== 0 || Date.now() >= waitUntil) break;
    await sleep(50);
  }
  if (n === 0) throw new ReportError('EIO', `${name} is a named pipe that nobody wrote to within ${NO_WRITER_WAIT_MS / 1000} s; start the writer first`);
  const socket = new Socket({ fd, readable: true, writable: false });
  const head = n > 0 ? first.subarray(0, n) : null;
  return {
    kind: 'stream',
    chunks: (async function* () {
      if (head) yield head;
      yield* socket as AsyncIterable<Buffer>;
    })(),
    close: () => socket.destroy(),
  };
}

const notReadable = (name: string, what: string) => new ReportError('EIO', `${name} is ${what}, not a file; pipe the report into \`reports parse -\` instead`);

function statSafe(file: string | Buffer): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}
