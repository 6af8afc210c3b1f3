import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * The editor setups of server/README.md, run as written. The Neovim block is
 * taken from the README itself and loaded as the editor's init file, in two
 * projects laid out as npm installs connectlint (the bin linked into
 * node_modules/.bin) and one without it. Debian's Neovim (0.7), installed by .ci/run.
 */
const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const CHECK = fileURLToPath(new URL('../../test/neovim/readme-check.lua', import.meta.url));
const BIN = fileURLToPath(
  new URL('../../../rules/bin/connectlint-language-server.js', import.meta.url),
);
const EMACS_CHECK = fileURLToPath(new URL('../../test/emacs/readme-check.el', import.meta.url));
const has = (command: string) =>
  spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0;
const hasNeovim = has('nvim');
const hasEmacs = has('emacs');
/** On CI a missing editor is a failure (.ci/run installs it), elsewhere a skip. */
const skipWithout = (present: boolean, editor: string) =>
  !present && !process.env.CI ? `${editor} is not installed here (.ci/run installs it)` : false;

const C_BUG = 'void f(int s, struct sockaddr *a, int n) {\n  connect(s, a, n);\n}\n';
const HEADER_BUG =
  '#include <sys/socket.h>\nstatic inline void g(int s, struct sockaddr *a, int n) {\n  connect(s, a, n);\n}\n';

/** The fenced block of `language` under the README's `heading`. */
export function readmeBlock(heading: string, language: string): string {
  const text = readFileSync(README, 'utf8');
  const section = text.slice(text.indexOf(`## ${heading}`));
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section);
  assert.ok(match, `no ${language} block under "${heading}" in server/README.md`);
  return match[1] as string;
}

describe('editor setups of the README, as written', () => {
  const root = mkdtempSync(join(tmpdir(), 'connectlint-editors-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  function write(path: string, text: string) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }

  it(
    'Neovim: one server per project, for C sources and headers (cpp), none where it is not installed',
    { skip: skipWithout(hasNeovim, 'nvim') },
    () => {
      assert.ok(hasNeovim, 'nvim is not installed: .ci/run installs it from Debian');
      write('init.lua', readmeBlock('Neovim', 'lua'));
      for (const project of ['app', 'lib']) {
        write(`${project}/package.json`, '{ "private": true }\n');
        mkdirSync(join(root, project, 'node_modules', '.bin'), { recursive: true });
        symlinkSync(
          BIN,
          join(root, project, 'node_modules', '.bin', 'connectlint-language-server'),
        );
      }
      write('app/src/net.c', C_BUG);
      write('app/include/net.h', HEADER_BUG);
      write('lib/dial.c', C_BUG);
      write('plain/other.c', C_BUG);
      const files = ['app/src/net.c', 'app/include/net.h', 'lib/dial.c', 'plain/other.c'].map(
        (file) => join(root, file),
      );
      const run = spawnSync(
        'nvim',
        ['--headless', '-i', 'NONE', '-u', join(root, 'init.lua'), '-c', `luafile ${CHECK}`],
        {
          encoding: 'utf8',
          timeout: 90_000,
          env: { ...process.env, CONNECTLINT_FILES: files.join(':'), CONNECTLINT_EXPECT: '3' },
        },
      );
      const line = run.stdout.split('\n').find((text) => text.startsWith('{'));
      assert.ok(line, `no JSON from nvim: ${run.stdout} ${run.stderr}`);
      const seen = JSON.parse(line) as {
        clients: { name: string; root: string }[];
        buffers: { file: string; filetype: string; clients: string[]; codes: string[] }[];
      };
      assert.deepEqual(seen.clients.map((client) => client.root).sort(), [
        join(root, 'app'),
        join(root, 'lib'),
      ]);
      assert.deepEqual(
        seen.buffers.map((buffer) => [
          buffer.file.slice(root.length + 1),
          buffer.filetype,
          buffer.clients.map((client) => client.slice(root.length + 1)),
          buffer.codes,
        ]),
        [
          ['app/src/net.c', 'c', ['app'], ['unchecked-return']],
          ['app/include/net.h', 'cpp', ['app'], ['unchecked-return']],
          ['lib/dial.c', 'c', ['lib'], ['unchecked-return']],
          ['plain/other.c', 'c', [], []],
        ],
      );
    },
  );

  it(
    'Emacs (eglot): C sources and headers of a project get its diagnostics',
    { skip: skipWithout(hasEmacs, 'emacs') },
    () => {
      assert.ok(
        hasEmacs,
        'emacs is not installed: .ci/run installs it (and elpa-eglot) from Debian',
      );
      write('snippet.el', readmeBlock('Emacs', 'elisp'));
      const project = join(root, 'emacs-app');
      write('emacs-app/package.json', '{ "private": true }\n');
      write('emacs-app/src/net.c', C_BUG);
      write('emacs-app/include/net.h', HEADER_BUG);
      mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
      symlinkSync(BIN, join(project, 'node_modules', '.bin', 'connectlint-language-server'));
      // eglot serves a project, and project.el knows one by its version control.
      assert.equal(spawnSync('git', ['init', '-q', project]).status, 0);
      const files = ['src/net.c', 'include/net.h'].map((file) => join(project, file));
      const run = spawnSync(
        'emacs',
        ['--batch', '-l', join(root, 'snippet.el'), '-l', EMACS_CHECK],
        {
          cwd: project,
          encoding: 'utf8',
          timeout: 120_000,
          env: { ...process.env, CONNECTLINT_FILES: files.join(':') },
        },
      );
      const line = run.stdout.split('\n').find((text) => text.startsWith('['));
      assert.ok(line, `no JSON from emacs: ${run.stdout} ${run.stderr}`);
      const seen = JSON.parse(line) as {
        file: string;
        mode: string;
        command: string[];
        diagnostics: string[];
      }[];
      for (const buffer of seen) {
        assert.equal(buffer.mode, 'c-mode');
        assert.deepEqual(buffer.command, [
          'npx',
          '--no',
          '--',
          'connectlint-language-server',
          '--stdio',
        ]);
        assert.equal(buffer.diagnostics.length, 1, JSON.stringify(buffer));
        assert.match(buffer.diagnostics[0] ?? '', /unchecked-return/);
      }
      assert.equal(seen.length, 2);
    },
  );
});
