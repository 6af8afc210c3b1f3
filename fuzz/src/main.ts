import { parseArgs } from 'node:util';
import { randomSeed } from './prng.js';
import { runFuzz, type Face } from './run.js';

/**
 * `npm run fuzz -- [--minutes N] [--seed S] [--faces engine,cli,server] [--no-extremes]`:
 * fuzzes every face for N minutes (default 1), prints the seed and the count of
 * inputs tried, and exits 1 if any input crashed or hung a face.
 */
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '1' },
    seed: { type: 'string' },
    faces: { type: 'string', default: 'engine,cli,server' },
    'no-extremes': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});
const minutes = Number(values.minutes);
const seed = values.seed !== undefined ? Number(values.seed) : randomSeed();
const faces = values.faces.split(',').map((face) => face.trim()) as Face[];
if (
  !(minutes > 0) ||
  !Number.isInteger(seed) ||
  faces.some((f) => !['engine', 'cli', 'server'].includes(f))
) {
  process.stderr.write(
    'usage: npm run fuzz -- [--minutes N] [--seed S] [--faces engine,cli,server] [--no-extremes]\n',
  );
  process.exit(2);
}
process.stdout.write(
  `connectlint fuzz: seed ${seed}, ${minutes} minute(s), faces ${faces.join(', ')}\n`,
);
process.stdout.write(`(repeat with: npm run fuzz -- --seed ${seed} --minutes ${minutes})\n`);
const stats = await runFuzz({
  seed,
  durationMs: minutes * 60_000,
  faces,
  extremes: !values['no-extremes'],
  log: values.quiet ? undefined : (line) => process.stdout.write(`${line}\n`),
});
process.stdout.write(
  `\n${stats.inputs} inputs tried (engine ${stats.runs.engine}, cli ${stats.runs.cli}, server ${stats.runs.server} runs); ` +
    `${stats.crashes} crashes, ${stats.hangs} hangs; slowest: ${stats.slowest.ms} ms (${stats.slowest.face}, ${stats.slowest.kind}); seed ${seed}\n`,
);
for (const failure of stats.failures)
  process.stdout.write(`  ${failure.status} ${failure.face}: ${failure.saved}\n`);
process.exitCode = stats.crashes + stats.hangs > 0 ? 1 : 0;
