/**
 * What parsing only the bodies a rule may read saves (`FrontEnd.skippable`): over
 * the C files of a folder that call connect or name `sun_path` (what the CLI
 * analyses; `.pc/` and other hidden folders left out, as the CLI does), the
 * parse whole and partial, and the analysis (parse, model, rules; no project)
 * from a whole tree and the engine's own, in alternating order, medians of the
 * rounds' CPU time of this process.
 * Usage: node dist/src/partial-parse.js [folder] [rounds]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSettings, frontEndOf, languageById, lintText, loadBackend } from 'connectlint';

const root = process.argv[2] ?? fileURLToPath(new URL('../../.cache/src/', import.meta.url));
const rounds = Number(process.argv[3] ?? 7);

function cFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) cFiles(path, out);
    } else if (/\.[ch]$/.test(entry.name)) out.push(path);
  }
  return out;
}

const files = cFiles(root)
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
  .filter(({ text }) => /sun_path|\bconnect\s*\(/.test(text));
const backend = await loadBackend('native');
const settings = defaultSettings();
const language = languageById('c');
if (!language) throw new Error('no C in the language table');
const skippable = frontEndOf(language).skippable;
if (!skippable) throw new Error('the C front end skips nothing');
const skip = (input: string) => skippable(input, language, settings);

const cpu = (work: () => void): number => {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const measures = {
  'parse whole': () => files.forEach(({ text }) => backend.parse('c', text)),
  'parse partial': () => files.forEach(({ text }) => backend.parse('c', text, undefined, { skip })),
  // A whole tree handed over is analysed as it is; without one the engine parses what it may.
  'analysis whole': () =>
    files.forEach(({ path, text }) =>
      lintText(backend, path, text, settings, backend.parse('c', text), undefined, language),
    ),
  'analysis partial': () =>
    files.forEach(({ path, text }) =>
      lintText(backend, path, text, settings, undefined, undefined, language),
    ),
};
const names = Object.keys(measures) as (keyof typeof measures)[];
const times = new Map(names.map((name) => [name, [] as number[]]));
for (let round = 0; round < rounds; round++) {
  // Alternating order: what runs first pays for the collections the other left.
  for (const name of round % 2 ? [...names].reverse() : names)
    times.get(name)?.push(cpu(measures[name]));
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const chars = files.reduce((sum, { text }) => sum + text.length, 0);
console.log(`${files.length} files, ${chars} characters; medians of ${rounds} rounds, CPU:`);
for (const name of names) console.log(`  ${name}: ${median(times.get(name) ?? []).toFixed(0)} ms`);
const ratio = (a: keyof typeof measures, b: keyof typeof measures) =>
  (median(times.get(a) ?? []) / median(times.get(b) ?? [])).toFixed(2);
console.log(
  `partial / whole: parse ${ratio('parse partial', 'parse whole')}, analysis ${ratio('analysis partial', 'analysis whole')}`,
);
