import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempProject as project } from './cli-process.js';
import type { Finding } from '../src/engine/finding.js';
import { formatJson } from '../src/cli/format/json.js';
import { formatSarif } from '../src/cli/format/sarif.js';
import { formatText } from '../src/cli/format/text.js';

/**
 * The CLI where a new user first trips: output folders, unreadable and hidden
 * folders, empty folders, broken configs, `--quiet`, configs found per file, and
 * a file with hundreds of thousands of findings. The CLI runs as a process.
 */
const BIN = fileURLToPath(new URL('../../bin/connectlint.js', import.meta.url));
const BAD = 'void f(int fd, struct sockaddr *sa, socklen_t n) {\n  connect(fd, sa, n);\n}\n';

const NOBODY = { uid: 65534, gid: 65534 };
const AS_ROOT = process.getuid?.() === 0;

/**
 * As root no folder is unreadable, so that test runs the CLI as an unprivileged user — who
 * must be able to reach this checkout: a clone inside a `mktemp -d` folder (mode 0700) is not.
 */
const UNREACHABLE =
  AS_ROOT &&
  spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)})`], NOBODY)
    .status !== 0
    ? `the checkout (${BIN}) cannot be read by an unprivileged user, whom the test needs as root`
    : false;

/** Runs the CLI; `asUser` runs it as an unprivileged user when the tests run as root. */
function run(args: string[], cwd: string, asUser = false) {
  const user = asUser && AS_ROOT ? NOBODY : {};
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', ...user });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('connectlint CLI, rough edges', () => {
  it('-o makes the missing folders of the report', () => {
    const root = project({ 'bad.c': BAD });
    const result = run(['--format', 'json', '-o', 'reports/ci/connectlint.json', 'bad.c'], root);
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stderr, '');
    const report = JSON.parse(readFileSync(join(root, 'reports/ci/connectlint.json'), 'utf8')) as {
      errors: number;
    };
    assert.equal(report.errors, 1);
  });

  it('-o into a place it cannot write says so, exits 2 and keeps the report on stdout', () => {
    const root = project({ 'bad.c': BAD, 'file-not-folder': '' });
    const result = run(['-o', 'file-not-folder/out.txt', 'bad.c'], root);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot write file-not-folder\/out\.txt \(E[A-Z]+\)/);
    assert.match(result.stdout, /unchecked-return/);
    assert.doesNotMatch(result.stderr, /internal error/);
  });

  it(
    'names a folder it cannot read instead of skipping it in silence',
    { skip: UNREACHABLE },
    () => {
      const root = project({ 'src/bad.c': BAD, 'locked/hidden.c': BAD });
      chmodSync(root, 0o755);
      chmodSync(join(root, 'src'), 0o755);
      chmodSync(join(root, 'locked'), 0);
      try {
        const result = run(['.'], root, true);
        assert.equal(result.status, 1, result.stderr);
        assert.match(result.stderr, /locked: cannot read the folder \(EACCES\): skipped/);
        assert.match(result.stdout, /src\/bad\.c/);
      } finally {
        chmodSync(join(root, 'locked'), 0o755);
      }
    },
  );

  it('says which files it looks for when a folder has none', () => {
    const root = project({ 'empty/readme.txt': 'nothing here' });
    const result = run(['empty'], root);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /empty: no files to lint \(\.c, \.h, \.cc, \.cpp, .*\.ts, .*\.js/);
    assert.doesNotMatch(result.stderr, /no C files/);
  });

  it('skips hidden folders unless named, as ripgrep', () => {
    const root = project({ 'src/x.c': BAD, '.pc/fix.patch/src/x.c': BAD, '.hidden.c': BAD });
    const all = run(['.'], root);
    assert.equal(all.status, 1);
    assert.match(all.stdout, /src\/x\.c/);
    assert.doesNotMatch(all.stdout, /\.pc|\.hidden/);
    const named = run(['.pc'], root);
    assert.equal(named.status, 1);
    assert.match(named.stdout, /\.pc\/fix\.patch\/src\/x\.c/);
    assert.match(run(['.hidden.c'], root).stdout, /\.hidden\.c/);
  });

  it('reports every config error at once, each with its line and column, and a suggestion', () => {
    const root = project({
      'connectlint.config.json': `{
  "ignore": ["vendor/**"],
  "rules": {
    "unchecked-return": "loud",
    "uncheked-return": "warn"
  },
  "platform": "windows"
}
`,
      'a.c': BAD,
    });
    const result = run(['a.c'], root);
    assert.equal(result.status, 2);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 4, result.stderr);
    assert.match(
      result.stderr,
      /connectlint\.config\.json:2:3: unknown key 'ignore' \(did you mean 'ignores'\?\)/,
    );
    assert.match(
      result.stderr,
      /connectlint\.config\.json:4:5: rules\.unchecked-return: severity must be/,
    );
    assert.match(
      result.stderr,
      /connectlint\.config\.json:5:5: rules\.uncheked-return: unknown rule 'uncheked-return' \(did you mean 'unchecked-return'\?\)/,
    );
    assert.match(
      result.stderr,
      /connectlint\.config\.json:7:3: platform: 'windows' is not a platform/,
    );
  });

  it('gives invalid JSON a line and a column, not a position', () => {
    const root = project({
      'connectlint.config.json': '{\n  "rules": {\n    "unchecked-return": "off",\n  }\n}\n',
      'a.c': BAD,
    });
    const result = run(['a.c'], root);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /connectlint\.config\.json:4:3: not valid JSON/);
    assert.doesNotMatch(result.stderr, /position/);
  });

  it('--quiet drops warning notices as well as warnings', () => {
    const root = project({ 'bin.c': 'connect(\0);\n', 'bad.c': BAD });
    assert.match(run(['--rule', 'unchecked-return=warn', '.'], root).stdout, /binary content/);
    const quiet = run(['--rule', 'unchecked-return=warn', '--quiet', '.'], root);
    assert.equal(quiet.status, 0);
    assert.equal(quiet.stdout, '');
  });

  it("finds each file's config from its own folder up, as ESLint 10", () => {
    const root = project({
      'connectlint.config.json': JSON.stringify({ rules: { 'unchecked-return': 'off' } }),
      'top.c': BAD,
      'pkg/connectlint.config.json': JSON.stringify({ ignores: ['gen/**'] }),
      'pkg/src/bad.c': BAD,
      'pkg/gen/bad.c': BAD,
    });
    for (const cwd of [root, join(root, 'pkg'), join(root, 'pkg', 'src')]) {
      const result = run(['--format', 'json', root], cwd);
      const files = (JSON.parse(result.stdout) as { files: { path: string }[] }).files.map(
        (f) => f.path,
      );
      assert.deepEqual(
        files.map((path) => relative(root, resolve(cwd, path))),
        ['pkg/src/bad.c'],
        result.stdout,
      );
    }
    // -c names one config for every file.
    const fixed = run(['-c', 'connectlint.config.json', '.'], root);
    assert.equal(fixed.status, 0, fixed.stdout);
  });

  it('formats 330,000 findings of one file in every format', () => {
    const finding: Finding = {
      ruleId: 'unchecked-return',
      severity: 'error',
      messageId: 'unchecked',
      data: {},
      message: 'The result of connect() is not checked.',
      location: {
        start: { offset: 0, byte: 0, line: 1, column: 1 },
        end: { offset: 1, byte: 1, line: 1, column: 2 },
      },
      related: [],
      fixes: [],
    };
    const report = {
      cwd: '/p',
      results: [
        { path: '/p/huge.c', findings: new Array<Finding>(330_000).fill(finding), notices: [] },
      ],
      problems: [],
      toolVersion: '0',
    };
    assert.match(formatText(report, false), /330000 problems/);
    assert.ok(formatJson(report).length > 0);
    assert.ok(formatSarif(report).length > 0);
  });
});
