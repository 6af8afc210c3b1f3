import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_FILE_BYTES } from 'connectlint';
import { timeBound, type FuzzInput } from './input.js';
import type { Outcome } from './outcome.js';

const CLI = fileURLToPath(new URL('../../../rules/bin/connectlint.js', import.meta.url));

interface JsonReport {
  files: { path: string; notices: { level: string; message: string }[] }[];
}

/**
 * The CLI face: a batch of inputs written to a folder, one `connectlint` process
 * over it (JSON output), killed if it overruns the batch's time bound. Returns the
 * outcome for each input (a process-wide failure is charged to every input).
 */
export async function runCliBatch(
  inputs: FuzzInput[],
  folder: string,
  jobs: number,
): Promise<Outcome[]> {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const names = inputs.map((input, index) => `input-${index}${input.ext}`);
  inputs.forEach((input, index) =>
    writeFileSync(join(folder, names[index] as string), input.bytes),
  );
  const bound = 5_000 + inputs.reduce((sum, input) => sum + timeBound(input), 0);
  const started = Date.now();
  const run = await runProcess(
    [
      CLI,
      '--format',
      'json',
      '--no-config',
      '--rule',
      'connect-timeout=warn',
      '-j',
      String(jobs),
      '.',
    ],
    folder,
    bound,
  );
  const ms = Date.now() - started;
  if (run.timedOut)
    return inputs.map(() => ({ status: 'hang', ms, detail: `the CLI ran past ${bound} ms` }));
  const whole = (detail: string): Outcome[] => inputs.map(() => ({ status: 'crash', ms, detail }));
  // Exit 0 or 1 (findings); 2 would say the run itself failed.
  if (run.code !== 0 && run.code !== 1)
    return whole(`exit ${run.code} (${run.signal ?? 'no signal'}): ${run.stderr.slice(0, 2000)}`);
  let report: JsonReport;
  try {
    report = JSON.parse(run.stdout) as JsonReport;
  } catch (error) {
    return whole(`output is not JSON: ${(error as Error).message}`);
  }
  const byName = new Map(report.files.map((file) => [file.path, file]));
  return inputs.map((input, index) => {
    const notices = byName.get(names[index] as string)?.notices ?? [];
    const failed = notices.find((notice) => notice.level === 'error');
    if (failed) return { status: 'crash', ms, detail: failed.message };
    if (
      input.bytes.length > MAX_FILE_BYTES &&
      !notices.some((n) => /skipped.*limit/.test(n.message))
    )
      return {
        status: 'crash',
        ms,
        detail: `${input.bytes.length} bytes not skipped with a notice`,
      };
    return { status: 'ok', ms };
  });
}

interface ProcessRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function runProcess(args: string[], cwd: string, bound: number): Promise<ProcessRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, bound);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
      });
    });
  });
}
