import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { shardOf } from '../src/cli/shard.js';
import { findingKeys, runCli, tempProject, writeFiles, type JsonReport } from './cli-process.js';

const discarded = (name: string) =>
  `int ${name}(int fd, struct sockaddr *sa, socklen_t n) {\n  connect(fd, sa, n);\n  return 0;\n}\n`;
const CHECKED =
  'int ok(int fd, struct sockaddr *sa, socklen_t n) {\n  return connect(fd, sa, n);\n}\n';

/** Twenty-four files in folders, each with one finding. */
function monorepo(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 24; i++) files[`pkg${i % 4}/src/file${i}.c`] = discarded(`f${i}`);
  return tempProject(files);
}

interface Sarif {
  runs: {
    automationDetails?: { id: string };
    results: {
      ruleId: string;
      partialFingerprints: Record<string, string>;
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
      }[];
    }[];
  }[];
}

describe('--shard k/n', () => {
  it('shards 1/3..3/3 give exactly the whole run, disjoint', () => {
    const root = monorepo();
    const whole = findingKeys(runCli(['--format', 'json', '.'], root).stdout);
    assert.equal(whole.length, 24);
    const shards = [1, 2, 3].map((k) => {
      const run = runCli(['--format', 'json', '--shard', `${k}/3`, '.'], root);
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
      return findingKeys(run.stdout);
    });
    assert.ok(
      shards.every((shard) => shard.length > 0),
      'every shard has work',
    );
    const union = shards.flat().sort();
    assert.deepEqual(union, whole);
    assert.equal(new Set(union).size, union.length, 'no finding in two shards');
  });

  it('a file keeps its shard wherever the project is and whatever else is in it', () => {
    const root = monorepo();
    const moved = tempProject({});
    cpSync(root, moved, { recursive: true });
    writeFiles(moved, { 'pkg9/extra.c': discarded('extra') });
    const here = findingKeys(runCli(['--format', 'json', '--shard', '2/3', '.'], root).stdout);
    const there = findingKeys(runCli(['--format', 'json', '--shard', '2/3', '.'], moved).stdout);
    assert.deepEqual(
      there.filter((key) => !key.startsWith('pkg9/')),
      here,
    );
    // The split is a function of the relative path alone (SHA-1, not the machine's order).
    assert.equal(shardOf('pkg0/src/file0.c', 3), shardOf('pkg0/src/file0.c', 3));
    assert.deepEqual(
      here.map((key) => shardOf(key.split(':')[0] as string, 3)),
      here.map(() => 2),
    );
  });

  it('SARIF: one automationDetails.id per shard, a partialFingerprint per result', () => {
    const root = monorepo();
    const ids = [1, 2, 3].map((k) => {
      const sarif = JSON.parse(
        runCli(['--format', 'sarif', '--shard', `${k}/3`, '.'], root).stdout,
      ) as Sarif;
      const run = sarif.runs[0];
      for (const result of run?.results ?? []) {
        assert.match(result.partialFingerprints['connectlint/v1'] ?? '', /^[0-9a-f]{32}:\d+$/);
      }
      return run?.automationDetails?.id;
    });
    assert.deepEqual(ids, [
      'connectlint/shard-1-of-3/',
      'connectlint/shard-2-of-3/',
      'connectlint/shard-3-of-3/',
    ]);
    const unsharded = JSON.parse(runCli(['--format', 'sarif', '.'], root).stdout) as Sarif;
    assert.equal(unsharded.runs[0]?.automationDetails, undefined);
  });

  it('--shard must be k/n with 1 <= k <= n', () => {
    const root = monorepo();
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0']) {
      assert.equal(runCli(['--shard', bad, '.'], root).status, 2, bad);
    }
  });
});

