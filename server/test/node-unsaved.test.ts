import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { withClient, type TestClient } from './client.js';

const MAIN = `import * as net from 'node:net';
import { prepare } from './setup';

export function open(port: number): void {
  const s = net.connect(port, 'example.com');
  prepare(s);
  s.setTimeout(3000, () => s.destroy());
}
`;

const setup = (listens: boolean) => `import type { Socket } from 'node:net';

export function prepare(socket: Socket): void {
  socket.setNoDelay(true);${listens ? "\n  socket.on('error', (err) => console.error(err));" : ''}
}
`;

/** The pushes for `uri` until one satisfies `done` (the index settles in the background). */
async function until(
  client: TestClient,
  uri: string,
  done: (codes: string[]) => boolean,
): Promise<string[]> {
  let pushes = 0;
  for (;;) {
    const last: PublishDiagnosticsParams = await client.diagnostics(uri, pushes);
    pushes = (client.published.get(uri) ?? []).length;
    const codes = last.diagnostics.map((d) => String(d.code));
    if (done(codes) || pushes > 30) return codes;
  }
}

describe('the Node project index in the language server', () => {
  it("reads an open module's unsaved text, not the disk's, until it is closed", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'connectlint-node-unsaved-'));
    writeFileSync(join(folder, 'setup.ts'), setup(false));
    writeFileSync(join(folder, 'main.ts'), MAIN);
    const main = pathToFileURL(join(folder, 'main.ts')).href;
    const helper = pathToFileURL(join(folder, 'setup.ts')).href;
    await withClient(async (client) => {
      await client.initialize({ rootUri: pathToFileURL(folder).href });
      await client.open(main, 'typescript', MAIN);
      // On disk, the helper the socket is handed to listens for nothing.
      assert.deepEqual(await until(client, main, (codes) => codes.includes('error-listener')), [
        'error-listener',
      ]);
      // Unsaved, it listens: the importer's socket has its listener.
      await client.open(helper, 'typescript', setup(true));
      assert.deepEqual(await until(client, main, (codes) => !codes.includes('error-listener')), []);
      // Edited back, still unsaved: the finding returns.
      await client.notify('textDocument/didChange', {
        textDocument: { uri: helper, version: 2 },
        contentChanges: [{ text: setup(false) }],
      });
      assert.deepEqual(await until(client, main, (codes) => codes.includes('error-listener')), [
        'error-listener',
      ]);
      // Listening again, unsaved, then closed without saving: the disk's text counts again.
      await client.notify('textDocument/didChange', {
        textDocument: { uri: helper, version: 3 },
        contentChanges: [{ text: setup(true) }],
      });
      assert.deepEqual(await until(client, main, (codes) => !codes.includes('error-listener')), []);
      await client.notify('textDocument/didClose', { textDocument: { uri: helper } });
      assert.deepEqual(await until(client, main, (codes) => codes.includes('error-listener')), [
        'error-listener',
      ]);
      await client.close();
    });
  });
});
