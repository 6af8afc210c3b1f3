import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempProject as project } from './cli-process.js';

/** The CLI as users run it: a process, its stdout, stderr and exit status. */
const BIN = fileURLToPath(new URL('../../bin/connectlint.js', import.meta.url));
const require = createRequire(import.meta.url);

function run(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const BAD = 'void f(int fd, struct sockaddr *sa, socklen_t n) {\n  connect(fd, sa, n);\n}\n';
const GOOD =
  'int f(int fd, struct sockaddr *sa, socklen_t n) {\n  return connect(fd, sa, n) < 0 ? -1 : 0;\n}\n';
const UNIX = 'void g(struct sockaddr_un *u, const char *p) {\n  strcpy(u->sun_path, p);\n}\n';

function jsonFindings(stdout: string): string[] {
  const report = JSON.parse(stdout) as {
    files: {
      path: string;
      findings: { ruleId: string; start: { line: number; column: number } }[];
    }[];
  };
  return report.files.flatMap((file) =>
    file.findings.map((f) => `${file.path}:${f.start.line}:${f.start.column}:${f.ruleId}`),
  );
}

describe('connectlint CLI', () => {
  it('exits 0 on clean code, 1 on errors, and prints findings as text', () => {
    const root = project({ 'good.c': GOOD, 'src/bad.c': BAD });
    assert.equal(run(['good.c'], root).status, 0);
    const bad = run(['.'], root);
    assert.equal(bad.status, 1);
    assert.match(
      bad.stdout,
      /src\/bad\.c\n {2}2:3 {2}error {4}The result of connect\(\) is discarded.* {2}unchecked-return/,
    );
    assert.match(bad.stdout, /1 problem \(1 error, 0 warnings\)/);
  });

  it('exits 2 on usage errors, with a message', () => {
    const root = project({ 'a.c': GOOD });
    for (const args of [
      ['--format', 'xml', 'a.c'],
      ['--bogus', 'a.c'],
      [],
      ['--rule', 'nope=error', 'a.c'],
      ['--platform', 'win', 'a.c'],
      ['missing.c'],
    ]) {
      const result = run(args, root);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, /^connectlint: /);
    }
  });

  it('--rule sets severities; warnings exit 0 unless --max-warnings is exceeded', () => {
    const root = project({ 'bad.c': BAD });
    assert.equal(run(['--rule', 'unchecked-return=off', 'bad.c'], root).status, 0);
    const warned = run(['--rule', 'unchecked-return=warn', 'bad.c'], root);
    assert.equal(warned.status, 0);
    assert.match(warned.stdout, /warning/);
    assert.equal(
      run(['--rule', 'unchecked-return=warn', '--max-warnings', '0', 'bad.c'], root).status,
      1,
    );
    assert.equal(
      run(['--rule', 'unchecked-return=warn', '--max-warnings', '1', 'bad.c'], root).status,
      0,
    );
    assert.equal(run(['--rule', 'unchecked-return=warn', '--quiet', 'bad.c'], root).stdout, '');
  });

  it('reads connectlint.config.json from the folder up, and rejects a bad one with exit 2', () => {
    const root = project({
      'connectlint.config.json': JSON.stringify({
        rules: { 'unchecked-return': 'off' },
        ignores: ['vendor/**'],
      }),
      'sub/bad.c': BAD,
      'vendor/x.c': UNIX,
      'u.c': UNIX,
    });
    const result = run(['--format', 'json', '.'], join(root, 'sub'));
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(jsonFindings(run(['--format', 'json', '.'], root).stdout), [
      'u.c:2:3:unix-path-bounds',
    ]);
    assert.equal(run(['--no-config', 'sub/bad.c'], root).status, 1);
    writeFileSync(
      join(root, 'connectlint.config.json'),
      '{ "rules": { "unchecked-return": "loud" } }',
    );
    const bad = run(['u.c'], root);
    assert.equal(bad.status, 2);
    assert.match(
      bad.stderr,
      /connectlint\.config\.json:1:14: rules\.unchecked-return: severity must be one of off, warn, error/,
    );
    writeFileSync(join(root, 'connectlint.config.json'), '{ nope');
    assert.match(run(['u.c'], root).stderr, /not valid JSON/);
  });

  it('--platform changes the size of sun_path', () => {
    const path = `/${'p'.repeat(104)}`; // 105 characters, 106 bytes with its NUL
    const text = `struct sockaddr_un a = { .sun_path = "${path.slice(0, 105)}" };\n`;
    const root = project({ 'a.c': text });
    assert.equal(run(['a.c'], root).status, 1);
    assert.equal(run(['--platform', 'macos', 'a.c'], root).status, 1);
    assert.equal(run(['--platform', 'linux', 'a.c'], root).status, 0);
  });

  it('respects .gitignore and skips node_modules; globs pick files', () => {
    const root = project({
      '.gitignore': 'build/\n*.gen.c\n',
      'src/a.c': BAD,
      'src/b.gen.c': BAD,
      'build/c.c': BAD,
      'node_modules/pkg/d.c': BAD,
      'src/deep/e.h': BAD,
      'src/deep/.gitignore': 'e.h\n',
      'src/deep/f.c': BAD,
    });
    mkdirSync(join(root, '.git'));
    const all = jsonFindings(run(['--format', 'json', '.'], root).stdout);
    assert.deepEqual(all, ['src/a.c:2:3:unchecked-return', 'src/deep/f.c:2:3:unchecked-return']);
    const globbed = jsonFindings(run(['--format', 'json', 'src/**/*.c'], root).stdout);
    assert.deepEqual(globbed, [
      'src/a.c:2:3:unchecked-return',
      'src/deep/f.c:2:3:unchecked-return',
    ]);
    // A file named on the command line is linted even if ignored.
    assert.deepEqual(jsonFindings(run(['--format', 'json', 'build/c.c'], root).stdout), [
      'build/c.c:2:3:unchecked-return',
    ]);
    assert.equal(run(['nothing/**/*.c'], root).status, 2);
  });

  it('lints standard input under --stdin-filename', () => {
    const root = project({});
    const result = run(['--stdin', '--stdin-filename', 'src/in.c', '--format', 'json'], root, BAD);
    assert.equal(result.status, 1);
    assert.deepEqual(jsonFindings(result.stdout), ['src/in.c:2:3:unchecked-return']);
    assert.equal(run(['--stdin'], root, GOOD).status, 0);
  });

  it('gives one message for a file it cannot read, a binary file or a broken one, and goes on', () => {
    const root = project({
      'bad.c': BAD,
      'binary.c': 'connect\0\u0001\u0002',
      'broken.c': 'int f( { connect(a,b,c); }}}\n#if\n',
    });
    writeFileSync(join(root, 'locked.c'), BAD);
    chmodSync(join(root, 'locked.c'), 0);
    const result = run(['--format', 'json', '.'], root);
    const report = JSON.parse(result.stdout) as {
      files: { path: string; notices: { message: string }[] }[];
    };
    const notices = Object.fromEntries(
      report.files.map((f) => [f.path, f.notices.map((n) => n.message)]),
    );
    assert.deepEqual(notices['binary.c'], ['skipped: binary content (NUL bytes)']);
    if (process.getuid?.() !== 0) assert.deepEqual(notices['locked.c'], ['cannot read: EACCES']);
    assert.ok(jsonFindings(result.stdout).includes('bad.c:2:3:unchecked-return'));
    assert.equal(result.status, 1);
  });

  it('counts JSON byte offsets from the start of the file, its BOM included', () => {
    const root = project({ 'bom.c': '\ufeff' + BAD });
    const report = JSON.parse(run(['--format', 'json', '.'], root).stdout) as {
      files: { findings: { start: { byte: number; column: number }; end: { byte: number } }[] }[];
    };
    const finding = report.files[0]?.findings[0];
    const bytes = readFileSync(join(root, 'bom.c'));
    assert.equal(
      bytes.subarray(finding?.start.byte, finding?.end.byte).toString(),
      'connect(fd, sa, n)',
    );
    assert.equal(finding?.start.column, 3);
  });

  it('ends a symlink loop cleanly', () => {
    const root = project({ 'src/a.c': BAD });
    symlinkSync('..', join(root, 'src', 'up'));
    const result = run(['--format', 'json', 'src'], root);
    assert.deepEqual(jsonFindings(result.stdout), ['src/a.c:2:3:unchecked-return']);
  });

  it('gives the same findings with worker threads as without', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`f${String(i).padStart(2, '0')}.c`] = i % 2 ? BAD : UNIX;
    const root = project(files);
    const single = run(['--format', 'json', '--jobs', '1', '.'], root).stdout;
    const parallel = run(['--format', 'json', '--jobs', '3', '.'], root).stdout;
    assert.equal(jsonFindings(parallel).length, 30);
    assert.equal(parallel, single);
  });

  it('starts its workers while it lists a large tree, and ends them on every way out', () => {
    // 300 files: past the count at which the workers start loading during the listing.
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++)
      files[`src/m${String(Math.floor(i / 50))}/f${String(i).padStart(3, '0')}.c`] =
        i % 10 ? 'int quiet(void) { return 0; }\n' : BAD;
    // Files the listing leaves out are not surveyed early into the run: a folder the
    // config ignores, and one a .gitignore ignores, each with a bug of its own.
    files['src/vendor/v.c'] = BAD;
    files['src/gen/g.c'] = BAD;
    files['src/.gitignore'] = 'gen/\n';
    files['connectlint.config.json'] = JSON.stringify({ ignores: ['src/vendor/**'] });
    const root = project(files);
    const single = run(['--format', 'json', '--jobs', '1', 'src'], root);
    const early = run(['--format', 'json', '--jobs', '2', 'src'], root);
    assert.equal(jsonFindings(early.stdout).length, 30);
    assert.equal(early.stdout, single.stdout);
    // A configuration error met after the listing: the workers started for it end too.
    writeFileSync(join(root, 'src/m5/connectlint.config.json'), '{ "rules": { "nope": "error" } }');
    const broken = spawnSync(process.execPath, [BIN, '--jobs', '2', 'src'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(broken.status, 2, broken.stderr);
    assert.match(broken.stderr, /unknown rule 'nope'/);
  });

  it('writes SARIF 2.1.0 that the SARIF validator accepts', () => {
    const root = project({
      'src/a b.c': BAD,
      'u.c': UNIX,
      'w.c': `static int w(int fd) { return connect(fd, 0, 0); }\nvoid x(void) { w(1); }\n`,
    });
    const log = join(root, 'out.sarif');
    assert.equal(run(['--format', 'sarif', '--output-file', log, '.'], root).status, 1);
    const sarif = JSON.parse(readFileSync(log, 'utf8'));
    const results = sarif.runs[0].results as {
      ruleId: string;
      ruleIndex: number;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    assert.deepEqual(results.map((r) => r.ruleId).sort(), [
      'unchecked-return',
      'unchecked-return',
      'unix-path-bounds',
    ]);
    const rules = sarif.runs[0].tool.driver.rules as { id: string; helpUri: string }[];
    for (const result of results) assert.equal(rules[result.ruleIndex]?.id, result.ruleId);
    assert.ok(
      results.some((r) => r.locations[0]?.physicalLocation.artifactLocation.uri === 'src/a%20b.c'),
    );
    // No homepage is declared: a help link to a file on this machine would open for nobody.
    assert.equal(rules[0]?.helpUri, undefined);

    const multitool = join(
      dirname(require.resolve('@microsoft/sarif-multitool/package.json')),
      'bin.js',
    );
    const validated = join(root, 'validation.sarif');
    const validation = spawnSync(
      process.execPath,
      [multitool, 'validate', log, '--output', validated],
      { encoding: 'utf8' },
    );
    assert.equal(validation.status, 0, validation.stdout + validation.stderr);
    const problems = JSON.parse(readFileSync(validated, 'utf8')).runs[0].results as {
      level?: string;
      ruleId: string;
    }[];
    // SARIF2005 asks for the tool's informationUri: there is none to give until
    // package.json declares a homepage (explain-and-links.test.ts checks it then).
    assert.deepEqual(
      problems
        .map((p) => `${p.level ?? 'warning'} ${p.ruleId}`)
        .filter((problem) => problem !== 'warning SARIF2005'),
      [],
    );
  });

  it('prints its version, help and rules', () => {
    const root = project({});
    assert.match(run(['--version'], root).stdout, /^\d+\.\d+\.\d+\n$/);
    assert.match(run(['--help'], root).stdout, /Usage: connectlint/);
    assert.match(run(['--list-rules'], root).stdout, /unchecked-return[\s\S]*unix-path-bounds/);
  });
});

describe('connectlint --explain', () => {
  it('prints rule docs, errno entries with platform notes, the page and passages', () => {
    const root = project({});
    const rule = run(['--explain', 'errno-clobbered'], root);
    assert.equal(rule.status, 0);
    assert.match(rule.stdout, /^errno-clobbered\n=+\n/);
    const errno = run(['--explain', 'EAGAIN', '--platform', 'linux'], root);
    assert.match(errno.stdout, /\[EAGAIN\] An auto-assigned port number[\s\S]*On Linux/);
    assert.match(run(['--explain', 'connect'], root).stdout, /^connect\(2\)/);
    assert.match(
      run(['--explain', 'sun_path', '--platform', 'macos'], root).stdout,
      /104 bytes on macOS/,
    );
    const unknown = run(['--explain', 'EFOO'], root);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /nothing to explain for 'EFOO'/);
  });
});
