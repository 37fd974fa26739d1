// The reports the benchmarks run on: ../shared/corpus when it lies beside the project (real reports),
// else the project's own fixtures. Shared by the benchmark scripts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.txt') ? [p] : [];
    });
}

/** Returns { reports: string[], source } with the BOM of each file removed. */
export function benchReports() {
  const corpus = resolve(here, '..', '..', '..', 'shared', 'corpus');
  const dir = existsSync(corpus) ? corpus : resolve(here, '..', '..', 'fixtures');
  const files = walk(dir);
  return { reports: files.map((f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, '')), source: `${files.length} reports in ${dir}` };
}
