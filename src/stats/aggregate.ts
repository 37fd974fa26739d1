import type { OutputRecord } from '../contract/types.js';

/** What a corpus looks like at a glance; built record by record, so it works on a stream of any length. */
export interface CorpusStats {
  reports: number;
  parsed: number;
  errors: number;
  errorsByCode: Record<string, number>;
  languages: Record<string, number>;
  sentences: number;
  quotes: { total: number; direct: number; indirect: number; withSpeaker: number };
  topSpeakers: { speaker: string; quotes: number }[];
  boilerplate: Record<string, { spans: number; chars: number }>;
  /** Code points of cleaned body text, and of what was cut as boilerplate. */
  characters: { body: number; boilerplate: number };
}

/** How many speakers are kept; the counts of the others are still exact, only their names are dropped. */
const TOP_SPEAKERS = 10;
/** Bounds the speaker table so a corpus of millions of reports keeps flat memory (counts become approximate past it). */
const MAX_TRACKED_SPEAKERS = 50_000;

export class StatsCollector {
  private readonly s: Omit<CorpusStats, 'topSpeakers'> = {
    reports: 0,
    parsed: 0,
    errors: 0,
    errorsByCode: {},
    languages: {},
    sentences: 0,
    quotes: { total: 0, direct: 0, indirect: 0, withSpeaker: 0 },
    boilerplate: {},
    characters: { body: 0, boilerplate: 0 },
  };
  private readonly speakers = new Map<string, number>();

  add(record: OutputRecord): void {
    const s = this.s;
    s.reports++;
    if ('error' in record) {
      s.errors++;
      s.errorsByCode[record.error.code] = (s.errorsByCode[record.error.code] ?? 0) + 1;
      return;
    }
    s.parsed++;
    s.languages[record.language.code] = (s.languages[record.language.code] ?? 0) + 1;
    s.sentences += record.sentences.length;
    s.characters.body += Array.from(record.text).length;
    for (const b of record.boilerplate) {
      const k = (s.boilerplate[b.kind] ??= { spans: 0, chars: 0 });
      k.spans++;
      k.chars += b.end - b.start;
      s.characters.boilerplate += b.end - b.start;
    }
    for (const q of record.quotes) {
      s.quotes.total++;
      s.quotes[q.type]++;
      if (!q.speaker) continue;
      s.quotes.withSpeaker++;
      const name = q.speaker.text.replace(/\s+/g, ' ').trim();
      if (this.speakers.has(name) || this.speakers.size < MAX_TRACKED_SPEAKERS) this.speakers.set(name, (this.speakers.get(name) ?? 0) + 1);
    }
  }

  result(): CorpusStats {
    const topSpeakers = [...this.speakers]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_SPEAKERS)
      .map(([speaker, quotes]) => ({ speaker, quotes }));
    return { ...structuredClone(this.s), topSpeakers };
  }
}
