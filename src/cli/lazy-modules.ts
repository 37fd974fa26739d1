import { createRequire } from 'node:module';
import type FastGlob from 'fast-glob';
import type Picomatch from 'picomatch';

/**
 * fast-glob and picomatch (both CommonJS), loaded on first use: loading fast-glob with its dependencies
 * was a tenth of the start-up of every run, and a run that names files and folders never needs either.
 */
const require = createRequire(import.meta.url);
let fastGlobModule: typeof FastGlob | null = null;
let picomatchModule: typeof Picomatch | null = null;

export const fastGlob = (): typeof FastGlob => (fastGlobModule ??= require('fast-glob') as typeof FastGlob);

export const picomatch: typeof Picomatch = ((...args: Parameters<typeof Picomatch>) =>
  (picomatchModule ??= require('picomatch') as typeof Picomatch)(...args)) as typeof Picomatch;

/**
 * fast-glob's isDynamicPattern, without loading it for a name holding none of the characters it takes
 * for a pattern (`* ? [ ( {`, a leading `!`, an escaping backslash): those it always answers false for.
 * The empty name goes to fast-glob, which refuses it.
 */
export function isDynamicPattern(name: string): boolean {
  if (name !== '' && !MAY_BE_PATTERN.test(name)) return false;
  return fastGlob().isDynamicPattern(name);
}
const MAY_BE_PATTERN = /[\\*?![({]/;
