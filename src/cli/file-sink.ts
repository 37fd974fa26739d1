import { real } from './input-places.js';
import type { Parsed } from './parse-item.js';
import { StreamSink, type Sink } from './sinks.js';
import { AtomicFile } from './write-fully.js';

/**
 * `--output FILE`: every record in one NDJSON or JSON file, written under a temporary name beside it and
 * renamed into place only when the run completes. An interrupted or failed run leaves FILE as it was (absent
 * or the previous whole output) and no temporary file.
 */
export class FileSink implements Sink {
  private readonly file: AtomicFile;
  private readonly records: StreamSink;

  constructor(target: string, format: 'ndjson' | 'json', pretty: boolean) {
    this.file = new AtomicFile(real(target));
    this.records = new StreamSink(this.file.descriptor, format, pretty, target);
  }

  async write(parsed: Parsed): Promise<void> {
    try {
      await this.records.write(parsed);
    } catch (err) {
      this.file.abandon();
      throw err;
    }
  }

  async close(complete: boolean): Promise<void> {
    if (!complete) {
      this.file.abandon();
      return;
    }
    try {
      await this.records.close();
    } catch (err) {
      this.file.abandon();
      throw err;
    }
    this.file.commit();
  }
}
