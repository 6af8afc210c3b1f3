/**
 * The Node front end against the bare parse, in one process, interleaved: for every
 * file of the folders that passes the engine's prefilter, the bare tree-sitter parse,
 * then the project index's Node part over those files and the whole analysis with its
 * facts (parse, model, every rule, connect-timeout on), round after
 * round; the ratio of the medians is the front end's cost over the floor (goal ≤ 1.5).
 * In one process and interleaved, a busy machine slows both sides alike; the process's
 * CPU time is reported beside the wall time (on 2 cores shared by several jobs, a round
 * the process spends waiting for a core counts in the wall time only).
 * Usage: node dist/src/node-front-end.js [--rounds N] folder...
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  analyzeText,
  buildProject,
  defaultSettings,
  findFiles,
  languageForPath,
  loadBackend,
  mayMatter,
} from 'connectlint';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 15;
const folders = args.filter(
  (arg, i) => !arg.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1),
);
const settings = defaultSettings();
settings.rules.set('connect-timeout', { severity: 'warn', options: {} });
const backend = await loadBackend('native');
const { files } = findFiles(folders, process.cwd(), { patterns: [], root: process.cwd() });
const sources = files.flatMap((path) => {
  const language = languageForPath(path);
  if (language?.family !== 'node') return [];
  const text = readFileSync(path, 'utf8');
  return mayMatter(text, 'node', settings) ? [{ path, id: language.id, text }] : [];
});

const parse: number[] = [];
const analysis: number[] = [];
const parseCpu: number[] = [];
const analysisCpu: number[] = [];
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
for (let round = 0; round <= rounds; round++) {
  let start = performance.now();
  let startCpu = cpu();
  for (const { id, text } of sources) backend.parse(id, text);
  const parsed = performance.now() - start;
  const parsedCpu = cpu() - startCpu;
  start = performance.now();
  startCpu = cpu();
  // The project index's Node part over the same files (the CLI's workers name the seeds:
  // the prefilter's files), then the analysis with its facts: the index's cost counts.
  const texts = new Map(sources.map(({ path, text }) => [path, text]));
  const project = buildProject(
    sources.map(({ path }) => path),
    { root: process.cwd(), read: (path) => texts.get(path) },
  ).project();
  for (const { path, text } of sources)
    analyzeText(backend, path, text, settings, undefined, undefined, project);
  const analysed = performance.now() - start;
  const analysedCpu = cpu() - startCpu;
  // The first round warms up (JIT, query compilation).
  if (round > 0) {
    parse.push(parsed);
    analysis.push(analysed);
    parseCpu.push(parsedCpu);
    analysisCpu.push(analysedCpu);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const bytes = sources.reduce((sum, { text }) => sum + text.length, 0);
console.log(
  JSON.stringify({
    files: sources.length,
    characters: bytes,
    rounds,
    parseMs: Number(median(parse).toFixed(1)),
    analysisMs: Number(median(analysis).toFixed(1)),
    ratio: Number((median(analysis) / median(parse)).toFixed(2)),
    parseCpuMs: Number(median(parseCpu).toFixed(1)),
    analysisCpuMs: Number(median(analysisCpu).toFixed(1)),
    cpuRatio: Number((median(analysisCpu) / median(parseCpu)).toFixed(2)),
  }),
);
