import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { StreamSink } from '../../src/cli/sinks.js';
import { jsonText, packForTransfer, type Parsed } from '../../src/cli/parse-item.js';

const record = (n: number, text: string): Parsed => ({
  source: { path: `r${n}.txt`, line: null, id: null },
  rel: `r${n}.txt`,
  size: text.length,
  json: JSON.stringify({ n, text }),
});

/** A stream that keeps what it is given; `hold` keeps each write's callback until `release`. */
function collector(hold = false) {
  const chunks: Buffer[] = [];
  const held: (() => void)[] = [];
  const out = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, done) {
      chunks.push(Buffer.from(chunk));
      if (hold) held.push(() => done());
      else done();
    },
  });
  return {
    out,
    text: () => Buffer.concat(chunks).toString('utf8'),
    writes: () => chunks.length,
    release: () => held.splice(0).forEach((f) => f()),
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

const arabic = (n: number) => `قال المتحدث باسم الوزارة إن "الاتفاق سيوقع الأسبوع المقبل" في العاصمة، رقم ${n}.`;

describe('StreamSink', () => {
  it('writes every record once, in order, as NDJSON, in fewer writes than records', async () => {
    const c = collector();
    const sink = new StreamSink(c.out, 'ndjson', false);
    const records = Array.from({ length: 2000 }, (_, n) => record(n, arabic(n)));
    for (const r of records) await sink.write(r);
    await sink.close(true);
    expect(c.text()).toBe(records.map((r) => `${r.json}\n`).join(''));
    expect(c.writes()).toBeLessThan(records.length / 10);
  });

  it('keeps order around a record larger than a chunk', async () => {
    const c = collector();
    const sink = new StreamSink(c.out, 'ndjson', false);
    const records = [record(0, arabic(0)), record(1, arabic(1).repeat(2000)), record(2, arabic(2))];
    for (const r of records) await sink.write(r);
    await sink.close(true);
    const lines = c.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { n: number; text: string });
    expect(lines.map((l) => l.n)).toEqual([0, 1, 2]);
    expect(lines[1]!.text).toBe(arabic(1).repeat(2000));
  });

  it('writes one JSON array, and [] for no record', async () => {
    const c = collector();
    const sink = new StreamSink(c.out, 'json', false);
    for (let n = 0; n < 3; n++) await sink.write(record(n, arabic(n)));
    await sink.close(true);
    expect((JSON.parse(c.text()) as { n: number }[]).map((r) => r.n)).toEqual([0, 1, 2]);

    const empty = collector();
    const none = new StreamSink(empty.out, 'json', false);
    await none.close(true);
    expect(empty.text()).toBe('[]\n');
  });

  it('has a record on the stream once the event loop turns, without waiting for a full chunk', async () => {
    const c = collector();
    const sink = new StreamSink(c.out, 'ndjson', false);
    await sink.write(record(0, arabic(0)));
    await turn();
    expect(c.text()).toBe(`${record(0, arabic(0)).json}\n`);
  });

  it('waits for a full stream to drain before taking more', async () => {
    const c = collector(true);
    const sink = new StreamSink(c.out, 'ndjson', false);
    const big = arabic(0).repeat(1000);
    let written = false;
    const first = sink.write(record(0, big)).then(() => (written = true));
    await turn();
    expect(written).toBe(false);
    c.release();
    await first;
    const rest = (async () => {
      await sink.write(record(1, big));
      await sink.close(true);
    })();
    let finished = false;
    void rest.then(() => (finished = true));
    while (!finished) {
      c.release();
      await turn();
    }
    expect(c.text().split('\n').length - 1).toBe(2);
  });

  it('writes records packed as UTF-8 by a worker exactly as their text', async () => {
    const texts = [arabic(0), `${arabic(1)} 😀 \u{1F1F8}\u{1F1E6}`, 'Le ministre a déclaré : « Nous signerons. »'];
    const records = texts.map((t, n) => record(n, t));
    const expected = records.map((r) => `${r.json}\n`).join('');
    const packed = records.map((r) => ({ ...r }));
    const buffer = packForTransfer(packed);
    expect(packed.every((p) => p.json instanceof Uint8Array && p.json.buffer === buffer)).toBe(true);
    expect(packed.map(jsonText)).toEqual(records.map((r) => r.json));

    const c = collector();
    const sink = new StreamSink(c.out, 'ndjson', false);
    for (const p of packed) await sink.write(p);
    await sink.close(true);
    expect(c.text()).toBe(expected);

    const pretty = collector();
    const indented = new StreamSink(pretty.out, 'json', true);
    for (const p of packed) await indented.write(p);
    await indented.close(true);
    expect((JSON.parse(pretty.text()) as { text: string }[]).map((r) => r.text)).toEqual(texts);
  });
});
