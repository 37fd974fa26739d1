/**
 * Progress of a long run on stderr: files done, MB/s and, when the number of inputs is known, an ETA.
 * Only on a terminal (never in CI logs or pipes), redrawn at most every 100 ms on one line, and only once
 * a run has more than a few files, so short runs stay silent.
 */
export class Progress {
  private done = 0;
  private bytes = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started = Date.now();

  constructor(
    private readonly out: NodeJS.WriteStream | NodeJS.WritableStream,
    private readonly enabled: boolean,
    private readonly total: number | null = null,
  ) {}

  static MIN_FILES = 5;

  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    if (!this.enabled || this.done < Progress.MIN_FILES) return;
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    this.out.write(`\r\x1b[2K${this.line(now)}`);
  }

  /** Clears the progress line and prints the one-line summary. */
  finish(summary: { reports: number; errors: number; interrupted: boolean }, print: boolean): void {
    if (this.drawn) this.out.write('\r\x1b[2K');
    if (!print) return;
    const secs = (Date.now() - this.started) / 1000;
    const what = `${summary.reports} report${summary.reports === 1 ? '' : 's'}`;
    const errors = summary.errors ? `, ${summary.errors} failed` : '';
    const how = summary.interrupted ? 'interrupted after' : 'parsed';
    this.out.write(`reports: ${how} ${what}${errors} in ${secs.toFixed(1)} s (${this.rate(secs)} MB/s)\n`);
  }

  private line(now: number): string {
    const secs = (now - this.started) / 1000;
    const of = this.total !== null ? `/${this.total}` : '';
    let eta = '';
    if (this.total !== null && this.done > 0 && this.done < this.total) {
      const left = ((this.total - this.done) * secs) / this.done;
      eta = `  ETA ${Math.floor(left / 60)}:${String(Math.round(left % 60)).padStart(2, '0')}`;
    }
    return `reports: ${this.done}${of} files  ${this.rate(secs)} MB/s${eta}`;
  }

  private rate(secs: number): string {
    return secs > 0 ? (this.bytes / 1e6 / secs).toFixed(2) : '0.00';
  }
}
