import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TestClient, withClient } from './client.js';

type Items = { items: { code: string; range: { start: { line: number; character: number } } }[] };
const C_BAD = 'void f(int fd) {\n  connect(fd, 0, 0);\n}\n';

/** The rule ids of the diagnostics the server gives for `uri` when asked. */
async function pulledCodes(client: TestClient, uri: string): Promise<string[]> {
  const report = (await client.connection.sendRequest('textDocument/diagnostic', {
    textDocument: { uri },
  })) as Items;
  return report.items.map((item) => item.code);
}

/** A test-only --import hook: one rule of the engine throws on every C file. */
function throwingRuleHook(): string {
  const dir = mkdtempSync(join(tmpdir(), 'connectlint-hook-'));
  const engine = new URL('../../../rules/dist/src/index.js', import.meta.url).href;
  const hook = join(dir, 'throwing-rule.mjs');
  writeFileSync(
    hook,
    `import { RULES } from ${JSON.stringify(engine)};\n` +
      `RULES.find((rule) => rule.meta.id === 'addrlen-mismatch').checks.c = () => {\n` +
      `  throw new Error('injected by a test');\n};\n`,
  );
  return pathToFileURL(hook).href;
}

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

  it('answers unknown methods and malformed messages with errors, and goes on', () =>
    withClient(async (client) => {
      await client.initialize({ pull: true });
      await assert.rejects(
        client.connection.sendRequest('connectlint/noSuchMethod', {}),
        /Unhandled method|not found/i,
      );
      await client.connection.sendNotification('connectlint/noSuchNotification', { x: 1 });
      // Requests with missing or wrong parameters, for documents never opened.
      for (const [method, params] of [
        ['textDocument/hover', {}],
        ['textDocument/diagnostic', { textDocument: null }],
        ['textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.c' } }],
        ['workspace/executeCommand', { command: 'connectlint.explain', arguments: [{}] }],
      ] as const)
        await client.connection.sendRequest(method, params).catch(() => undefined);
      await client.connection.sendNotification('textDocument/didClose', {
        textDocument: { uri: 'file:///never-opened.c' },
      });
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: {} });
      // Not JSON, JSON that is not JSON-RPC, a body of the wrong length's neighbour.
      for (const body of [
        '{"jsonrpc":',
        '[]',
        '{"jsonrpc":"2.0"}',
        '{"jsonrpc":"2.0","method":7}',
        'null',
      ])
        client.process.stdin?.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      const uri = 'file:///work/after-abuse.c';
      await client.open(uri, 'c', C_BAD);
      assert.deepEqual(await pulledCodes(client, uri), ['unchecked-return']);
      assert.equal(client.process.exitCode, null, 'the server is still running');
    }));

  it('takes 1,000 changes in a burst and reports on the last version only', () =>
    withClient(async (client) => {
      await client.initialize();
      const uri = 'file:///work/burst.c';
      await client.open(uri, 'c', C_BAD);
      await client.diagnostics(uri);
      const before = client.published.get(uri)?.length ?? 0;
      // Typing 1,000 characters at the start of line 0, one notification each, without waiting.
      const sent: Promise<void>[] = [];
      for (let version = 2; version <= 1001; version++)
        sent.push(
          client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [
              {
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                text: version % 50 ? ' ' : '\n',
              },
            ],
          }),
        );
      await Promise.all(sent);
      const started = Date.now();
      for (;;) {
        const last = client.published.get(uri)?.at(-1);
        if (last?.version === 1001) break;
        assert.ok(Date.now() - started < 20_000, 'no diagnostics for the last version');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const pushes = (client.published.get(uri)?.length ?? 0) - before;
      assert.ok(pushes < 50, `${pushes} pushes for one burst: not debounced`);
      const last = client.published.get(uri)?.at(-1);
      // 1,000 characters typed, every 50th a line break: the call moved 20 lines down.
      assert.deepEqual(
        last?.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]),
        [['unchecked-return', 21, 2]],
      );
    }));

  it('logs a rule that throws once, and the other rules still run', () =>
    withClient(
      async (client) => {
        await client.initialize({ pull: true });
        const uri = 'file:///work/throwing.c';
        await client.open(uri, 'c', C_BAD);
        for (let version = 2; version <= 6; version++) {
          await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ text: `/* ${version} */\n${C_BAD}` }],
          });
          assert.deepEqual(await pulledCodes(client, uri), ['unchecked-return']);
        }
        const failures = client.logs.filter((line) => line.includes('injected by a test'));
        assert.equal(failures.length, 1, client.logs.join('\n'));
        assert.match(failures[0] ?? '', /rule addrlen-mismatch failed/);
      },
      { nodeArgs: ['--import', throwingRuleHook()] },
    ));

  it('ends when its client vanishes, without spinning', async () => {
    const client = new TestClient();
    try {
      await client.initialize();
      await client.open('file:///work/vanish.c', 'c', C_BAD);
      // The client goes away mid-message: its end of the pipes closes.
      client.process.stdin?.write('Content-Length: 100\r\n\r\n{"jsonrpc"');
      client.process.stdin?.end();
      client.process.stdout?.destroy();
      const code = await new Promise<number | null>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the server outlived its client')), 10_000);
        client.process.once('exit', (exitCode) => {
          clearTimeout(timer);
          resolve(exitCode);
        });
      });
      assert.notEqual(code, null);
    } finally {
      client.kill();
    }
  });
});
