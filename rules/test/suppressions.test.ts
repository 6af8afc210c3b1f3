import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findingKeys, runCli, tempProject, writeFiles } from './cli-process.js';

const DISCARDED = (name: string) =>
  `int ${name}(int fd, struct sockaddr *sa, socklen_t n) {\n  connect(fd, sa, n);\n  return 0;\n}\n`;
const CHECKED =
  'int ok(int fd, struct sockaddr *sa, socklen_t n) {\n  return connect(fd, sa, n);\n}\n';
const UNBOUNDED =
  'void g(struct sockaddr_un *u, const char *p) {\n  strcpy(u->sun_path, p);\n  connect(3, (struct sockaddr *)u, sizeof(*u));\n}\n';

const FILE = 'connectlint-suppressions.json';
const read = (root: string, name = FILE) =>
  JSON.parse(readFileSync(join(root, name), 'utf8')) as Record<
    string,
    Record<string, { count: number }>
  >;

describe('bulk suppressions (connectlint-suppressions.json)', () => {
  it('--suppress-all records the errors per file and rule; a later run reports only new ones', () => {
    const root = tempProject({ 'src/a.c': DISCARDED('a'), 'b.c': UNBOUNDED, 'ok.c': CHECKED });
    const first = runCli(['--suppress-all', '.'], root);
    assert.equal(first.status, 0, first.stderr);
    assert.deepEqual(read(root), {
      'b.c': { 'unchecked-return': { count: 1 }, 'unix-path-bounds': { count: 1 } },
      'src/a.c': { 'unchecked-return': { count: 1 } },
    });
    // The same code: nothing reported, and the run says how much it hid.
    const again = runCli(['--format', 'json', '.'], root);
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(findingKeys(again.stdout), []);
    assert.equal((JSON.parse(again.stdout) as { suppressed: number }).suppressed, 3);
    assert.match(again.stderr, /3 errors suppressed by .*connectlint-suppressions\.json/);
    // A new bug, in a new file: exit 1 with only that finding.
    writeFiles(root, { 'src/new.c': DISCARDED('fresh') });
    const fresh = runCli(['--format', 'json', '.'], root);
    assert.equal(fresh.status, 1);
    assert.deepEqual(findingKeys(fresh.stdout), ['src/new.c:2:unchecked-return']);
  });

  it('a file with more errors of a rule than recorded reports all of them (counts cannot tell which is new)', () => {
    const root = tempProject({ 'a.c': DISCARDED('a') });
    assert.equal(runCli(['--suppress-all', '.'], root).status, 0);
    writeFiles(root, { 'a.c': DISCARDED('a') + DISCARDED('b') });
    const run = runCli(['--format', 'json', '.'], root);
    assert.equal(run.status, 1);
    assert.deepEqual(findingKeys(run.stdout), ['a.c:2:unchecked-return', 'a.c:6:unchecked-return']);
  });

  it('reports entries no longer needed (exit 2), until pruned or passed', () => {
    const root = tempProject({ 'a.c': DISCARDED('a'), 'b.c': UNBOUNDED });
    assert.equal(runCli(['--suppress-all', '.'], root).status, 0);
    writeFiles(root, { 'a.c': CHECKED });
    const stale = runCli(['.'], root);
    assert.equal(stale.status, 2);
    assert.match(stale.stderr, /a\.c: unchecked-return: 1 suppressed error no longer found/);
    assert.match(stale.stderr, /--prune-suppressions/);
    assert.equal(runCli(['--pass-on-unpruned-suppressions', '.'], root).status, 0);
    const pruned = runCli(['--prune-suppressions', '.'], root);
    assert.equal(pruned.status, 0, pruned.stderr);
    assert.deepEqual(read(root), {
      'b.c': { 'unchecked-return': { count: 1 }, 'unix-path-bounds': { count: 1 } },
    });
    assert.equal(runCli(['.'], root).status, 0);
  });

  it('--prune-suppressions drops the entries of deleted files', () => {
    const root = tempProject({ 'a.c': DISCARDED('a'), 'b.c': DISCARDED('b') });
    assert.equal(runCli(['--suppress-all', '.'], root).status, 0);
    rmSync(join(root, 'b.c'));
    assert.equal(runCli(['--prune-suppressions', 'a.c'], root).status, 0);
    assert.deepEqual(Object.keys(read(root)), ['a.c']);
  });

  it('--suppress-rule records one rule; the others still fail the run', () => {
    const root = tempProject({ 'b.c': UNBOUNDED });
    const run = runCli(['--suppress-rule', 'unix-path-bounds', '--format', 'json', '.'], root);
    assert.equal(run.status, 1);
    assert.deepEqual(read(root), { 'b.c': { 'unix-path-bounds': { count: 1 } } });
    assert.deepEqual(findingKeys(run.stdout), ['b.c:3:unchecked-return']);
  });

  it('warnings are not recorded: they do not fail a build', () => {
    const root = tempProject({ 'a.c': DISCARDED('a') });
    const run = runCli(['--rule', 'unchecked-return=warn', '--suppress-all', '.'], root);
    assert.equal(run.status, 0);
    assert.deepEqual(read(root), {});
  });

  it('--suppressions-location: another file, relative to which paths are kept', () => {
    const root = tempProject({ 'src/a.c': DISCARDED('a') });
    const created = runCli(
      ['--suppress-all', '--suppressions-location', 'ci/known.json', 'src'],
      root,
    );
    assert.equal(created.status, 2, 'the folder of the file must exist');
    writeFiles(root, { 'ci/.keep': '' });
    assert.equal(
      runCli(['--suppress-all', '--suppressions-location', 'ci/known.json', 'src'], root).status,
      0,
    );
    assert.deepEqual(read(root, 'ci/known.json'), {
      '../src/a.c': { 'unchecked-return': { count: 1 } },
    });
    assert.equal(runCli(['--suppressions-location', 'ci/known.json', 'src'], root).status, 0);
    assert.ok(!existsSync(join(root, FILE)));
    // Named but missing: a mistake, not an empty file.
    const missing = runCli(['--suppressions-location', 'ci/none.json', 'src'], root);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no suppressions file/);
  });

  it('a malformed file is a configuration error that names the place', () => {
    const root = tempProject({
      'a.c': DISCARDED('a'),
      [FILE]: '{"a.c": {"unchecked-return": {"count": "one"}}}',
    });
    const run = runCli(['.'], root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /"a\.c"\."unchecked-return"\.count must be a whole number/);
  });

  it('contradictory options are usage errors, as in ESLint', () => {
    const root = tempProject({ 'a.c': DISCARDED('a') });
    for (const args of [
      ['--suppress-all', '--suppress-rule', 'unchecked-return'],
      ['--suppress-all', '--prune-suppressions'],
      ['--suppress-rule', 'no-such-rule'],
      ['--stdin', '--suppress-all'],
    ]) {
      const run = runCli([...args, ...(args.includes('--stdin') ? [] : ['.'])], root, '');
      assert.equal(run.status, 2, args.join(' '));
    }
  });
});
