import type { BoilerplateKind } from '../contract/types.js';
import type { Span } from '../text/span.js';

export interface BoilerplateSpan extends Span {
  kind: BoilerplateKind;
  /** `<language>/<rule name>`, `user/<rule name>` or `corpus/repeated`. */
  rule: string;
}

/** What the stripped parts and the text say about the report. Spans are UTF-16 indices of the input. */
export interface FoundMetadata {
  title: Span | null;
  dateline: Span | null;
  channel: string | null;
  agency: string | null;
  photographer: string | null;
  links: string[];
}

export interface BoilerplateOptions {
  /** ISO 639-3 code of the report's language (`arb`, `eng`, `fra`, or another/`und`: common rules only). */
  language: string;
}

export interface BoilerplateResult {
  /** Sorted, non-overlapping. */
  spans: BoilerplateSpan[];
  metadata: FoundMetadata;
}

// Placeholder until the boilerplate stage lands: channel links only.
export function findBoilerplate(text: string, _options: BoilerplateOptions): BoilerplateResult {
  const spans: BoilerplateSpan[] = [];
  const links: string[] = [];
  for (const m of text.matchAll(/https?:\/\/(?:telegram\.me|t\.me)\/[A-Za-z0-9_]+/g)) {
    spans.push({ start: m.index, end: m.index + m[0].length, kind: 'channel_link', rule: 'common/telegram-link' });
    links.push(m[0]);
  }
  return { spans, metadata: { title: null, dateline: null, channel: null, agency: null, photographer: null, links } };
}
