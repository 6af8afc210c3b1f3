/**
 * `npm run kb`: parses the seed page into `rules/data/connect.2.freebsd-13.1.json`.
 * Usage: node dist/src/knowledge/build-data.js [path to the rendered page]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataFile, MANPAGE_JSON } from './knowledge-base.js';
import { parseManPage } from './parse-manpage.js';

/** A copy of shared/seed/connect.2.freebsd-13.1.txt, kept with the data made from it. */
export const SEED_FILE = fileURLToPath(
  new URL('../../../data/seed/connect.2.freebsd-13.1.txt', import.meta.url),
);
/** The project's seed, beside the repository (as CI checks it out). */
export const SHARED_SEED_FILE = fileURLToPath(
  new URL('../../../../../shared/seed/connect.2.freebsd-13.1.txt', import.meta.url),
);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const seed = process.argv[2] ?? SEED_FILE;
  const target = dataFile(MANPAGE_JSON);
  writeFileSync(target, `${JSON.stringify(parseManPage(readFileSync(seed, 'utf8')), null, 2)}\n`);
  console.log(`wrote ${target} from ${seed}`);
}
