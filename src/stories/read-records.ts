import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { OutputRecord } from '../contract/types.js';

/**
 * The records of NDJSON files written by `reports parse` (or `-`, standard input), one at a time, in order. A
 * line that is not a record is yielded as an error naming its file and line, and the reading goes on.
 */
export async function* readRecords(inputs: string[], stdin: Readable): AsyncGenerator<{ record?: OutputRecord; where: string; problem?: string }> {
  for (const input of inputs.length ? inputs : ['-']) {
    const stream = input === '-' ? stdin : createReadStream(input);
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let n = 0;
    try {
      for await (const line of lines) {
        n++;
        if (line.trim() === '') continue;
        const where = `${input}:${n}`;
        try {
          const record = JSON.parse(line) as OutputRecord;
          if (!record || typeof record !== 'object' || !('source' in record) || !('text' in record || 'error' in record)) {
            yield { where, problem: 'not a record of `reports parse` (no source and text)' };
          } else yield { record, where };
        } catch {
          yield { where, problem: 'not JSON' };
        }
      }
    } catch (err) {
      yield { where: input, problem: (err as Error).message };
    }
  }
}
