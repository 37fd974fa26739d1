/** One line of a byte stream, without its separator. */
export interface Line {
  /** The line's bytes, or null when it is longer than the limit (then its bytes are skipped, never held). */
  bytes: Buffer | null;
  /** Its length in bytes; for a line over the limit, how far it was read when it crossed the limit. */
  size: number;
  /** 1 for the first line. */
  number: number;
}

/**
 * Splits a byte stream at `separator` (`\n`, or NUL for `-0` lists) as it arrives. A line that grows past
 * `maxBytes` is yielded at once with `bytes: null`, and the rest of it is skipped up to the next separator
 * without being held: memory stays at one chunk plus one line of at most `maxBytes`, even for an input
 * with no separator at all. A last line without a separator is a line; an empty stream has none.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, separator: number, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  let number = 0;
  for await (const received of chunks) {
    const chunk = typeof received === 'string' ? Buffer.from(received) : received;
    let at = 0;
    while (at <= chunk.length) {
      const end = chunk.indexOf(separator, at);
      const stop = end === -1 ? chunk.length : end;
      size += stop - at;
      if (!over && size > maxBytes) {
        over = true;
        parts = [];
        yield { bytes: null, size, number: number + 1 };
      }
      if (!over && stop > at) parts.push(chunk.subarray(at, stop));
      if (end === -1) break;
      number++;
      if (!over) yield { bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts, size), size, number };
      parts = [];
      size = 0;
      over = false;
      at = end + 1;
    }
  }
  if (size > 0 && !over) yield { bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts, size), size, number: number + 1 };
}
