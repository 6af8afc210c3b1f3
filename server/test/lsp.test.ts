import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { withClient } from './client.js';

const C_SOURCE = `#include <sys/socket.h>
#include <errno.h>
/* é 😀 : the columns after this line count UTF-16 units */
void f(int fd, struct sockaddr *sa, socklen_t n) {
  /* ü 😀 */ connect(fd, sa, n);
  if (connect(fd, sa, n) < 0 && errno != EINPROGRESS) return;
}
`;

describe('connectlint-language-server over stdio', () => {
  it('pushes diagnostics with code, doc link, UTF-16 ranges, and follows edits', () =>
    withClient(async (client) => {
      const init = await client.initialize();
      assert.equal((init.capabilities.textDocumentSync as { change: number }).change, 2);
      const uri = 'file:///work/demo.c';
      await client.open(uri, 'c', C_SOURCE);
      const first = await client.diagnostics(uri);
      assert.equal(first.version, 1);
      assert.equal(first.diagnostics.length, 1);
      const [diagnostic] = first.diagnostics;
      assert.equal(diagnostic?.code, 'unchecked-return');
      assert.equal(diagnostic?.source, 'connectlint');
      assert.match(diagnostic?.codeDescription?.href ?? '', /rules\/docs\/unchecked-return\.md$/);
      // Line 5 is `  /* ü 😀 */ connect(...)`: ü is one UTF-16 unit, 😀 two, so
      // connect starts at character 13 (byte 16).
      assert.deepEqual(diagnostic?.range.start, { line: 4, character: 13 });
      assert.deepEqual(diagnostic?.range.end, { line: 4, character: 31 });

      // An incremental edit: `(void)` before the discarded connect.
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [
          {
            range: { start: { line: 4, character: 13 }, end: { line: 4, character: 13 } },
            text: '(void)',
          },
        ],
      });
      // A push of version 1 may come again (the project's index done meanwhile re-analyses
      // the open file): the edit's push is the next one with version 2.
      let second = await client.diagnostics(uri, 1);
      while (second.version === 1)
        second = await client.diagnostics(uri, client.published.get(uri)?.length ?? 0);
      assert.equal(second.version, 2);
      assert.deepEqual(second.diagnostics, []);

      // A burst of edits: only the last version is analysed and pushed.
      for (let version = 3; version <= 40; version++) {
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [
            {
              range: {
                start: { line: 4, character: 13 },
                end: { line: 4, character: version === 3 ? 19 : 13 },
              },
              text: version === 3 ? '' : ' ',
            },
          ],
        });
      }
      // On a loaded machine the edits may reach the server in more than one
      // batch: a version in between may be pushed, but far fewer than 38, and
      // the last push is the last version's.
      let burst = await client.diagnostics(uri, 2);
      while (burst.version !== 40)
        burst = await client.diagnostics(uri, client.published.get(uri)?.length ?? 0);
      const pushes = (client.published.get(uri)?.length ?? 0) - 2;
      assert.ok(pushes < 10, `${pushes} pushes for a burst of 38 edits`);
      assert.equal(burst.diagnostics[0]?.range.start.character, 13 + 37);

      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      const closed = client.published.get(uri)?.length ?? 0;
      assert.deepEqual((await client.diagnostics(uri, closed)).diagnostics, []);
      await client.close();
    }));

  it('answers pull diagnostics, hover, and code actions with quick fixes and suppressions', () =>
    withClient(async (client) => {
      const init = await client.initialize({ pull: true });
      assert.ok(init.capabilities.diagnosticProvider);
      const uri = 'file:///work/pull.c';
      await client.open(uri, 'c', C_SOURCE);
      const report = (await client.connection.sendRequest('textDocument/diagnostic', {
        textDocument: { uri },
      })) as {
        kind: string;
        items: { code: string; range: unknown; data: unknown; source: string; message: string }[];
      };
      assert.equal(report.kind, 'full');
      assert.deepEqual(
        report.items.map((item) => item.code),
        ['unchecked-return'],
      );
      assert.equal(client.published.size, 0, 'a pull client gets no pushes');

      const hover = (await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line: 5, character: 45 },
      })) as { contents: { value: string } };
      assert.match(hover.contents.value, /\*\*EINPROGRESS\*\* — connect\(2\)/);
      const onConnect = (await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line: 5, character: 7 },
      })) as { contents: { value: string } };
      assert.match(onConnect.contents.value, /- handled: `EINPROGRESS`/);
      assert.equal(
        await client.connection.sendRequest('textDocument/hover', {
          textDocument: { uri },
          position: { line: 2, character: 5 },
        }),
        null,
      );

      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: report.items[0]?.range,
        context: { diagnostics: report.items },
      })) as { title: string; edit?: { changes: Record<string, { newText: string }[]> } }[];
      const titles = actions.map((action) => action.title);
      assert.ok(titles.includes('Disable unchecked-return for this line'), titles.join('; '));
      assert.ok(titles.includes('Disable unchecked-return for this file'));
      assert.match(
        actions[0]?.edit?.changes[uri]?.[0]?.newText ?? '',
        /^ {2}\/\/ connectlint-disable-next-line unchecked-return -- reason\n$/,
      );

      const onErrno = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 5, character: 45 }, end: { line: 5, character: 45 } },
        context: { diagnostics: [] },
      })) as { title: string; command?: { command: string; arguments: string[] } }[];
      assert.equal(onErrno[0]?.title, 'Show the connect(2) entry for EINPROGRESS');
      const explained = await client.connection.sendRequest('workspace/executeCommand', {
        command: onErrno[0]?.command?.command,
        arguments: onErrno[0]?.command?.arguments,
      });
      assert.match(String(explained), /\[EINPROGRESS\] The socket is non-blocking/);
      await client.close();
    }));

  it("after an edit in one function, keeps the others' findings and hovers on them", () =>
    withClient(async (client) => {
      await client.initialize({ pull: true });
      const uri = 'file:///work/edited.c';
      const other = 'int g(int x) {\n  return x + 1;\n}\n';
      await client.open(uri, 'c', C_SOURCE + other);
      const pull = async () =>
        (
          (await client.connection.sendRequest('textDocument/diagnostic', {
            textDocument: { uri },
          })) as { items: { code: string; range: { start: { line: number } } }[] }
        ).items.map((item) => `${item.code}@${item.range.start.line}`);
      const before = await pull();
      assert.deepEqual(before, ['unchecked-return@4']);
      // g() is edited: f() is not analysed again, its finding is kept.
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [
          {
            range: { start: { line: 8, character: 9 }, end: { line: 8, character: 9 } },
            text: ' * 2',
          },
        ],
      });
      assert.deepEqual(await pull(), before);
      // A hover on f()'s connect needs f()'s model: it is built when asked.
      const onConnect = (await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line: 5, character: 7 },
      })) as { contents: { value: string } };
      assert.match(onConnect.contents.value, /- handled: `EINPROGRESS`/);
      await client.close();
    }));

  it('offers the quick fix of a finding', () =>
    withClient(async (client) => {
      await client.initialize({ pull: true });
      const uri = 'file:///work/fix.c';
      await client.open(
        uri,
        'c',
        'int f(int fd, const struct sockaddr_in6 *sin6) {\n  return connect(fd, (const struct sockaddr *)sin6, sizeof(sin6));\n}\n',
      );
      const report = (await client.connection.sendRequest('textDocument/diagnostic', {
        textDocument: { uri },
      })) as { items: { code: string; range: unknown }[] };
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: report.items[0]?.range,
        context: { diagnostics: report.items },
      })) as {
        title: string;
        isPreferred?: boolean;
        edit?: { changes: Record<string, { newText: string }[]> };
      }[];
      assert.equal(actions[0]?.title, 'Use sizeof(*sin6)');
      assert.equal(actions[0]?.isPreferred, true);
      assert.equal(actions[0]?.edit?.changes[uri]?.[0]?.newText, 'sizeof(*sin6)');
      await client.close();
    }));

  it('reads workspace/configuration and connectlint.config.json, and re-reads on change', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'connectlint-ws-'));
    writeFileSync(
      join(folder, 'connectlint.config.json'),
      JSON.stringify({ rules: { 'unchecked-return': 'warn' } }),
    );
    await withClient(async (client) => {
      await client.initialize({ rootUri: pathToFileURL(folder).href });
      const uri = pathToFileURL(join(folder, 'a.c')).href;
      await client.open(uri, 'c', C_SOURCE);
      assert.equal(
        (await client.diagnostics(uri)).diagnostics[0]?.severity,
        2,
        'warn from the config file',
      );
      assert.ok(client.configurationRequests >= 1);
      client.configuration = { rules: { 'unchecked-return': 'off' } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: null,
      });
      // The workspace's index may finish meanwhile and push the old settings' findings
      // again: the change's push is the first without the finding.
      let after = await client.diagnostics(uri, 1);
      for (let i = 0; after.diagnostics.length > 0 && i < 10; i++)
        after = await client.diagnostics(uri, client.published.get(uri)?.length ?? 0);
      assert.deepEqual(after.diagnostics, []);
      client.configuration = { platform: 'windows' };
      const pushed = client.published.get(uri)?.length ?? 0;
      await client.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: null,
      });
      await client.diagnostics(uri, pushed);
      assert.ok(
        client.logs.some((log) => /'windows' is not a platform/.test(log)),
        client.logs.join('\n'),
      );
      await client.close();
    });
  });

  it('knows helpers defined in other files of the workspace, open ones by their unsaved text until closed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'connectlint-ws-'));
    writeFileSync(
      join(folder, 'util.c'),
      '#include <fcntl.h>\nint set_nonblocking(int fd) { return fcntl(fd, F_SETFL, O_NONBLOCK); }\n',
    );
    await withClient(async (client) => {
      await client.initialize({ rootUri: pathToFileURL(folder).href });
      const uri = pathToFileURL(join(folder, 'main.c')).href;
      const text =
        'int set_nonblocking(int fd);\nint dial(const struct sockaddr_in *sin) {\n  int fd = socket(AF_INET, SOCK_STREAM, 0);\n  set_nonblocking(fd);\n  if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) return -1;\n  return fd;\n}\n';
      await client.open(uri, 'c', text);
      let last = await client.diagnostics(uri);
      for (
        let i = 1;
        !last.diagnostics.some((d) => d.code === 'nonblocking-einprogress') && i < 20;
        i++
      ) {
        last = await client.diagnostics(uri, i);
      }
      assert.deepEqual(
        last.diagnostics.map((d) => d.code),
        ['nonblocking-einprogress'],
      );
      // The helper opened with unsaved text that leaves the socket blocking, then closed
      // without saving: the project reads the disk's text again.
      const pushesUntil = async (wanted: boolean) => {
        let pushes = (client.published.get(uri) ?? []).length;
        for (let i = 0; i < 30; i++) {
          const found = last.diagnostics.some((d) => d.code === 'nonblocking-einprogress');
          if (found === wanted) return found;
          last = await client.diagnostics(uri, pushes);
          pushes = (client.published.get(uri) ?? []).length;
        }
        return !wanted;
      };
      const util = pathToFileURL(join(folder, 'util.c')).href;
      await client.open(util, 'c', 'int set_nonblocking(int fd) { return fd; }\n');
      assert.equal(await pushesUntil(false), false);
      await client.notify('textDocument/didClose', { textDocument: { uri: util } });
      assert.equal(await pushesUntil(true), true);
      await client.close();
    });
  });

  it('serves TypeScript documents through the same engine', () =>
    withClient(async (client) => {
      await client.initialize();
      const uri = 'file:///work/client.ts';
      await client.open(
        uri,
        'typescript',
        "import * as net from 'node:net';\nconst s = net.connect(80);\ns.write('x');\nexport {};\n",
      );
      const pushed = await client.diagnostics(uri);
      assert.deepEqual(
        pushed.diagnostics.map((d) => d.code),
        ['error-listener'],
      );
      await client.close();
    }));
});
