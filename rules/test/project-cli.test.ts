import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BIN, findings, tree } from './cli-tree.js';

/** The CLI's project index, compilation database and cache, as a user meets them. */
const WRAPPER =
  'int net_dial(int fd, const struct sockaddr *sa, socklen_t n) {\n  return connect(fd, sa, n);\n}\n';
const CALLER =
  '#include "net.h"\nvoid go(int fd, const struct sockaddr *sa, socklen_t n) {\n  net_dial(fd, sa, n);\n}\n';
const HEADER = 'int net_dial(int fd, const struct sockaddr *sa, socklen_t n);\n';

describe('the CLI over a project', () => {
  it('reads a wrapper in another file of the run', () => {
    const root = tree({ 'src/net.c': WRAPPER, 'src/main.c': CALLER, 'src/net.h': HEADER });
    assert.deepEqual(findings(['src'], root), ['src/main.c:3 unchecked-return']);
    // One file alone knows nothing of the other.
    assert.deepEqual(findings(['src/main.c'], root), []);
  });

  it('reads and analyses the project on every core as in one thread', () => {
    // The callers never name connect: the workers read them for the index, and analyse them
    // only once the main thread has found the wrapper they call (in a file no caller includes).
    const files: Record<string, string> = { 'src/net.c': WRAPPER, 'src/net.h': HEADER };
    for (let i = 0; i < 7; i++) files[`src/caller${i}.c`] = CALLER.replace('go(', `go${i}(`);
    const root = tree(files);
    const expected = [...Array(7).keys()].map((i) => `src/caller${i}.c:3 unchecked-return`);
    assert.deepEqual(findings(['--jobs', '1', 'src'], root), expected);
    assert.deepEqual(findings(['--jobs', '3', 'src'], root), expected);
  });

  it("takes compile_commands.json's files into the project (found as clangd finds it, or named)", () => {
    const root = tree({
      'lib/net.c': WRAPPER,
      'app/main.c': CALLER,
      'app/net.h': HEADER,
    });
    const database = JSON.stringify([
      { directory: root, file: 'lib/net.c', arguments: ['cc', '-c', 'lib/net.c'] },
      { directory: root, file: 'app/main.c', command: 'cc -Iapp -DX=1 -c app/main.c' },
    ]);
    writeFileSync(join(root, 'build.json'), database);
    assert.deepEqual(findings(['app'], root), []);
    assert.deepEqual(findings(['--compile-commands', 'build.json', 'app'], root), [
      'app/main.c:3 unchecked-return',
    ]);
    mkdirSync(join(root, 'build'));
    writeFileSync(join(root, 'build', 'compile_commands.json'), database);
    assert.deepEqual(findings(['app'], root), ['app/main.c:3 unchecked-return']);
  });

  it('says so and exits 2 when a named compilation database is broken', () => {
    const root = tree({ 'a.c': CALLER, 'cc.json': '{ not json' });
    const run = spawnSync(process.execPath, [BIN, '--compile-commands', 'cc.json', '.'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--compile-commands: .*cc\.json/);
  });

  it('--cache: the same findings again, a changed helper changes its callers, a changed config or tool version starts afresh', () => {
    const root = tree({ 'net.c': WRAPPER, 'main.c': CALLER, 'net.h': HEADER });
    const cached = ['--cache', '.'];
    const first = findings(cached, root);
    assert.deepEqual(first, ['main.c:3 unchecked-return']);
    assert.deepEqual(findings(cached, root), first);
    // The wrapper no longer returns connect's result: main.c's finding goes, though main.c did not change.
    writeFileSync(
      join(root, 'net.c'),
      WRAPPER.replace('return connect(fd, sa, n);', 'connect(fd, sa, n);\n  return 0;'),
    );
    const later = new Date(Date.now() + 5000);
    utimesSync(join(root, 'net.c'), later, later);
    assert.deepEqual(findings(cached, root), ['net.c:2 unchecked-return']);
    // Another configuration: nothing of the cache is used.
    writeFileSync(
      join(root, 'connectlint.config.json'),
      '{ "rules": { "unchecked-return": "off" } }',
    );
    assert.deepEqual(findings(cached, root), []);
    // Another tool version: nothing of the cache is used either. (A cache that
    // claims no findings under the current key is believed; under another, not.)
    writeFileSync(join(root, 'connectlint.config.json'), '{}');
    const location = join(root, 'tool-version.cache');
    assert.deepEqual(findings(['--cache-location', location, '.'], root), [
      'net.c:2 unchecked-return',
    ]);
    const cache = JSON.parse(readFileSync(location, 'utf8')) as {
      key: string;
      files: Record<string, { result?: { findings: unknown[] } }>;
    };
    for (const entry of Object.values(cache.files)) if (entry.result) entry.result.findings = [];
    writeFileSync(location, JSON.stringify(cache));
    assert.deepEqual(findings(['--cache-location', location, '.'], root), []);
    const version = (JSON.parse(cache.key) as unknown[])[0] as string;
    cache.key = cache.key.replace(JSON.stringify(version), JSON.stringify(`${version}-other`));
    writeFileSync(location, JSON.stringify(cache));
    assert.deepEqual(findings(['--cache-location', location, '.'], root), [
      'net.c:2 unchecked-return',
    ]);
    // --cache-location into a folder.
    mkdirSync(join(root, 'cache'));
    assert.deepEqual(findings(['--cache-location', 'cache', '.'], root), [
      'net.c:2 unchecked-return',
    ]);
  });
});
