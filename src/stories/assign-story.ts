import type { Source } from '../contract/types.js';
import { likeness, similarity, type Thresholds } from './containment.js';
import { LshIndex } from './lsh-index.js';
import { PERMUTATIONS, type Signature } from './minhash.js';

/** What `--group` adds to a record. */
export interface Story {
  /** `s1`, `s2`, … in the order the stories' first reports were read. */
  id: string;
  /** The source of the story's first report in this run (the report itself when it is the first). */
  first: Source;
  /** Containment of the shorter of this report and the first in the other, 0-1, two decimals; 1 for the first. */
  similarity: number;
}

export interface GroupOptions extends Thresholds {
  /** Reports with fewer folded words get a story of their own and are never matched (--group-min). */
  minWords: number;
}

/** Defaults chosen on the developer set (see README, "Stories"). */
export const DEFAULT_GROUP: GroupOptions = { threshold: 0.4, minWords: 8 };

/**
 * Decides each report's story as it is read, in input order. It keeps per report its signature, shingle count,
 * word count and story number (typed arrays: about 0.8 KB a report with the band tables), and per story its
 * first report's source; never a text. A report joins the story of the best-matching earlier report among
 * the LSH candidates, so a story grows through any of its members (a copy of a copy), and its similarity is
 * stated against the story's first report.
 */
export class StoryAssigner {
  private readonly index = new LshIndex();
  private signatures = new Uint32Array(PERMUTATIONS * 256);
  private shingles = new Int32Array(256);
  private words = new Int32Array(256);
  private storyOf = new Int32Array(256);
  /** Per story: the index of its first report (-1 for a too-short one, never indexed), its source, its size. */
  private readonly firsts: { report: number; source: Source }[] = [];

  constructor(private readonly options: GroupOptions = DEFAULT_GROUP) {}

  get stories(): number {
    return this.firsts.length;
  }

  /** Bytes held by the index and the signatures (not counting the per-story sources). */
  get bytes(): number {
    return this.index.bytes + this.signatures.byteLength + this.shingles.byteLength * 3;
  }

  assign(signature: Signature, source: Source): Story {
    if (signature.words < this.options.minWords) return this.newStory(-1, source);
    let best = -1;
    let bestSimilarity = -1;
    for (const other of this.index.candidates(signature.minhash)) {
      const found = this.compare(signature, other);
      if (found !== null && found > bestSimilarity) {
        best = other;
        bestSimilarity = found;
        // Candidates come most shared bands first: a near-copy ends the search (a report with fifty copies).
        if (found >= CLOSE_ENOUGH) break;
      }
    }
    const report = this.store(signature);
    if (best < 0) {
      this.storyOf[report] = this.firsts.length;
      return this.newStory(report, source);
    }
    const story = this.storyOf[best]!;
    this.storyOf[report] = story;
    const first = this.firsts[story]!;
    const toFirst = first.report === best ? bestSimilarity : this.likenessToReport(signature, first.report);
    return { id: storyId(story), first: first.source, similarity: round(toFirst) };
  }

  private newStory(report: number, source: Source): Story {
    this.firsts.push({ report, source });
    return { id: storyId(this.firsts.length - 1), first: source, similarity: 1 };
  }

  private compare(signature: Signature, other: number): number | null {
    const l = likeness(signature.minhash, signature.shingles, this.signatures, this.shingles[other]!, other * PERMUTATIONS);
    return similarity(l, Math.min(signature.words, this.words[other]!), this.options);
  }

  private likenessToReport(signature: Signature, other: number): number {
    return likeness(signature.minhash, signature.shingles, this.signatures, this.shingles[other]!, other * PERMUTATIONS).containment;
  }

  private store(signature: Signature): number {
    const report = this.index.add(signature.minhash);
    if (report >= this.shingles.length) {
      const n = this.shingles.length * 2;
      this.signatures = grow(this.signatures, n * PERMUTATIONS);
      this.shingles = grow(this.shingles, n);
      this.words = grow(this.words, n);
      this.storyOf = grow(this.storyOf, n);
    }
    this.signatures.set(signature.minhash, report * PERMUTATIONS);
    this.shingles[report] = signature.shingles;
    this.words[report] = signature.words;
    return report;
  }
}

/** A candidate this similar is taken without checking the rest. */
const CLOSE_ENOUGH = 0.9;

const storyId = (story: number): string => `s${story + 1}`;
const round = (x: number): number => Math.round(x * 100) / 100;

function grow<T extends Uint32Array | Int32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}
