import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { isDynamicPattern } from '../../src/cli/lazy-modules.js';

describe('isDynamicPattern without loading fast-glob for plain names', () => {
  const names = [
    'reports/a.txt', 'a b/c-d_e.txt', '/abs/path/x.txt', 'dir/', '.', '..', 'نص.txt', 'a+b@c.txt', 'a,b..c.txt', 'a}b.txt', 'a]b.txt', 'a)b.txt',
    '*.txt', 'a/**/b', 'a?.txt', '!a', 'a!b', '[ab].txt', 'a[b', '{a,b}.txt', '{a..c}', 'a{b}', '(a|b).txt', '@(a).txt', '+(a)', 'a\\b',
  ];
  it('answers as fast-glob does', () => {
    for (const name of names) expect([name, isDynamicPattern(name)]).toEqual([name, fg.isDynamicPattern(name)]);
  });
  it('refuses the empty name as fast-glob does', () => {
    expect(() => isDynamicPattern('')).toThrow(TypeError);
  });
});
