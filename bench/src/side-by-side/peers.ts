import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/**
 * cppcheck and clang-tidy (bugprone-unused-return-value, told to check
 * ::connect) on a subset of the corpus: their time, what they report, and how
 * much of it is about a connect call. Neither knows the projects' builds (no
 * configure, no compilation database), as a linter run in CI on a fresh
 * checkout would not: clang-tidy then stops at generated headers it cannot find.
 */
export interface PeerResult {
  tool: string;
  ran: boolean;
  ms: number;
  findings: number;
  /** Findings on a line that calls connect(. */
  onConnect: number;
  /** Files the tool could not process (a fatal error). */
  failedFiles: number;
  note?: string;
}

const CONNECT_CALL = /\bconnect\s*\(/;

/** Does line `line` (1-based) of `file` (absolute, or relative to `root`) call connect(? */
export function onConnectLine(root: string, file: string, line: number): boolean {
  try {
    const text =
      readFileSync(isAbsolute(file) ? file : join(root, file), 'utf8').split('\n')[line - 1] ?? '';
    return CONNECT_CALL.test(text);
  } catch {
    return false;
  }
}

function available(command: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
}

export function runCppcheck(root: string, files: readonly string[]): PeerResult {
  if (!available('cppcheck')) return skipped('cppcheck');
  const started = performance.now();
  const result = spawnSync(
    'cppcheck',
    [
      '--quiet',
      '--enable=warning,style',
      '--library=posix',
      '--max-configs=1',
      '--template={file}:{line}:{id}',
      ...files,
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const ms = performance.now() - started;
  const lines = (result.stderr ?? '').split('\n').filter((line) => /^[^:]+:\d+:\w+$/.test(line));
  return {
    tool: 'cppcheck --enable=warning,style --library=posix',
    ran: true,
    ms,
    findings: lines.length,
    onConnect: lines.filter((line) => {
      const [file, number] = line.split(':');
      return onConnectLine(root, file ?? '', Number(number));
    }).length,
    failedFiles: 0,
  };
}

export function runClangTidy(root: string, files: readonly string[]): PeerResult {
  if (!available('clang-tidy')) return skipped('clang-tidy');
  const started = performance.now();
  let findings = 0;
  let onConnect = 0;
  let failedFiles = 0;
  for (const file of files) {
    const result = spawnSync(
      'clang-tidy',
      [
        '--quiet',
        '-checks=-*,bugprone-unused-return-value',
        "-config={CheckOptions: [{key: bugprone-unused-return-value.CheckedFunctions, value: '::connect'}]}",
        file,
        '--',
        '-w',
      ],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
    if (/error while processing/i.test(output)) failedFiles++;
    for (const match of output.matchAll(
      /^(.+?):(\d+):\d+: warning: .*\[bugprone-unused-return-value\]$/gm,
    )) {
      findings++;
      const path = (match[1] ?? '').startsWith(root)
        ? (match[1] ?? '').slice(root.length + 1)
        : match[1];
      if (onConnectLine(root, path ?? '', Number(match[2]))) onConnect++;
    }
  }
  return {
    tool: 'clang-tidy bugprone-unused-return-value (::connect)',
    ran: true,
    ms: performance.now() - started,
    findings,
    onConnect,
    failedFiles,
  };
}

function skipped(tool: string): PeerResult {
  return {
    tool,
    ran: false,
    ms: 0,
    findings: 0,
    onConnect: 0,
    failedFiles: 0,
    note: 'not installed',
  };
}
