import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { C_BUG, TS_BUG } from './new-user-sources.js';

/**
 * What a new user does: `npm pack` the public packages, install the tarballs in a
 * fresh project beside the ESLint presets everyone already has, and use every face
 * from there. The workspace hides what does not travel in a tarball (the root's
 * `overrides`, hoisted packages, a built native addon), so only this shows it.
 * The npm cache is reused (`--prefer-offline`): the registry is asked only for
 * what the cache lacks.
 */
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
/** The usual presets first, connectlint's spread after them, none scoped by `files`. */
const ESLINT_CONFIG = `import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import connectlint from 'connectlint/eslint';

export default [
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...connectlint.configs.recommended,
  ...connectlint.configs.c,
];
`;

function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const options: SpawnSyncOptions = {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  };
  const result = spawnSync(command, args, options);
  return {
    status: result.status,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
    log: `${String(result.stdout)}${String(result.stderr)}`,
  };
}

/** A fresh project as `npm init -y` writes it (CommonJS), with the two source files. */
function freshProject(root: string, name: string): string {
  const dir = join(root, name);
  sh('mkdir', ['-p', join(dir, 'src')], root);
  assert.equal(sh('npm', ['init', '-y'], dir).status, 0);
  writeFileSync(join(dir, 'src', 'native.c'), C_BUG);
  writeFileSync(join(dir, 'src', 'client.ts'), TS_BUG);
  return dir;
}

/** npm's install output lines that are warnings (peer conflicts, deprecations, ERESOLVE). */
function warnings(log: string): string[] {
  return log.split('\n').filter((line) => /\bwarn\b|ERESOLVE/i.test(line));
}

/** Sends `initialize` over stdio and resolves to the first response. */
function initialize(
  dir: string,
): Promise<{ id: number; result?: { serverInfo?: { name: string } } }> {
  return new Promise((resolve, reject) => {
    const server = spawn('npx', ['connectlint-language-server', '--stdio'], { cwd: dir });
    let buffer = Buffer.alloc(0);
    server.on('error', reject);
    server.on('exit', (code) => reject(new Error(`the server exited (${code}) before answering`)));
    server.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      const header = /Content-Length: (\d+)\r\n\r\n/.exec(buffer.toString('latin1'));
      if (!header) return;
      const start = header.index + header[0].length;
      const length = Number(header[1]);
      if (buffer.length < start + length) return;
      server.removeAllListeners('exit');
      server.kill();
      resolve(JSON.parse(buffer.subarray(start, start + length).toString('utf8')));
    });
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { processId: null, rootUri: null, capabilities: {} },
    });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
}

describe('the packed packages, installed in a fresh project', () => {
  let root: string;
  let tarballs: string[];
  let project: string;
  let install: ReturnType<typeof sh>;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'connectlint-install-'));
    const pack = sh(
      'npm',
      ['pack', '-w', 'rules', '-w', 'server', '--pack-destination', root],
      REPO,
    );
    assert.equal(pack.status, 0, pack.log);
    tarballs = readdirSync(root)
      .filter((name) => name.endsWith('.tgz'))
      .map((name) => join(root, name));
    project = freshProject(root, 'app');
    install = sh(
      'npm',
      [
        'install',
        '--save-dev',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        'eslint@^10',
        '@eslint/js@^10',
        'typescript-eslint@^8',
        'typescript@~6.0',
        ...tarballs,
      ],
      project,
    );
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('packs connectlint with its README, LICENSE, docs and data, and no source maps', () => {
    const listing = sh('tar', ['-tzf', tarballs.find((t) => /connectlint-\d/.test(t))!], root);
    const files = listing.stdout.split('\n');
    for (const expected of [
      'package/README.md',
      'package/LICENSE',
      'package/docs/unchecked-return.md',
      'package/data/connect.2.freebsd-13.1.json',
      'package/bin/connectlint-language-server.js',
    ])
      assert.ok(files.includes(expected), `${expected} is missing from the tarball`);
    assert.deepEqual(
      files.filter((file) => file.endsWith('.map')),
      [],
    );
  });

  it('installs with no warning, and npm ls --all is clean', () => {
    assert.equal(install.status, 0, install.log);
    assert.deepEqual(warnings(install.log), [], install.log);
    const ls = sh('npm', ['ls', '--all'], project);
    assert.equal(ls.status, 0, ls.log);
  });

  it('npx connectlint finds the C and the TypeScript bug', () => {
    const lint = sh('npx', ['connectlint', '--format', 'json', '.'], project);
    assert.equal(lint.status, 1, lint.log);
    const report = JSON.parse(lint.stdout) as {
      files: { path: string; findings: { ruleId: string }[] }[];
    };
    const found = report.files.flatMap((file) =>
      file.findings.map((f) => `${file.path} ${f.ruleId}`),
    );
    assert.ok(found.includes('src/native.c unchecked-return'), found.join('\n'));
    assert.ok(found.includes('src/client.ts error-listener'), found.join('\n'));
  });

  it('npx eslint . with the presets spread after the usual ones reports both files', () => {
    writeFileSync(join(project, 'eslint.config.mjs'), ESLINT_CONFIG);
    const eslint = sh('npx', ['eslint', '--format', 'json', '.'], project);
    assert.equal(eslint.status, 1, eslint.log);
    const results = JSON.parse(eslint.stdout) as {
      filePath: string;
      messages: { ruleId: string | null; message: string }[];
    }[];
    const rules = (file: string) =>
      results
        .find((result) => result.filePath.endsWith(file))
        ?.messages.map((m) => m.ruleId ?? m.message);
    assert.ok(rules('native.c')?.includes('connectlint/unchecked-return'), eslint.stdout);
    assert.ok(rules('client.ts')?.includes('connectlint/error-listener'), eslint.stdout);
  });

  it('npx connectlint-language-server --stdio answers initialize', async () => {
    const response = await initialize(project);
    assert.equal(response.id, 1);
    assert.equal(response.result?.serverInfo?.name, 'connectlint-language-server');
  });

  it('installs with npm 10 and no compiler, and the CLI works on wasm', () => {
    const bare = freshProject(root, 'no-compiler');
    const noCompiler = { CC: '/bin/false', CXX: '/bin/false' };
    const npm10 = sh(
      'npx',
      [
        '-y',
        'npm@10',
        'install',
        '--save-dev',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        ...tarballs,
      ],
      bare,
      noCompiler,
    );
    assert.equal(npm10.status, 0, npm10.log);
    assert.deepEqual(warnings(npm10.log), [], npm10.log);
    assert.equal(sh('npx', ['-y', 'npm@10', 'ls', '--all'], bare).status, 0);
    const lint = sh('npx', ['connectlint', '.'], bare);
    assert.equal(lint.status, 1, lint.log);
    assert.match(lint.stdout, /unchecked-return/);
    assert.match(lint.stdout, /error-listener/);
    // Whether or not a prebuilt native binding loaded here, the wasm grammars are there.
    const wasm = sh('npx', ['connectlint', '--parser', 'wasm', 'src/native.c'], bare);
    assert.equal(wasm.status, 1, wasm.log);
    assert.match(wasm.stdout, /unchecked-return/);
  });
});
