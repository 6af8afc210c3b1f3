import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** grammar-tests/: the annotated fixtures, the seeds every mutation starts from. */
export const FIXTURES_ROOT = fileURLToPath(new URL('../../../grammar-tests/', import.meta.url));

export interface Fixture {
  path: string;
  ext: string;
  bytes: Uint8Array;
}

const SOURCE = /\.(c|h|cc|cpp|cxx|hpp|hh|ts|tsx|js|jsx|mjs|cjs|mts|cts)$/;

/** Every fixture under grammar-tests/{c,cpp,ts}/<rule>/ (project cases are folders: left out). */
export function loadFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const language of ['c', 'cpp', 'ts']) {
    const top = join(FIXTURES_ROOT, language);
    for (const rule of readdirSync(top)) {
      if (!statSync(join(top, rule)).isDirectory()) continue;
      for (const name of readdirSync(join(top, rule))) {
        if (!SOURCE.test(name)) continue;
        const path = join(top, rule, name);
        fixtures.push({ path, ext: extname(name), bytes: readFileSync(path) });
      }
    }
  }
  if (fixtures.length === 0) throw new Error(`no fixtures under ${FIXTURES_ROOT}`);
  return fixtures.sort((a, b) => a.path.localeCompare(b.path));
}
