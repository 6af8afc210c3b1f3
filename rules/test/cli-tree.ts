import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';

/** The CLI over a small tree of files, as a user runs it (the project tests'). */
export const BIN = fileURLToPath(new URL('../../bin/connectlint.js', import.meta.url));
const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A temporary folder holding `files` (by relative path), removed after the tests. */
export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'connectlint-project-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** `connectlint --format json <args>` in `cwd`: each finding as `path:line rule`. */
export function findings(args: string[], cwd: string): string[] {
  const run = spawnSync(process.execPath, [BIN, '--format', 'json', ...args], {
    cwd,
    encoding: 'utf8',
  });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const output = JSON.parse(run.stdout) as {
    files: { path: string; findings: { ruleId: string; start: { line: number } }[] }[];
  };
  return output.files.flatMap((file) =>
    file.findings.map((f) => `${file.path}:${f.start.line} ${f.ruleId}`),
  );
}
