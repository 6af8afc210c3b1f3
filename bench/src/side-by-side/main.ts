/**
 * `npm run bench`'s table: connectlint side by side with the floor of reading
 * the bytes (grep), the floor of any syntax-aware tool (the bare tree-sitter
 * parse of the files that must be parsed), ast-grep running one pattern, and
 * cppcheck and clang-tidy on a subset; then the language server's latencies and
 * memory. Every timed figure is the median of several runs, with min and max.
 * The corpora come from scripts/fetch-corpus.sh and scripts/fetch-npm-corpus.sh.
 * Usage: node dist/src/side-by-side/main.js [--runs N] [--only <corpus name prefix>]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFiles } from 'connectlint';
import { repeat, stats, type Stats } from './measure.js';
import { onConnectLine, runClangTidy, runCppcheck, type PeerResult } from './peers.js';
import { coldStart } from './cold-start.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
// `--only C` (a prefix of a corpus's name) times that corpus alone.
const onlyAt = args.indexOf('--only');
const ONLY = onlyAt >= 0 ? (args[onlyAt + 1] ?? '') : '';
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const BENCH = here('../../../');
const CLI = here('../../../../rules/bin/connectlint.js');
const BARE = here('./bare-parse.js');
const AST_GREP = join(BENCH, '../node_modules/.bin/ast-grep');
const CORES = availableParallelism();

interface Corpus {
  name: string;
  root: string;
  /** The script that fetches it (under bench/scripts/). */
  fetch: string;
  grepIncludes: string[];
  astGrepLanguage: string;
}
const CORPORA: Corpus[] = [
  {
    name: 'C: the development corpus (9 Debian source packages)',
    root: join(BENCH, '.cache/src'),
    fetch: 'fetch-corpus.sh',
    grepIncludes: ['--include=*.c', '--include=*.h'],
    astGrepLanguage: 'c',
  },
  {
    name: 'C++: the C++ development corpus (5 Debian source packages)',
    root: join(BENCH, '.cache/cpp/src'),
    fetch: 'fetch-cpp-corpus.sh',
    grepIncludes: ['cc', 'cpp', 'cxx', 'hpp', 'hh', 'hxx', 'ipp', 'c', 'h'].map(
      (extension) => `--include=*.${extension}`,
    ),
    astGrepLanguage: 'cpp',
  },
  {
    name: 'JavaScript: the npm corpus (10 packages and their dependencies)',
    root: join(BENCH, '.cache/npm/node_modules'),
    fetch: 'fetch-npm-corpus.sh',
    grepIncludes: ['--include=*.js', '--include=*.mjs', '--include=*.cjs'],
    astGrepLanguage: 'js',
  },
];

interface Row {
  tool: string;
  cores: string;
  wall: Stats;
  peakMb?: number;
}

const fmt = (ms: number) => (ms / 1000).toFixed(2);
const span = (s: Stats) => `${fmt(s.median)} s (${fmt(s.min)}–${fmt(s.max)})`;

function sizeOf(root: string): { files: string[]; bytes: number; lines: number } {
  const { files } = findFiles([root], root, { patterns: [], root });
  let bytes = 0;
  let lines = 0;
  for (const file of files) {
    const data = readFileSync(file);
    bytes += data.length;
    for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, i + 1)) lines++;
  }
  return { files, bytes, lines };
}

async function timeRows(corpus: Corpus): Promise<Row[]> {
  const rows: Row[] = [];
  const add = async (tool: string, cores: string, command: string, argv: string[]) => {
    const { wall, peakKb } = await repeat(RUNS, command, argv, corpus.root);
    rows.push({ tool, cores, wall, peakMb: peakKb.max / 1024 });
  };
  await add('grep -rl connect (reading the bytes)', '1', 'grep', [
    '-rl',
    ...corpus.grepIncludes,
    'connect',
    '.',
  ]);
  for (const jobs of [1, CORES]) {
    const cores = String(jobs);
    await add('bare tree-sitter parse of the files that must be parsed', cores, process.execPath, [
      BARE,
      '--jobs',
      cores,
      '.',
    ]);
    await add('connectlint (all rules)', cores, process.execPath, [
      CLI,
      '--no-config',
      '--format',
      'json',
      '--jobs',
      cores,
      '.',
    ]);
    await add(`ast-grep run -p 'connect($A, $B, $C)'`, cores, AST_GREP, [
      'run',
      '-p',
      'connect($A, $B, $C)',
      '-l',
      corpus.astGrepLanguage,
      '--threads',
      cores,
      '.',
    ]);
  }
  return rows;
}

function table(rows: Row[], bytes: number, files: number): string {
  const lines = [
    '| tool | cores | wall: median (min–max) | MB/s | files/s | peak RSS |',
    '|---|---:|---|---:|---:|---:|',
  ];
  for (const row of rows) {
    const seconds = row.wall.median / 1000;
    lines.push(
      `| ${row.tool} | ${row.cores} | ${span(row.wall)} | ${(bytes / 1e6 / seconds).toFixed(1)} | ${Math.round(files / seconds)} | ${row.peakMb ? `${row.peakMb.toFixed(0)} MB` : ''} |`,
    );
  }
  return lines.join('\n');
}