describe('SARIF partialFingerprints', () => {
  const fingerprints = (root: string) =>
    (JSON.parse(runCli(['--format', 'sarif', '.'], root).stdout) as Sarif).runs[0]?.results.map(
      (result) => ({
        line: result.locations[0]?.physicalLocation.region.startLine,
        print: result.partialFingerprints['connectlint/v1'],
      }),
    ) ?? [];

  it('survive the finding moving down the file, and tell identical findings apart', () => {
    const body = discarded('f');
    const root = tempProject({ 'a.c': body + body.replace('int f(', 'int g(') });
    const before = fingerprints(root);
    assert.equal(before.length, 2);
    assert.notEqual(before[0]?.print, before[1]?.print, 'two findings, two fingerprints');
    writeFiles(root, {
      'a.c': `/* a new comment */\n#include <stdio.h>\n\n${readFileSync(join(root, 'a.c'), 'utf8')}`,
    });
    const after = fingerprints(root);
    assert.deepEqual(
      after.map((entry) => entry.line),
      before.map((entry) => (entry.line as number) + 3),
    );
    assert.deepEqual(
      after.map((entry) => entry.print),
      before.map((entry) => entry.print),
    );
  });

  it('change when the flagged line changes', () => {
    const root = tempProject({ 'a.c': discarded('f') });
    const [before] = fingerprints(root);
    writeFiles(root, {
      'a.c': discarded('f').replace('connect(fd, sa, n)', 'connect(fd, sa, sizeof(*sa))'),
    });
    const [after] = fingerprints(root);
    assert.notEqual(after?.print, before?.print);
  });
});

function git(root: string, ...args: string[]): void {
  const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
}

describe('--changed-since <ref>', () => {
  it('lints only files committed since the ref, staged, changed, or new', () => {
    const root = tempProject({
      'old.c': discarded('old'),
      'committed.c': CHECKED,
      'staged.c': CHECKED,
      'edited.c': CHECKED,
      '.gitignore': 'ignored.c\n',
    });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'base');
    git(root, 'checkout', '-qb', 'topic');
    writeFiles(root, { 'committed.c': discarded('c') });
    git(root, 'commit', '-qam', 'on the branch');
    writeFiles(root, { 'staged.c': discarded('s') });
    git(root, 'add', 'staged.c');
    writeFiles(root, {
      'edited.c': discarded('e'),
      'new.c': discarded('n'),
      'ignored.c': discarded('i'),
    });
    const run = runCli(['--format', 'json', '--changed-since', 'main', '.'], root);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(findingKeys(run.stdout), [
      'committed.c:2:unchecked-return',
      'edited.c:2:unchecked-return',
      'new.c:2:unchecked-return',
      'staged.c:2:unchecked-return',
    ]);
    // Nothing changed since HEAD in a clean tree: nothing to report, exit 0.
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'all');
    const clean = runCli(['--format', 'json', '--changed-since', 'HEAD', '.'], root);
    assert.equal(clean.status, 0, clean.stderr);
    assert.deepEqual((JSON.parse(clean.stdout) as JsonReport).files, []);
  });

  it('a ref git does not know, or a folder outside git, is exit 2 with git’s reason', () => {
    const root = tempProject({ 'a.c': discarded('a') });
    const outside = runCli(['--changed-since', 'main', '.'], root);
    assert.equal(outside.status, 2);
    assert.match(outside.stderr, /--changed-since: git/);
    git(root, 'init', '-q');
    const unknown = runCli(['--changed-since', 'no-such-ref', '.'], root);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /no-such-ref/);
    assert.equal(runCli(['--changed-since', '--output=x', '.'], root).status, 2);
  });

  it('never runs the repository’s fsmonitor hook', () => {
    const root = tempProject({ 'a.c': discarded('a') });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'base');
    const marker = join(root, 'hook-ran');
    writeFileSync(join(root, 'hook.sh'), `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 });
    git(root, 'config', 'core.fsmonitor', join(root, 'hook.sh'));
    runCli(['--changed-since', 'HEAD', '.'], root);
    assert.throws(() => readFileSync(marker));
  });
});
