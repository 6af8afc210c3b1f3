import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * What the CLI never does with a workspace: run its code, reach the network,
 * write absolute paths into SARIF, or loop on its symlinks.
 */
const BIN = fileURLToPath(new URL('../../bin/connectlint.js', import.meta.url));
const BAD = 'void f(int fd, struct sockaddr *sa, socklen_t n) {\n  connect(fd, sa, n);\n}\n';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'connectlint-safety-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function run(args: string[], cwd: string, nodeArgs: string[] = []) {
  const result = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Code that leaves a mark if anything ever runs it. */
const MARK = (root: string) =>
  `require('fs').writeFileSync(${JSON.stringify(join(root, 'EXECUTED'))}, 'yes');\nmodule.exports = { rules: {} };\n`;

/**
 * A Node --import hook that makes every way out to the network throw and leaves
 * a note in `log`: sockets, DNS, HTTP(S), fetch, datagrams.
 */
function noNetworkHook(dir: string, log: string): string {
  const hook = join(dir, 'no-network.mjs');
  writeFileSync(
    hook,
    `import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net'; import tls from 'node:tls'; import dns from 'node:dns';
import http from 'node:http'; import https from 'node:https'; import dgram from 'node:dgram';
const deny = (what) => function () {
  appendFileSync(${JSON.stringify(log)}, what + '\\n');
  throw new Error('network access: ' + what);
};
for (const name of ['connect', 'createConnection']) net[name] = deny('net.' + name);
net.Socket.prototype.connect = deny('net.Socket.connect');
tls.connect = deny('tls.connect');
dgram.Socket.prototype.connect = deny('dgram.connect');
dgram.Socket.prototype.send = deny('dgram.send');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns[name] = deny('dns.' + name);
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns.promises[name] = deny('dns.promises.' + name);
for (const mod of [http, https]) { mod.request = deny('http.request'); mod.get = deny('http.get'); }
globalThis.fetch = deny('fetch');
syncBuiltinESMExports();
`,
  );
  return pathToFileURL(hook).href;
}

describe('safety', () => {
  it('never executes or requires code from the workspace: the config is JSON only', () => {
    const root = project({ 'src/a.c': BAD });
    for (const name of [
      'connectlint.config.js',
      'connectlint.config.mjs',
      'connectlint.config.cjs',
      'connectlint.config.ts',
      '.connectlintrc.js',
      'src/connectlint.config.js',
    ])
      writeFileSync(join(root, name), MARK(root));
    writeFileSync(join(root, 'plugin.js'), MARK(root));
    // Found by itself, the JSON config is the only one read...
    writeFileSync(join(root, 'connectlint.config.json'), '{ "platform": "linux" }');
    assert.equal(run(['--format', 'json', 'src'], root).status, 1);
    // ...keys that would load code elsewhere are unknown keys here...
    writeFileSync(
      join(root, 'connectlint.config.json'),
      JSON.stringify({ extends: './plugin.js', plugins: ['./plugin.js'], parser: './plugin.js' }),
    );
    const keys = run(['src'], root);
    assert.equal(keys.status, 2);
    assert.match(keys.stderr, /extends/);
    // ...and a config named on the command line that is code is not JSON.
    const code = run(['--config', 'connectlint.config.js', 'src'], root);
    assert.equal(code.status, 2);
    assert.match(code.stderr, /not valid JSON/);
    assert.equal(existsSync(join(root, 'EXECUTED')), false, 'workspace code ran');
  });

  it('opens no socket and resolves no name, in the main thread and in workers', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`src/f${i}.c`] = BAD;
    files['src/n.ts'] = "import * as net from 'net';\nnet.connect(80, 'example.com');\n";
    const root = project(files);
    const log = join(root, 'network.log');
    const hook = noNetworkHook(root, log);
    for (const args of [
      ['--format', 'sarif', 'src'],
      ['--format', 'json', '--jobs', '2', 'src'],
      ['--explain', 'connect'],
    ]) {
      const result = run(args, root, ['--import', hook]);
      assert.ok(result.status === 0 || result.status === 1, `${args.join(' ')}: ${result.stderr}`);
    }
    assert.equal(existsSync(log) ? readFileSync(log, 'utf8') : '', '');
  });

  it('writes SARIF paths relative to the project, with a base id, whatever the arguments', () => {
    const root = project({ 'src/a.c': BAD, 'src/deep/b c.c': BAD, 'src/bin.c': 'x\0y' });
    const sarif = JSON.parse(run(['--format', 'sarif', join(root, 'src')], root).stdout);
    const run0 = sarif.runs[0];
    const locations = [
      ...run0.results.flatMap((r: { locations: unknown[] }) => r.locations),
      ...run0.invocations[0].toolExecutionNotifications.flatMap(
        (n: { locations: unknown[] }) => n.locations,
      ),
    ] as { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[];
    const uris = locations.map((l) => l.physicalLocation.artifactLocation);
    assert.deepEqual([...new Set(uris.map((u) => u.uri))].sort(), [
      'src/a.c',
      'src/bin.c',
      'src/deep/b%20c.c',
    ]);
    for (const uri of uris) assert.equal(uri.uriBaseId, '%SRCROOT%');
    assert.equal(run0.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(root).href + '/');
  });

  it('ends symlink loops cleanly and lints the other files', () => {
    const root = project({ 'tree/a.c': BAD, 'tree/x/b.c': BAD, 'tree/y/c.c': BAD });
    symlinkSync('.', join(root, 'tree', 'self'));
    symlinkSync('../y', join(root, 'tree', 'x', 'to-y'));
    symlinkSync('../x', join(root, 'tree', 'y', 'to-x'));
    symlinkSync('../..', join(root, 'tree', 'x', 'up'));
    symlinkSync('missing', join(root, 'tree', 'dangling.c'));
    symlinkSync('loop.c', join(root, 'tree', 'loop.c'));
    const result = run(['--format', 'json', 'tree'], root);
    const report = JSON.parse(result.stdout) as { files: { path: string }[] };
    // Each file once: a folder met again through a link is not searched again.
    const names = report.files.map((f) => f.path.split('/').pop()).sort();
    assert.deepEqual(names, ['a.c', 'b.c', 'c.c']);
    assert.equal(result.status, 1);
  });
});
