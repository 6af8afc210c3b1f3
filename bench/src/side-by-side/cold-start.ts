import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initialize, startServer } from '../lsp-server.js';

const SERVER = fileURLToPath(
  new URL('../../../../server/bin/connectlint-language-server.js', import.meta.url),
);
const FILE = fileURLToPath(
  new URL(
    '../../../.cache/src/postgresql-15-15.18/src/interfaces/libpq/fe-connect.c',
    import.meta.url,
  ),
);

/**
 * The language server from nothing to its first answer: spawn, initialize,
 * open a 7,000-line C file (libpq's fe-connect.c, or a fixture without the
 * corpus), pull its diagnostics. Milliseconds, one per run.
 */
export async function coldStart(runs: number): Promise<number[]> {
  const text = existsSync(FILE)
    ? readFileSync(FILE, 'utf8')
    : 'int f(int fd, void *sa, int n) { connect(fd, sa, n); return 0; }\n';
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const server = startServer(SERVER);
    const { connection } = server;
    await initialize(connection, true);
    const uri = 'file:///bench/fe-connect.c';
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'c', version: 1, text },
    });
    await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    times.push(performance.now() - started);
    await server.stop();
  }
  return times;
}