function ratios(rows: Row[]): string {
  // Each tool on every core (grep runs on one).
  const find = (prefix: string) =>
    rows.find(
      (row) => row.tool.startsWith(prefix) && (row.cores === String(CORES) || prefix === 'grep'),
    )?.wall.median ?? NaN;
  const ours = find('connectlint');
  return [
    `connectlint / ast-grep: ${(ours / find('ast-grep')).toFixed(2)} (goal ≤ 0.5)`,
    `connectlint / bare parse: ${(ours / find('bare')).toFixed(2)} (goal ≤ 1.5)`,
    `connectlint / grep: ${(ours / find('grep')).toFixed(1)}`,
  ].join('; ');
}

function ourFindings(root: string, subset: string[]): PeerResult & { unchecked: number } {
  const started = performance.now();
  let output: string;
  try {
    output = execFileSync(process.execPath, [CLI, '--no-config', '--format', 'json', ...subset], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // Exit status 1: findings were reported.
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  const ms = performance.now() - started;
  const report = JSON.parse(output) as {
    files: {
      path: string;
      findings: { ruleId: string; start: { line: number } }[];
    }[];
  };
  const all = report.files.flatMap((file) =>
    file.findings.map((finding) => ({ ...finding, path: file.path })),
  );
  return {
    tool: 'connectlint (all rules)',
    ran: true,
    ms,
    findings: all.length,
    onConnect: all.filter((f) => onConnectLine(root, f.path, f.start.line)).length,
    failedFiles: 0,
    unchecked: all.filter((finding) => finding.ruleId === 'unchecked-return').length,
  };
}

function peerLine(result: PeerResult): string {
  if (!result.ran) return `| ${result.tool} | — | not run (${result.note}) | | |`;
  return `| ${result.tool} | ${fmt(result.ms)} s | ${result.findings} | ${result.onConnect} | ${result.failedFiles} |`;
}

function runNode(script: string, argv: string[]): string {
  return execFileSync(process.execPath, [here(`../${script}`), ...argv], { encoding: 'utf8' });
}

const started = Date.now();
console.log(`# connectlint benchmarks — ${new Date().toISOString().slice(0, 10)}`);
console.log(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${CORES} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; Node ${process.version}; ast-grep ${execFileSync(AST_GREP, ['--version'], { encoding: 'utf8' }).trim()}. Each figure: median of ${RUNS} runs after one warm-up, (min–max).`,
);
for (const corpus of CORPORA.filter((candidate) => candidate.name.startsWith(ONLY))) {
  // A corpus not fetched is named, with the way to fetch it (every tool would fail on its folder).
  if (!existsSync(corpus.root)) {
    console.log(
      `\n## ${corpus.name}\nnot measured: ${corpus.root} is missing; fetch it with \`bash bench/scripts/${corpus.fetch}\` (\`npm run bench\` does)`,
    );
    continue;
  }
  const size = sizeOf(corpus.root);
  console.log(
    `\n## ${corpus.name}\n${size.files.length} files, ${size.lines.toLocaleString('en')} lines, ${(size.bytes / 1e6).toFixed(1)} MB\n`,
  );
  const rows = await timeRows(corpus);
  console.log(table(rows, size.bytes, size.files.length));
  console.log(`\n${ratios(rows)}`);
  if (corpus.astGrepLanguage !== 'c') continue;
  // The peers on the first 25 C files (sorted) that call connect(, as they would
  // run in CI: no configure step, no compilation database.
  const subset = size.files
    .filter((file) => file.endsWith('.c') && /\bconnect\s*\(/.test(readFileSync(file, 'utf8')))
    .sort()
    .slice(0, 25)
    .map((file) => file.slice(corpus.root.length + 1));
  const ours = ourFindings(corpus.root, subset);
  console.log(`\n### Peers on ${subset.length} C files that call connect()\n`);
  console.log('| tool | time | findings | on a connect( line | files it could not process |');
  console.log('|---|---|---:|---:|---:|');
  console.log(
    peerLine({ ...ours, tool: `connectlint (all rules; ${ours.unchecked} unchecked-return)` }),
  );
  console.log(peerLine(runCppcheck(corpus.root, subset)));
  console.log(peerLine(runClangTidy(corpus.root, subset)));
}

if (!ONLY) {
  console.log('\n## Language server\n');
  const cold = stats(await coldStart(RUNS));
  console.log(
    `Cold start to first diagnostics (spawn, initialize, open libpq fe-connect.c, pull): ${span(cold)}`,
  );
  process.stdout.write(runNode('hover-latency.js', []));
  process.stdout.write(runNode('server-latency.js', ['1000', '10000']));
  process.stdout.write(runNode('workspace-index-latency.js', [String(Math.min(RUNS, 3))]));
}
console.log(`\n(the whole run: ${((Date.now() - started) / 60000).toFixed(1)} min)`);
