/**
 * Language-server latency: a 5,000-line C file (the first 5,000 lines of
 * PostgreSQL's libpq fe-connect.c from the corpus, or the grammar-test fixtures
 * repeated when the corpus is absent), then one-character edits at random places,
 * each followed by a pull for diagnostics; prints p50/p95/p99 of edit-to-answer
 * time as the client sees it, of the server's own time for the edit (its main
 * thread's time on the CPU, from /proc: no JSON-RPC transit, no waiting to be
 * scheduled), and the server's RSS before and after. Usage:
 *   node dist/src/server-latency.js [edits=1000] [memory-edits=10000]
 * For a profile: `PROF=<dir>` (the server writes a V8 CPU profile there as it
 * exits) and `EDIT_LINES=<from>-<to>` (edits on those 0-based lines only, e.g.
 * inside the longest function, where the p95 is).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { envBackend, loadBackend } from 'connectlint';
import { initialize, startServer } from './lsp-server.js';

const edits = Number(process.argv[2] ?? 1000);
const memoryEdits = Number(process.argv[3] ?? 10_000);
const SERVER = fileURLToPath(
  new URL('../../../server/bin/connectlint-language-server.js', import.meta.url),
);
const CORPUS_FILE = fileURLToPath(
  new URL(
    '../../.cache/src/postgresql-15-15.18/src/interfaces/libpq/fe-connect.c',
    import.meta.url,
  ),
);
const FIXTURES = fileURLToPath(new URL('../../../grammar-tests/c/', import.meta.url));

function fileText(): { text: string; name: string } {
  if (existsSync(CORPUS_FILE)) {
    return {
      text: readFileSync(CORPUS_FILE, 'utf8').split('\n').slice(0, 5000).join('\n'),
      name: 'libpq fe-connect.c, lines 1-5000',
    };
  }
  const part = readFileSync(`${FIXTURES}errno-clobbered/flagged.c`, 'utf8');
  let text = '';
  for (let copy = 0; text.split('\n').length < 5000; copy++)
    text += part.replace(/\b(int) (\w+)\(/g, `$1 $2_${copy}(`);
  return {
    text: text.split('\n').slice(0, 5000).join('\n'),
    name: 'grammar-test fixtures repeated',
  };
}

/**
 * The server's RSS once it has gone quiet: it collects garbage when idle (old
 * syntax trees live outside V8's heap), so both readings are taken in the same
 * state rather than wherever the last collection happened to fall.
 */
async function idleRssKb(pid: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

const server = startServer(SERVER);
const { child, connection } = server;
await initialize(connection, true);

const { text, name } = fileText();
const lines = text.split('\n');
const uri = 'file:///bench/big.c';
let version = 1;
await connection.sendNotification('textDocument/didOpen', {
  textDocument: { uri, languageId: 'c', version, text },
});
let started = performance.now();
await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
const firstMs = performance.now() - started;

/** Nanoseconds the server's main thread has run (Linux), or undefined elsewhere. */
function serverCpuNs(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return undefined;
  }
}

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const serverTimes: number[] = [];
async function edit(): Promise<number> {
  const [lo, hi] = (process.env.EDIT_LINES ?? `0-${lines.length}`).split('-').map(Number) as [
    number,
    number,
  ];
  const line = lo + Math.floor(random() * (hi - lo));
  const character = Math.floor(random() * ((lines[line] ?? '').length + 1));
  version++;
  const cpu = serverCpuNs(child.pid as number);
  const t = performance.now();
  // Insert a space, then the next edit may delete it: the file keeps its size.
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [
      { range: { start: { line, character }, end: { line, character } }, text: ' ' },
    ],
  });
  await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const ms = performance.now() - t;
  const cpuAfter = serverCpuNs(child.pid as number);
  if (cpu !== undefined && cpuAfter !== undefined) serverTimes.push((cpuAfter - cpu) / 1e6);
  version++;
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [
      { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' },
    ],
  });
  return ms;
}

/**
 * The yardstick, measured in this run on the same text with the server's
 * parser (machines differ 2x, a ratio holds): a bare tree-sitter full parse,
 * the median of `runs` after ten (wasm's code is tiered up while it runs). Each
 * parse is timed by the clock: it runs on this thread alone, without a break,
 * so the clock counts what the server's main-thread time counts — where
 * `process.cpuUsage()` adds every other thread's (the collector's helpers,
 * wasm's compiler: 10-15 % more) and the thread's own counter in /proc moves
 * only at the scheduler's ticks while it runs (4 ms here).
 */
