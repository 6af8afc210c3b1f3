import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withClient } from './client.js';

/** Bad input from a client: the server answers what it can and keeps serving. */
describe('the server under bad input', () => {
  it('survives unknown documents, out-of-range and out-of-order changes, and a malformed message', () =>
    withClient(async (client) => {
      await client.initialize({ pull: true });
      const unknown = 'file:///nowhere/never-opened.c';
      assert.equal(
        await client.connection.sendRequest('textDocument/hover', {
          textDocument: { uri: unknown },
          position: { line: 0, character: 0 },
        }),
        null,
      );
      const report = (await client.connection.sendRequest('textDocument/diagnostic', {
        textDocument: { uri: unknown },
      })) as { items: unknown[] };
      assert.deepEqual(report.items, []);
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: unknown, version: 2 },
        contentChanges: [{ text: 'x' }],
      });

      const uri = 'file:///work/abuse.c';
      await client.open(uri, 'c', 'void f(int fd) {\n  connect(fd, 0, 0);\n}\n', 5);
      // A change far past the end, and one with an older version (ignored).
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 6 },
        contentChanges: [
          {
            range: { start: { line: 999, character: 999 }, end: { line: 1000, character: 0 } },
            text: '\n/* tail */',
          },
        ],
      });
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 3 },
        contentChanges: [{ text: 'garbage from an old version' }],
      });
      // Bytes that are not JSON-RPC at all.
      client.process.stdin?.write('Content-Length: 9\r\n\r\n{"bad":!}');
      const after = (await client.connection.sendRequest('textDocument/diagnostic', {
        textDocument: { uri },
      })) as {
        items: { code: string }[];
      };
      assert.deepEqual(
        after.items.map((item) => item.code),
        ['unchecked-return'],
      );
      assert.equal(client.process.exitCode, null, 'the server is still running');
      await client.close();
    }));
});
