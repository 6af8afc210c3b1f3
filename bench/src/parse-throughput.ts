/**
 * Parse throughput of each tree-sitter backend over real C (bench/.cache/src,
 * made by scripts/fetch-corpus.sh): MB/s of the bare parse, median of several
 * runs with min and max. Usage: node dist/src/parse-throughput.js [folder] [--runs N]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBackend, type BackendName } from 'connectlint';

const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag >= 0 ? Number(args[runsFlag + 1]) : 5;
const root =
  args.find((arg, i) => !arg.startsWith('--') && i !== runsFlag + 1) ??
  fileURLToPath(new URL('../../.cache/src/', import.meta.url));

function cFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // `.pc/` holds quilt's copies of patched files: the same code twice.
    if (entry.isDirectory()) {
      if (entry.name !== '.pc') cFiles(path, out);
    } else if (/\.[ch]$/.test(entry.name) && statSync(path).size < 4 * 1024 * 1024) out.push(path);
  }
  return out;
}

const files = cFiles(root).map((path) => readFileSync(path, 'utf8'));
const bytes = files.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
console.log(
  `${files.length} C files, ${(bytes / 1e6).toFixed(2)} MB under ${root}; ${runs} runs each`,
);
console.log('| backend | median MB/s | min | max | median s |');
console.log('| --- | --- | --- | --- | --- |');
for (const name of ['native', 'wasm'] as BackendName[]) {
  const backend = await loadBackend(name);
  backend.parse('c', 'int warm_up(void) { return 0; }');
  const seconds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    for (const text of files) backend.parse('c', text);
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  seconds.sort((a, b) => a - b);
  const mbps = (s: number) => (bytes / 1e6 / s).toFixed(1);
  const median = seconds[Math.floor(seconds.length / 2)] as number;
  console.log(
    `| ${name} | ${mbps(median)} | ${mbps(seconds.at(-1) as number)} | ${mbps(seconds[0] as number)} | ${median.toFixed(3)} |`,
  );
}
