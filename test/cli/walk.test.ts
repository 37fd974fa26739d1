import fg from 'fast-glob';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IgnoreList } from '../../src/cli/ignore.js';
import { expandInputs, folderWalk } from '../../src/cli/inputs.js';
import { walkFiles } from '../../src/cli/walk.js';

let root: string;
const REPORT = 'قال المتحدث باسم الوزارة إن "المفاوضات مستمرة".\nhttps://t.me/news_channel\n';

const collect = async (dir: string, ext = ['txt'], ignore: string[] = [], warnings: string[] = []) => {
  const out: string[] = [];
  for await (const p of walkFiles({ path: dir, fsPath: dir }, folderWalk(ext, new IgnoreList(ignore), (m) => warnings.push(m)))) out.push(p.path);
  return out;
};
/** What the sorted glob listing the walker replaces gave for the same folder. */
const globbed = async (dir: string, ext: string, ignore: string[] = []) =>
  (await fg(`${dir}/**/*.${ext}`, { ignore, onlyFiles: true, dot: false, followSymbolicLinks: true })).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'reports-walk-'));
  // Names where a folder-by-folder sort and a sort of whole paths disagree unless folders sort as `name/`.
  for (const rel of ['a/z.txt', 'a-c/x.txt', 'a.txt', 'ab.txt', 'a/b/c.txt', 'b/2026-11-27/ar-0001.txt', 'b/2026-11-27/ar-0002.txt']) {
    mkdirSync(join(root, 'corpus', rel, '..'), { recursive: true });
    writeFileSync(join(root, 'corpus', rel), REPORT);
  }
  writeFileSync(join(root, 'corpus/a/notes.md'), '# notes');
  mkdirSync(join(root, 'corpus/.git'));
  writeFileSync(join(root, 'corpus/.git/HEAD.txt'), 'ref');
  writeFileSync(join(root, 'corpus/.hidden.txt'), REPORT);
  mkdirSync(join(root, 'corpus/drafts'));
  writeFileSync(join(root, 'corpus/drafts/d.txt'), REPORT);
  writeFileSync(join(root, 'corpus/b/old-draft.txt'), REPORT);
  // A link to a folder elsewhere is followed; a link back up would loop forever if it were.
  mkdirSync(join(root, 'elsewhere'));
  writeFileSync(join(root, 'elsewhere/e.txt'), REPORT);
  symlinkSync(join(root, 'elsewhere'), join(root, 'corpus/linked'));
  symlinkSync(join(root, 'corpus'), join(root, 'corpus/b/loop'));
  symlinkSync(join(root, 'missing'), join(root, 'corpus/broken.txt'));
});

describe('walkFiles', () => {
  it('yields whole-path code-unit order, skipping dot entries and other endings', async () => {
    const dir = join(root, 'corpus');
    const files = (await collect(dir)).map((p) => p.slice(dir.length + 1));
    expect(files).toEqual([
      'a-c/x.txt', 'a.txt', 'a/b/c.txt', 'a/z.txt', 'ab.txt', 'b/2026-11-27/ar-0001.txt', 'b/2026-11-27/ar-0002.txt',
      'b/old-draft.txt', 'drafts/d.txt', 'linked/e.txt',
    ]);
  });

  it('follows a link to a folder once and never walks a link back into its own path', async () => {
    const files = await collect(join(root, 'corpus'));
    expect(files.filter((p) => p.includes('/loop/'))).toEqual([]);
    expect(files.some((p) => p.endsWith('linked/e.txt'))).toBe(true);
  });

  it('leaves out what --ignore names, folders by `/**` patterns and files by any pattern', async () => {
    const files = await collect(join(root, 'corpus'), ['txt'], ['**/drafts/**', '**/*-draft.txt']);
    expect(files.some((p) => p.includes('/drafts/') || p.endsWith('-draft.txt'))).toBe(false);
    expect(files).toHaveLength(8);
  });

  it('lists what the sorted glob it replaces listed, for several endings and ignore patterns', async () => {
    const dir = join(root, 'corpus').replace(/\/b\/loop.*/, '');
    const noLoop = ['**/loop/**'];
    expect(await collect(dir, ['txt'], noLoop)).toEqual(await globbed(dir, 'txt', noLoop));
    expect(await collect(dir, ['md'], noLoop)).toEqual(await globbed(dir, 'md', noLoop));
    expect(await collect(dir, ['txt'], [...noLoop, '**/a/**', '**/ar-0002.txt'])).toEqual(await globbed(dir, 'txt', [...noLoop, '**/a/**', '**/ar-0002.txt']));
  });

  it('yields a folder it cannot list as a path, so reading it reports why', async () => {
    expect(await collect(join(root, 'no-such-folder'))).toEqual([join(root, 'no-such-folder')]);
  });

  it('a pattern lists what fast-glob lists, sorted, for braces, classes, depths and absolute paths', async () => {
    const dir = join(root, 'corpus');
    const patterns = [`${dir}/*/*.txt`, `${dir}/{a,b}/**/*.txt`, `${dir}/b/*/ar-000[2-9].txt`, `${dir}/**/z.txt`, `${dir}/a*/*.txt`];
    for (const pattern of patterns) {
      const listed: string[] = [];
      for await (const ref of expandInputs([pattern], { ext: ['txt'], ignore: ['**/loop/**'] })) if (ref.kind === 'file') listed.push(ref.path);
      expect(listed, pattern).toEqual(await fg(pattern, { ignore: ['**/loop/**'], onlyFiles: true, dot: false, followSymbolicLinks: true }).then((r) => r.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))));
    }
  });
});
