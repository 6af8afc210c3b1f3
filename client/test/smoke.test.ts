import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { vsixPath } from '../scripts/paths.js';
import { StdioClient } from './lsp-client.js';
import { extractZip } from './zip.js';

const C_FILE = `#include <sys/socket.h>
#include <unistd.h>

void dial(int fd, const struct sockaddr *sa, socklen_t len) {
  connect(fd, sa, len);
  close(fd);
}
`;
const TS_FILE = `import net from 'node:net';
const socket = net.connect(80, 'example.com');
socket.write('hello');
`;

/**
 * The packaged extension's own files, unzipped into a temporary folder away from the
 * repository (no node_modules, no rules/ above it): the bundled server must find its
 * engine, queries, data and grammars inside the .vsix, or this fails.
 */
describe('the .vsix server, started as VS Code starts it', () => {
  let folder: string;
  let client: StdioClient;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'connectlint-vsix-'));
    extractZip(vsixPath(), folder);
    client = new StdioClient(join(folder, 'extension/out/server.mjs'), folder);
    await client.initialize();
  });

  after(async () => {
    await client.close().catch(() => client.kill());
    rmSync(folder, { recursive: true, force: true });
  });

  it('reports a finding in C, and documents connect on hover', async () => {
    const uri = 'file:///work/dial.c';
    await client.open(uri, 'c', C_FILE);
    const { diagnostics } = await client.diagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line]),
      [['unchecked-return', 4]],
      client.logs.join('\n'),
    );
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 4, character: 3 },
    })) as { contents: { kind: string; value: string } } | null;
    assert.equal(hover?.contents.kind, 'markdown');
    assert.match(hover.contents.value, /EINPROGRESS/);
  });

  it('reports a finding in TypeScript (the other grammars and queries)', async () => {
    const uri = 'file:///work/dial.ts';
    await client.open(uri, 'typescript', TS_FILE);
    const { diagnostics } = await client.diagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['error-listener'],
      client.logs.join('\n'),
    );
  });

  it("renders the man page and a rule's doc (data/ and docs/)", async () => {
    const page = (await client.connection.sendRequest('workspace/executeCommand', {
      command: 'connectlint.explain',
      arguments: ['connect'],
    })) as string;
    assert.match(page, /ECONNREFUSED/);
    const doc = (await client.connection.sendRequest('workspace/executeCommand', {
      command: 'connectlint.explain',
      arguments: ['unchecked-return'],
    })) as string;
    assert.match(doc, /^# unchecked-return/m);
  });
});
