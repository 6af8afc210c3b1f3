/**
 * Does the workspace index delay an open file's first diagnostics? The
 * language server is started over stdio with the largest package of the
 * development corpus (PostgreSQL) as its workspace folder, and again with no
 * folder; each time libpq's fe-connect.c is opened as soon as the server is
 * initialized, as an editor restoring its tabs does, and its diagnostics are
 * pulled. Prints, over N runs of each (alternating), the median time from
 * open to diagnostics with and without the index, the difference (budget:
 * 50 ms), how long the index took to build in the background, and the
 * server's heap before and after it (from the server's log).
 * Usage: node dist/src/workspace-index-latency.js [runs=3]
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from './lsp-server.js';

const RUNS = Number(process.argv[2] ?? 3);
const SERVER = fileURLToPath(
  new URL('../../../server/bin/connectlint-language-server.js', import.meta.url),
);
const PACKAGE = fileURLToPath(new URL('../../.cache/src/postgresql-15-15.18', import.meta.url));
const FILE = `${PACKAGE}/src/interfaces/libpq/fe-connect.c`;

interface Run {
  firstMs: number;
  /** Open to the index's end (its log line), when there is one. */
  indexMs?: number;
  log?: string;
}

async function run(withIndex: boolean): Promise<Run> {
  let indexed: (line: string) => void = () => undefined;
  const indexDone = new Promise<string>((resolve) => (indexed = resolve));
  const server = startServer(SERVER, {
    before: (connection) =>
      connection.onNotification('window/logMessage', (params: { message: string }) => {
        if (params.message.includes('project index:')) indexed(params.message);
      }),
  });
  const { connection } = server;
  const folder = pathToFileURL(PACKAGE).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: withIndex ? folder : null,
    workspaceFolders: withIndex ? [{ uri: folder, name: 'postgresql' }] : null,
    capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } },
  });
  await connection.sendNotification('initialized', {});
  const uri = pathToFileURL(FILE).href;
  const text = readFileSync(FILE, 'utf8');
  const started = performance.now();
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'c', version: 1, text },
  });
  await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const firstMs = performance.now() - started;
  const result: Run = { firstMs };
  if (withIndex) {
    result.log = await indexDone;
    result.indexMs = performance.now() - started;
  }
  await server.stop();
  return result;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

if (!existsSync(FILE)) {
  console.log(
    `workspace index: not measured (${PACKAGE} is missing: bash scripts/fetch-corpus.sh)`,
  );
} else {
  const without: Run[] = [];
  const withIndex: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    without.push(await run(false));
    withIndex.push(await run(true));
  }
  const a = median(without.map((r) => r.firstMs));
  const b = median(withIndex.map((r) => r.firstMs));
  const ms = (values: Run[]) => values.map((r) => r.firstMs.toFixed(0)).join(', ');
  console.log(
    `Workspace index (PostgreSQL 15 as the workspace folder, fe-connect.c opened at once; median of ${RUNS}): ` +
      `first diagnostics ${b.toFixed(0)} ms with the index building (${ms(withIndex)}), ` +
      `${a.toFixed(0)} ms with no workspace (${ms(without)}): delayed ${(b - a).toFixed(0)} ms (budget ≤ 50 ms); ` +
      `index built ${(median(withIndex.map((r) => r.indexMs ?? NaN)) / 1000).toFixed(1)} s after the open; ` +
      `server: ${withIndex.at(-1)?.log?.replace(/^connectlint: /, '')}`,
  );
}
