/**
 * The VS Code extension's server start: the packaged `.vsix` (made by `npm run package`
 * when missing) is unzipped into a temporary folder, and its `out/server.mjs` is
 * started over stdio as an editor starts it, N times. Prints the .vsix size, and the
 * median, min and max of: spawn to the `initialize` answer (the server ready: Node up,
 * the bundle loaded, web-tree-sitter and the four grammars instantiated), and spawn to
 * the first diagnostics of a small C file. Needs `unzip`.
 * Usage: node dist/src/extension-start.js [runs=15]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialize, startServer } from './lsp-server.js';

const runs = Number(process.argv[2] ?? 15);
const CLIENT = fileURLToPath(new URL('../../../client/', import.meta.url));
const { version } = JSON.parse(readFileSync(join(CLIENT, 'package.json'), 'utf8')) as {
  version: string;
};
const VSIX = join(CLIENT, `connectlint-${version}.vsix`);
const C_FILE = 'int dial(int fd, void *sa, int len) {\n  connect(fd, sa, len);\n  return 0;\n}\n';

if (!existsSync(VSIX)) execFileSync('npm', ['run', 'package', '-w', 'client'], { stdio: 'ignore' });
const folder = mkdtempSync(join(tmpdir(), 'connectlint-bench-vsix-'));
execFileSync('unzip', ['-q', VSIX, '-d', folder]);
const server = join(folder, 'extension/out/server.mjs');

async function start(): Promise<{ ready: number; diagnostics: number }> {
  const t0 = performance.now();
  let published: Promise<number> = Promise.resolve(0);
  const started = startServer(server, {
    cwd: folder,
    before: (connection) => {
      published = new Promise<number>((resolve) =>
        connection.onNotification('textDocument/publishDiagnostics', () =>
          resolve(performance.now() - t0),
        ),
      );
    },
  });
  const { connection } = started;
  await initialize(connection, false);
  const ready = performance.now() - t0;
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: 'file:///bench/dial.c', languageId: 'c', version: 1, text: C_FILE },
  });
  const diagnostics = await published;
  await started.stop();
  return { ready, diagnostics };
}

const results: { ready: number; diagnostics: number }[] = [];
for (let i = 0; i < runs; i++) results.push(await start());
rmSync(folder, { recursive: true, force: true });

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `median ${median.toFixed(0)} ms (min ${sorted[0]?.toFixed(0)}, max ${sorted.at(-1)?.toFixed(0)})`;
}
console.log(`${VSIX}: ${(statSync(VSIX).size / 1024).toFixed(0)} KiB`);
console.log(`${runs} starts of the packaged server over stdio:`);
console.log(`  spawn to initialize answered: ${summary(results.map((r) => r.ready))}`);
console.log(`  spawn to first diagnostics:   ${summary(results.map((r) => r.diagnostics))}`);
