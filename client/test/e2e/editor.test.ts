import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { docUrl } from 'connectlint';
import { EditorSession } from './session.js';
import { editorTools } from './tools.js';
import { Screenshots, type ProblemRow, type Workbench } from './workbench.js';
import {
  at,
  FILES,
  UNKNOWN_HELPER_MAIN,
  writeFiles,
  writeTwoFolderWorkspace,
} from './workspace.js';

/** Where the screenshots of every step go (CI keeps the clone's client/test-results/). */
const SCREENSHOTS =
  process.env.CONNECTLINT_E2E_SCREENSHOTS ??
  fileURLToPath(new URL('../../../test-results/editor/', import.meta.url));

/**
 * The packaged extension in a real VS Code: code-server 4.139 (VS Code 1.139 and its
 * extension host) with the freshly built .vsix installed offline, driven in Debian's
 * chromium as a user drives it. Each step writes a screenshot; a failed step says which
 * step it was and where its screenshot is.
 */
describe('the .vsix in VS Code', () => {
  const tools = editorTools();
  const root = mkdtempSync(join(tmpdir(), 'connectlint-editor-'));
  const workspace = join(root, 'workspace');
  let session: EditorSession | undefined;
  let bench: Workbench;
  const screenshots = new Screenshots(SCREENSHOTS);

  /** A step of the user's session: on failure, its name and a screenshot of the screen. */
  function step(name: string, body: (say: (message: string) => void) => Promise<void>): void {
    it(name, async (t) => {
      // Said in the test's report, and on stderr as it happens.
      const say = (message: string) => {
        console.error(`editor test: ${message}`);
        t.diagnostic(message);
      };
      try {
        await body(say);
      } catch (error) {
        // The window last opened, even when it failed to load.
        const shot = await (session?.bench ?? bench)
          ?.screenshot(`FAILED-${name}`)
          .catch(() => 'none');
        throw new Error(
          `step "${name}" failed (screenshot: ${shot}): ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
      await bench.screenshot(name);
    });
  }

  before(async () => {
    writeFiles(workspace, { ...FILES, 'other/main.c': UNKNOWN_HELPER_MAIN });
    session = await EditorSession.open({
      tools,
      root: join(root, 'trusted'),
      folder: workspace,
      workspaceTrust: false,
      screenshots,
    });
    bench = session.bench;
  });

  after(async () => {
    await session?.close();
    rmSync(root, { recursive: true, force: true });
  });

  step(
    'C: a squiggle, and a Problems row connectlint(unchecked-return) with its doc link',
    async () => {
      await bench.openFile('dial.c');
      await bench.squiggles(1);
      const problem = await bench.problem(/discarded/);
      assertConnectlint(problem, 'unchecked-return');
      // Followed, the link opens the rule's page: the bundled one in an editor tab, or
      // (a public page) VS Code asks to open it (the browser has no network here).
      await problem.row.locator('a.monaco-link').click();
      const dialog = bench.page.locator('.monaco-dialog-box', { hasText: 'unchecked-return.md' });
      const tab = bench.page.locator('.tabs-container .tab', { hasText: 'unchecked-return.md' });
      await dialog.or(tab).first().waitFor();
      await bench.screenshot('doc link opens the rule page');
      if (await dialog.isVisible()) {
        await bench.page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
      } else {
        // The page stays open beside; the C file is brought back for the next steps.
        await bench.openFile('dial.c');
      }
    },
  );

  step('C: hover on connect quotes connect(2) with its errors', async () => {
    const { line, column } = at(FILES['dial.c'], 'connect(fd');
    const text = await bench.hover(line, column + 2, /ECONNREFUSED/);
    assert.match(text, /initiate a connection on a socket/);
    assert.match(text, /EINPROGRESS/);
  });

  step('C: hover on an errno quotes its line of connect(2)', async () => {
    const { line, column } = at(FILES['dial.c'], 'ECONNREFUSED');
    const text = await bench.hover(line, column + 3, /forcefully rejected/);
    assert.match(text, /ECONNREFUSED/);
  });

  step('TypeScript: a squiggle and connectlint(error-listener)', async () => {
    await bench.openFile('report.ts');
    await bench.squiggles(1);
    assertConnectlint(await bench.problem(/no 'error' listener/), 'error-listener');
  });

  step('quick fix from the light bulb (Ctrl+.): sizeof(sin) becomes sizeof(*sin)', async () => {
    await bench.openFile('addrlen.c');
    await bench.squiggles(1);
    const { line, column } = at(FILES['addrlen.c'], 'sizeof(sin)');
    await bench.quickFix(line, column + 2, /Use sizeof\(\*sin\)/);
    await bench.save();
    assert.equal(
      readFileSync(join(workspace, 'addrlen.c'), 'utf8'),
      FILES['addrlen.c'].replace('sizeof(sin)', 'sizeof(*sin)'),
    );
    await bench.squiggles(0);
  });

  step(
    '"Disable unchecked-return for this line" writes the comment and the squiggle goes',
    async () => {
      await bench.openFile('dial.c');
      await bench.squiggles(1);
      const { line, column } = at(FILES['dial.c'], 'connect(fd');
      await bench.quickFix(line, column + 2, /Disable unchecked-return for this line/);
      await bench.save();
      assert.equal(
        readFileSync(join(workspace, 'dial.c'), 'utf8'),
        FILES['dial.c'].replace(
          '    connect(fd, sa, len);\n',
          '    // connectlint-disable-next-line unchecked-return -- reason\n    connect(fd, sa, len);\n',
        ),
      );
      await bench.squiggles(0);
    },
  );

  step(
    'command "connectlint: Show the connect(2) manual page" opens the page read-only',
    async () => {
      await bench.command('connectlint: Show the connect(2) manual page');
      await bench.activeTab('connect.md').waitFor();
      await bench.editor().locator('.view-lines', { hasText: 'initiate a connection' }).waitFor();
      assert.match(await bench.text(), /int s, const struct sockaddr \*name, socklen_t namelen/);
      // Typing into it is refused, and nothing changes.
      await bench.page.keyboard.type('x');
      await bench.page
        .locator('.monaco-editor-overlaymessage', { hasText: /read-only/i })
        .waitFor();
      assert.equal(await bench.page.locator('.tab.active.dirty').count(), 0);
      assert.match(await bench.text(), /^\*\*connect\*\*\(2\)/);
    },
  );

  step(
    'Settings editor: connectlint.platform to linux changes the message, no restart',
    async () => {
      await bench.openFile('control.c');
      await bench.problem(/sun_path holds 104 on FreeBSD/);
      await bench.setting('connectlint.platform', 'linux');
      await bench.problem(/sun_path holds 108 on Linux/);
    },
  );

  step(
    'multi-file: a helper in project/util.c makes the connect in main.c non-blocking',
    async () => {
      await bench.openFile('project/main.c');
      await bench.squiggles(1);
      assertConnectlint(await bench.problem(/is non-blocking/), 'nonblocking-einprogress');
      // The same code calling a helper no file defines: only its unchecked connect is found.
      await bench.openFile('other/main.c');
      await bench.squiggles(1);
      const { line } = at(UNKNOWN_HELPER_MAIN, 'connect(fd, sa, len);');
      const squiggle = bench.editor().locator('.squiggly-error');
      const cursorLine = await lineOf(bench, line);
      const box = await squiggle.boundingBox();
      assert.ok(
        box && Math.abs(box.y - cursorLine) < 4,
        'the one squiggle is not on the unchecked connect',
      );
    },
  );

  step('two folders, each with its own connectlint.platform', async (say) => {
    const { file, roots } = writeTwoFolderWorkspace(join(root, 'two'));
    bench = await session!.openWorkspace(file, roots, say);
    await bench.openFile('bsd-folder/control.c');
    await bench.openFile('linux-folder/control.c');
    await bench.problem(/sun_path holds 104 on FreeBSD/);
    await bench.problem(/sun_path holds 108 on Linux/);
  });

  step(
    'restricted mode (workspace trust on, folder not trusted): diagnostics still show',
    async () => {
      await session?.close();
      session = undefined;
      const untrusted = join(root, 'untrusted-folder');
      writeFiles(untrusted, { 'dial.c': FILES['dial.c'] });
      session = await EditorSession.open({
        tools,
        root: join(root, 'untrusted'),
        folder: untrusted,
        workspaceTrust: true,
        screenshots,
      });
      bench = session.bench;
      // VS Code opens a folder it has not been told to trust in Restricted Mode.
      await bench.page.locator('.part.statusbar', { hasText: 'Restricted Mode' }).waitFor();
      await bench.openFile('dial.c');
      await bench.squiggles(1);
      assertConnectlint(await bench.problem(/discarded/), 'unchecked-return');
    },
  );
});

/**
 * A row `connectlint(<rule>)` whose code links to the rule's doc page: the
 * public page once the package declares a home page, until then the page
 * inside the installed extension (code-server shows that file as a
 * `vscode-remote:` URI of its extensions folder).
 */
function assertConnectlint(problem: ProblemRow, rule: string): void {
  assert.equal(`${problem.source}(${problem.code})`, `connectlint(${rule})`);
  const href = problem.href ?? '';
  const bundled = new RegExp(
    `/extensions/connectlint\\.connectlint-vscode-[^/]+/out/resources/docs/${rule}\\.md$`,
  );
  assert.ok(
    href === docUrl(rule) || (docUrl(rule).startsWith('file:') && bundled.test(href)),
    `the doc link of ${rule}: ${href}`,
  );
}

/** The screen y of a 1-based line of the active editor: the cursor's, after going there. */
async function lineOf(bench: Workbench, line: number): Promise<number> {
  await bench.goTo(line, 1);
  const box = await bench.editor().locator('.cursors-layer .cursor').first().boundingBox();
  if (!box) throw new Error('no cursor on screen');
  return box.y;
}
