import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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
  additional_dependencies?: string[];
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
      'a.cpp',
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

  it('installs the release that carries it', () => {
    const node = hooks.find((hook) => hook.language === 'node');
    assert.deepEqual(node?.additional_dependencies, [`connectlint@${VERSION}`]);
  });

  it('through pre-commit: a commit with a bug fails with the finding, a clean one passes', () => {
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
      `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks: [{ id: connectlint-system }]\n`,
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
    const failing = spawnSync('pre-commit', ['run'], { cwd: project, env, encoding: 'utf8' });
    assert.equal(failing.status, 1, failing.stdout + failing.stderr);
    assert.match(failing.stdout, /bad\.c\n\s+2:3\s+error\s+The result of connect\(\) is discarded/);
    assert.doesNotMatch(failing.stdout, /types\.d\.ts|notes\.txt/);
    writeFileSync(join(project, 'bad.c'), GOOD);
    git(project, 'add', '.');
    const passing = spawnSync('pre-commit', ['run'], { cwd: project, env, encoding: 'utf8' });
    assert.equal(passing.status, 0, passing.stdout + passing.stderr);
    assert.match(passing.stdout, /connectlint\.+Passed/);
  });
});
