import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseItem } from '../../src/cli/parse-item.js';

describe('parseItem', () => {
  afterEach(() => vi.restoreAllMocks());

  it('turns a record too large to serialise into an ETOOLARGE record instead of throwing', () => {
    // A real one needs over 512 MB of JSON; V8 throws the same RangeError for it.
    const stringify = JSON.stringify;
    vi.spyOn(JSON, 'stringify').mockImplementationOnce(() => {
      throw new RangeError('Invalid string length');
    });
    const item = { source: { path: 'big.txt', line: null, id: null }, rel: 'big.txt', size: 60, text: 'The mayor said the bridge would open on Friday.', warnings: [] };
    const parsed = parseItem(item, { keepBoilerplate: false });
    expect(parsed.error?.code).toBe('ETOOLARGE');
    expect(JSON.parse(parsed.json as string)).toEqual({ schemaVersion: 1, source: item.source, error: parsed.error });
    expect(parsed.error?.message).toMatch(/big\.txt: its record is too large to serialise \(Invalid string length\)/);
    expect(JSON.stringify).not.toBe(stringify);
  });
});
