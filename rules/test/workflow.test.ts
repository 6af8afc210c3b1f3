import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BIN, tempProject, writeFiles } from './cli-process.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const WORKFLOW = join(REPO, 'docs', 'github-actions.yml');
const VERSION = (
  JSON.parse(readFileSync(join(REPO, 'rules', 'package.json'), 'utf8')) as { version: string }
).version;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix: { shard: number[] } };
  steps: Step[];
}

/** The workflow as GitHub reads it (YAML, by python3-yaml, which pre-commit brings). */
function workflow(): { jobs: Record<string, Job> } {
  const run = spawnSync(
    'python3',
    [
      '-c',
      'import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))',
      WORKFLOW,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as { jobs: Record<string, Job> };
}

/** A step's shell command as the runner would run it, with this checkout's CLI for npx's. */
function command(step: Step, expressions: Record<string, string>): string {
  const npx = `npx --yes connectlint@${VERSION}`;
  assert.ok(step.run?.includes(npx), `the step runs ${npx}`);
  let text = (step.run as string).replaceAll(npx, `node '${BIN}'`);
  for (const [expression, value] of Object.entries(expressions)) {
    text = text.replaceAll(`\${{ ${expression} }}`, value);
  }
  assert.doesNotMatch(text, /\$\{\{/, 'every expression is known');
  return text;
}

function bash(script: string, cwd: string) {
  return spawnSync('bash', ['-eo', 'pipefail', '-c', script], { cwd, encoding: 'utf8' });
}

function git(cwd: string, ...args: string[]): void {
  const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
}

const bug = (name: string) =>
  `void ${name}(int fd, struct sockaddr *sa, int n) {\n  connect(fd, sa, n);\n}\n`;

interface Sarif {
  runs: {
    automationDetails?: { id: string };
    results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

describe('docs/github-actions.yml', () => {
  const jobs = workflow().jobs;

  it('the scan job: its shards together report the whole tree, each under its own category', () => {
    const scan = jobs.scan as Job;
    assert.equal(scan.permissions?.['security-events'], 'write');
    const shards = scan.strategy?.matrix.shard ?? [];
    assert.deepEqual(
      shards,
      shards.map((_, i) => i + 1),
    );
    const lint = scan.steps.find((step) => step.run?.includes('--shard')) as Step;
    assert.match(
      lint.run ?? '',
      new RegExp(`--shard \\$\\{\\{ matrix\\.shard \\}\\}/${shards.length} `),
    );
    const upload = scan.steps.find((step) =>
      step.uses?.startsWith('github/codeql-action/upload-sarif@'),
    );
    assert.equal(upload?.with?.sarif_file, /--output-file (\S+)/.exec(lint.run ?? '')?.[1]);

    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`lib${i % 3}/f${i}.c`] = bug(`f${i}`);
    const root = tempProject(files);
    const uris: string[] = [];
    const categories = new Set<string>();
    for (const shard of shards) {
      // Findings are exit 1, which the step lets through: the job goes on to the upload.
      const run = bash(command(lint, { 'matrix.shard': String(shard) }), root);
      assert.equal(run.status, 0, run.stderr);
      const sarif = JSON.parse(
        readFileSync(join(root, upload?.with?.sarif_file as string), 'utf8'),
      ) as Sarif;
      categories.add(sarif.runs[0]?.automationDetails?.id ?? '');
      uris.push(
        ...(sarif.runs[0]?.results ?? []).map(
          (r) => r.locations[0]?.physicalLocation.artifactLocation.uri ?? '',
        ),
      );
    }
    assert.equal(categories.size, shards.length);
    assert.deepEqual(uris.sort(), Object.keys(files).sort());
    // A configuration error still fails the step.
    writeFiles(root, { 'connectlint.config.json': '{"rules": {"no-such-rule": "error"}}' });
    assert.notEqual(bash(command(lint, { 'matrix.shard': '1' }), root).status, 0);
  });

  it('the pull request job: fails on a bug the branch adds, not on the base branch’s', () => {
    const changed = jobs.changed as Job;
    const checkout = changed.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    assert.equal(checkout?.with?.['fetch-depth'], 0, 'the base branch history is fetched');
    const lint = changed.steps.find((step) => step.run?.includes('--changed-since')) as Step;
    const root = tempProject({ 'old.c': bug('legacy'), 'new.c': 'int x;\n' });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'base');
    git(root, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    git(root, 'checkout', '-qb', 'topic');
    writeFiles(root, { 'new.c': 'int x;\nint y;\n' });
    git(root, 'commit', '-qam', 'clean change');
    const script = command(lint, { 'github.base_ref': 'main' });
    assert.equal(bash(script, root).status, 0, 'the legacy bug is not the branch’s');
    writeFiles(root, { 'new.c': bug('fresh') });
    git(root, 'commit', '-qam', 'a bug');
    const failing = bash(script, root);
    assert.equal(failing.status, 1);
    assert.match(failing.stdout, /new\.c/);
    assert.doesNotMatch(failing.stdout, /old\.c/);
  });
});
