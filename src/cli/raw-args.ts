import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';

/**
 * The bytes of command-line arguments that are not UTF-8, by the text Node made of them (with U+FFFD where
 * the bytes were). Node decodes argv lossily, so a file named in Latin-1 could not be opened by that text;
 * Linux keeps the original bytes in /proc/self/cmdline. Elsewhere (or when two arguments decode alike) the
 * map is empty and such a file is reported as missing.
 */
export function rawArgBytes(args: readonly string[]): Map<string, Buffer> {
  const map = new Map<string, Buffer>();
  if (!args.some((a) => a.includes('\uFFFD'))) return map;
  let cmdline: Buffer;
  try {
    cmdline = readFileSync('/proc/self/cmdline');
  } catch {
    return map;
  }
  const ambiguous = new Set<string>();
  let start = 0;
  for (let i = 0; i <= cmdline.length; i++) {
    if (i < cmdline.length && cmdline[i] !== 0) continue;
    const bytes = cmdline.subarray(start, i);
    start = i + 1;
    if (isUtf8(bytes)) continue;
    const text = bytes.toString('utf8');
    if (map.has(text) && !map.get(text)!.equals(bytes)) ambiguous.add(text);
    map.set(text, Buffer.from(bytes));
  }
  for (const text of ambiguous) map.delete(text);
  return map;
}
