/**
 * Hover latency on a 5,000-line C file: the parse and model are built once (as
 * the language server keeps them per document version), then hover is asked at
 * every connect call, errno name and identifier of interest, and at plain code.
 * Prints p50/p95/p99 and max in milliseconds. Usage: node dist/src/hover-latency.js
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCFileModel, loadBackend } from 'connectlint';
import { hoverAt } from 'connectlint/hover';

const FIXTURES = fileURLToPath(new URL('../../../grammar-tests/c/', import.meta.url));
const PARTS = [
  'nonblocking-einprogress/clean.c',
  'einprogress-unconfirmed/flagged.c',
  'errno-clobbered/flagged.c',
  'unix-path-bounds/checked-idioms.c',
  'repeated-connect/clean.c',
];

/** Real fixture code, repeated with renamed functions, to 5,000 lines. */
function bigFile(): string {
  const chunks: string[] = [];
  let lines = 0;
  for (let copy = 0; lines < 5000; copy++) {
    for (const part of PARTS) {
      const text = readFileSync(`${FIXTURES}${part}`, 'utf8').replace(
        /\b(int|void|ssize_t) (\w+)\(/g,
        `$1 $2_${copy}(`,
      );
      chunks.push(text);
      lines += text.split('\n').length;
    }
  }
  return chunks.join('\n').split('\n').slice(0, 5000).join('\n');
}

const text = bigFile();
const backend = await loadBackend('native');
let started = performance.now();
const tree = backend.parse('c', text);
const parseMs = performance.now() - started;
started = performance.now();
const model = buildCFileModel(backend, tree.rootNode);
const modelMs = performance.now() - started;

const positions: number[] = [];
for (const match of text.matchAll(
  /\b(connect|E[A-Z]{3,}|SOCK_NONBLOCK|O_NONBLOCK|SO_ERROR|sun_path|close|fd)\b/g,
)) {
  positions.push((match.index ?? 0) + 1);
}
const times: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const offset of positions) {
    const t = performance.now();
    hoverAt({ language: 'c', root: tree.rootNode, model, platform: 'freebsd', offset });
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
const at = (q: number) =>
  (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(3);
console.log(
  `5,000-line C file (${(text.length / 1024).toFixed(0)} KB, ${model.connectCalls.length} connect calls): parse ${parseMs.toFixed(1)} ms, model ${modelMs.toFixed(1)} ms`,
);
console.log(
  `hover at ${positions.length} positions x 3 rounds: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${at(1 - 1e-9)} ms`,
);
