import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

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
    const child = spawn(process.execPath, [SERVER, '--stdio'], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    connection.onRequest('workspace/configuration', () => [{}]);
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } },
    });
    await connection.sendNotification('initialized', {});
    const uri = 'file:///bench/fe-connect.c';
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'c', version: 1, text },
    });
    await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    times.push(performance.now() - started);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    connection.dispose();
    child.kill();
  }
  return times;
}
