import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';

/** The CLI as users run it: a process, its stdout, stderr and exit status. */
export const BIN = fileURLToPath(new URL('../../bin/connectlint.js', import.meta.url));

export function runCli(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every project made by a test file, removed when its tests end: none is left in the temp folder. */
const roots: string[] = [];
after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A throwaway project: `files` maps relative paths to contents. */
export function tempProject(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'connectlint-cli-'));
  roots.push(root);
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

export interface JsonReport {
  errors: number;
  warnings: number;
  suppressed?: number;
  files: {
    path: string;
    output?: string;
    notices: { level: string; message: string }[];
    findings: { ruleId: string; severity: string; start: { line: number; column: number } }[];
  }[];
}

/** `path:line:rule` of every finding of a JSON report, sorted. */
export function findingKeys(stdout: string): string[] {
  const report = JSON.parse(stdout) as JsonReport;
  return report.files
    .flatMap((file) => file.findings.map((f) => `${file.path}:${f.start.line}:${f.ruleId}`))
    .sort();
}
