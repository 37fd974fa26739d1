import type { Metadata, Source } from '../contract/types.js';
import type { Story } from './assign-story.js';

/** One story as `reports group --summary` and `reports stats --group` show it. */
export interface StoryLine {
  story: string;
  size: number;
  first: Source;
  last: Source;
  /** Channels and agencies (from the records' metadata) that carried it, in the order first seen. */
  outlets: string[];
}

/** How a source is named on one line: its id, else path and JSONL line. */
export function sourceLabel(source: Source): string {
  if (source.id !== null) return source.id;
  return source.line !== null ? `${source.path ?? '-'}:${source.line}` : (source.path ?? '-');
}

/**
 * Story sizes, first and last reports and outlets, gathered as the stories stream by: one small object per
 * story (not per report), so it grows with the number of stories, never with their texts.
 */
export class StorySummary {
  private readonly stories = new Map<string, { size: number; first: Source; last: Source; outlets: Set<string> }>();

  add(story: Story, source: Source, metadata: Pick<Metadata, 'channel' | 'agency'> | undefined): void {
    let entry = this.stories.get(story.id);
    if (!entry) {
      entry = { size: 0, first: story.first, last: source, outlets: new Set() };
      this.stories.set(story.id, entry);
    }
    entry.size++;
    entry.last = source;
    if (metadata?.channel) entry.outlets.add(metadata.channel);
    if (metadata?.agency) entry.outlets.add(metadata.agency);
  }

  get count(): number {
    return this.stories.size;
  }

  /** Every story, in the order they first appeared. */
  *lines(): Generator<StoryLine> {
    for (const [story, e] of this.stories) yield { story, size: e.size, first: e.first, last: e.last, outlets: [...e.outlets] };
  }

  /** The `n` largest stories, largest first (ties: the earlier story first). */
  largest(n: number): StoryLine[] {
    return [...this.lines()].sort((a, b) => b.size - a.size).slice(0, n);
  }

  /** Stories with more than one report. */
  get shared(): number {
    let n = 0;
    for (const e of this.stories.values()) if (e.size > 1) n++;
    return n;
  }
}
