import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../src/parse/languages.js';
import { BIN, tempProject } from './cli-process.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const HOOKS = join(REPO, '.pre-commit-hooks.yaml');
const VERSION = (
  JSON.parse(readFileSync(join(REPO, 'rules', 'package.json'), 'utf8')) as { version: string }
).version;

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  exclude: string;
}

/** YAML read by the YAML library pre-commit itself uses (python3-yaml, its dependency). */
function yaml<T>(path: string): T {
  const run = spawnSync(
    'python3',
    ['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))', path],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as T;
}

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
}

/** Python's `re.search` on names, as pre-commit applies `files` and `exclude`. */
function pythonMatches(pattern: string, names: string[]): boolean[] {
  const run = spawnSync(
    'python3',
    [
      '-c',
      'import json, re, sys; p = re.compile(sys.argv[1]); print(json.dumps([bool(p.search(n)) for n in json.loads(sys.argv[2])]))',
      pattern,
      JSON.stringify(names),
    ],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as boolean[];
}

const BAD = 'int f(int fd, struct sockaddr *sa, int n) {\n  connect(fd, sa, n);\n  return 0;\n}\n';
const GOOD = 'int f(int fd, struct sockaddr *sa, int n) {\n  return connect(fd, sa, n);\n}\n';

describe('.pre-commit-hooks.yaml', () => {
  const hooks = yaml<Hook[]>(HOOKS);

  it('passes pre-commit exactly the files connectlint lints', () => {
    const extensions = LANGUAGES.flatMap((language) => language.extensions);
    const names = [
      ...extensions.map((ext) => `src/a${ext}`),
      ...extensions.map((ext) => `src/A${ext.toUpperCase()}`),
      'types.d.ts',
      'types.d.mts',
      'README.md',
      'a.cs',
      'a.json',
    ];
    const wanted = names.map(
      (name) =>
        /\.[^.]+$/.test(name) &&
        !/\.d\.[mc]?ts$/i.test(name) &&
        extensions.includes((/\.[^.]+$/.exec(name)?.[0] ?? '').toLowerCase()),
    );
    for (const hook of hooks) {
      const files = pythonMatches(hook.files, names);
      const excluded = pythonMatches(hook.exclude, names);
      assert.deepEqual(
        names.filter((_, i) => files[i] && !excluded[i]),
        names.filter((_, i) => wanted[i]),
        hook.id,
      );
    }
  });

  it('runs the release that carries it', () => {
    const npx = hooks.find((hook) => hook.id === 'connectlint');
    assert.equal(npx?.entry, `npx --yes --package=connectlint@${VERSION} -- connectlint`);
  });

  /**
   * A hook repository with this repo's manifest, and a project whose config uses
   * `hookId` (with `override` merged into the hook, as a user's config may).
   */
  function setUp(hookId: string, override = '') {
    const root = tempProject({});
    // The hook repository: this repo's manifest, committed.
    const hookRepo = join(root, 'hooks');
    mkdirSync(hookRepo);
    copyFileSync(HOOKS, join(hookRepo, '.pre-commit-hooks.yaml'));
    git(hookRepo, 'init', '-q');
    git(hookRepo, 'add', '.');
    git(hookRepo, 'commit', '-qm', 'hooks');
    const rev = git(hookRepo, 'rev-parse', 'HEAD');
    // `connectlint` on PATH, as `npm install -g connectlint` puts it.
    const bin = join(root, 'bin');
    mkdirSync(bin);
    symlinkSync(BIN, join(bin, 'connectlint'));
    const project = join(root, 'project');
    mkdirSync(project);
    git(project, 'init', '-q');
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks: [{ id: ${hookId}${override} }]\n`,
    );
    writeFileSync(join(project, 'bad.c'), BAD);
    writeFileSync(join(project, 'notes.txt'), 'connect(fd, sa, n);\n');
    writeFileSync(
      join(project, 'types.d.ts'),
      "import * as net from 'node:net';\nnet.connect(1);\n",
    );
    git(project, 'add', '.');
    const env = {
      ...process.env,
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      PRE_COMMIT_HOME: join(root, 'pre-commit-home'),
    };
    return { root, project, env };
  }

  function commitsAreChecked({ project, env }: ReturnType<typeof setUp>): void {
    const failing = spawnSync('pre-commit', ['run'], { cwd: project, env, encoding: 'utf8' });
    assert.equal(failing.status, 1, failing.stdout + failing.stderr);
    assert.match(failing.stdout, /bad\.c\n\s+2:3\s+error\s+The result of connect\(\) is discarded/);
    assert.doesNotMatch(failing.stdout, /types\.d\.ts|notes\.txt/);
    writeFileSync(join(project, 'bad.c'), GOOD);
    git(project, 'add', '.');
    const passing = spawnSync('pre-commit', ['run'], { cwd: project, env, encoding: 'utf8' });
    assert.equal(passing.status, 0, passing.stdout + passing.stderr);
    assert.match(passing.stdout, /connectlint\.+Passed/);
  }

  it('connectlint-system, through pre-commit: a bug fails the commit with the finding, a fix passes', () => {
    commitsAreChecked(setUp('connectlint-system'));
  });

  it('connectlint, through pre-commit and npx: the same, from the packed package', () => {
    // The hook's own command with the release swapped for this checkout, packed as npm
    // would publish it (the release is not on the registry while it is being made):
    // connectlint and the language server it depends on, both given to npx.
    const dir = mkdtempSync(join(tmpdir(), 'connectlint-pack-'));
    const pack = spawnSync(
      'npm',
      ['pack', '--silent', '-w', 'rules', '-w', 'server', '--pack-destination', dir],
      { cwd: REPO, encoding: 'utf8' },
    );
    assert.equal(pack.status, 0, pack.stderr);
    const tarballs = pack.stdout
      .trim()
      .split('\n')
      .filter((name) => name.endsWith('.tgz'))
      .map((name) => `--package=${join(dir, name)}`);
    assert.equal(tarballs.length, 2, pack.stdout);
    const entry = hooks.find((hook) => hook.id === 'connectlint')?.entry as string;
    const local = entry.replace(`--package=connectlint@${VERSION}`, tarballs.join(' '));
    assert.notEqual(local, entry);
    commitsAreChecked(setUp('connectlint', `, entry: '${local}'`));
  });
});