async function fullParseMs(runs: number): Promise<number> {
  const backend = await loadBackend(envBackend() ?? 'wasm');
  const times: number[] = [];
  for (let i = 0; i < runs + 10; i++) {
    const before = performance.now();
    backend.parse('c', text);
    if (i >= 10) times.push(performance.now() - before);
  }
  return quantile(times, 0.5);
}

/**
 * The floor under the server's time: tree-sitter's own incremental reparse of
 * the same edits (same seed: a space inserted, then deleted), CPU time of this
 * thread, p95. tree-sitter-c reparses a one-character edit inside a long
 * function slowly (tree-sitter-c#196): whatever the server does after the parse
 * adds to this.
 */
async function incrementalParseP95(count: number): Promise<number> {
  const backend = await loadBackend(envBackend() ?? 'wasm');
  // Each reparse apart: the process's CPU (the main thread's is counted at ticks, see `fullParseMs`).
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let replaySeed = 42;
  const next = () => (replaySeed = (replaySeed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let current = text;
  let tree = backend.parse('c', current);
  const times: number[] = [];
  const reparse = (offset: number, inserted: string, removed: number) => {
    const point = (at: number) => {
      const before = current.slice(0, at);
      const row = before.split('\n').length - 1;
      return { row, column: at - (before.lastIndexOf('\n') + 1) };
    };
    const start = point(offset);
    tree.edit({
      startIndex: offset,
      oldEndIndex: offset + removed,
      newEndIndex: offset + inserted.length,
      startPosition: start,
      oldEndPosition: { row: start.row, column: start.column + removed },
      newEndPosition: { row: start.row, column: start.column + inserted.length },
    });
    current = current.slice(0, offset) + inserted + current.slice(offset + removed);
    const before = cpuMs();
    tree = backend.parse('c', current, tree);
    return cpuMs() - before;
  };
  for (let i = 0; i < count; i++) {
    const line = Math.floor(next() * lines.length);
    const character = Math.floor(next() * ((lines[line] ?? '').length + 1));
    let offset = 0;
    for (let row = 0; row < line; row++) offset += (lines[row] ?? '').length + 1;
    offset += Math.min(character, (lines[line] ?? '').length);
    times.push(reparse(offset, ' ', 0));
    reparse(offset, '', 1);
  }
  return quantile(times, 0.95);
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const times: number[] = [];
for (let i = 0; i < edits; i++) times.push(await edit());
const quantiles = (values: number[]) =>
  `p50 ${quantile(values, 0.5).toFixed(1)} ms, p95 ${quantile(values, 0.95).toFixed(1)} ms, p99 ${quantile(values, 0.99).toFixed(1)} ms`;
console.log(`${name}: first analysis ${firstMs.toFixed(0)} ms`);
console.log(`${edits} one-character edits, edit to diagnostics (client): ${quantiles(times)}`);
if (serverTimes.length > 0) {
  const parse = await fullParseMs(30);
  const p95 = quantile(serverTimes, 0.95);
  console.log(`server time per edit (main thread on CPU): ${quantiles(serverTimes)}`);
  console.log(
    `bare tree-sitter full parse of the same text (${envBackend() ?? 'wasm'}, by the clock, median of 30): ${parse.toFixed(1)} ms; ` +
      `p95 server time per edit / full parse: ${(p95 / parse).toFixed(2)} (budget ≤ 0.5)`,
  );
  const reparse = await incrementalParseP95(edits);
  console.log(
    `tree-sitter's incremental reparse alone of the same edits (CPU): p95 ${reparse.toFixed(1)} ms, ` +
      `${(reparse / parse).toFixed(2)} of the full parse`,
  );
}
serverTimes.length = 0;

const before = await idleRssKb(child.pid as number);
started = performance.now();
for (let i = 0; i < memoryEdits; i++) await edit();
const after = await idleRssKb(child.pid as number);
console.log(
  `RSS before ${memoryEdits} more edits: ${(before / 1024).toFixed(1)} MB; after: ${(after / 1024).toFixed(1)} MB (${((performance.now() - started) / 1000).toFixed(0)} s)`,
);
await server.stop();
