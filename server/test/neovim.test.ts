import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SERVER } from './client.js';

const SCRIPT = fileURLToPath(new URL('../../test/neovim/diagnostics.lua', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../../examples/tcp_client.c', import.meta.url));

const hasNeovim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * End to end in a real editor: headless Neovim (Debian's 0.7, installed by
 * .ci/run) opens an example with the server attached and prints what
 * vim.diagnostic.get() holds. On CI a missing Neovim is a failure, not a skip.
 */
describe('Neovim', () => {
  it(
    'shows connectlint diagnostics for an example file',
    {
      skip:
        !hasNeovim && !process.env.CI ? 'nvim is not installed here (.ci/run installs it)' : false,
    },
    () => {
      assert.ok(hasNeovim, 'nvim is not installed: .ci/run installs it from Debian');
      const run = spawnSync(
        'nvim',
        ['--headless', '-u', 'NONE', '-i', 'NONE', '-c', `luafile ${SCRIPT}`],
        {
          encoding: 'utf8',
          timeout: 60_000,
          env: { ...process.env, CONNECTLINT_SERVER: SERVER, CONNECTLINT_FILE: EXAMPLE },
        },
      );
      const line = run.stdout.split('\n').find((text) => text.startsWith('['));
      assert.ok(line, `no JSON from nvim: ${run.stdout} ${run.stderr}`);
      const diagnostics = JSON.parse(line) as {
        lnum: number;
        col: number;
        code: string;
        source: string;
        severity: number;
      }[];
      assert.deepEqual(
        diagnostics.map((d) => [d.lnum, d.col, d.code, d.source, d.severity]),
        [
          [22, 4, 'unchecked-return', 'connectlint', 1],
          [27, 4, 'unchecked-return', 'connectlint', 1],
        ],
      );
    },
  );
});
