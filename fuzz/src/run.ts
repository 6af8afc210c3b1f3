import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLATFORMS } from 'connectlint';
import { runCliBatch } from './cli-face.js';
import { loadFixtures } from './corpus.js';
import { saveCrash } from './crashes.js';
import { EngineFace } from './engine-face.js';
import { EXTREMES, extremeInput } from './extremes.js';
import { nextInput } from './generate.js';
import type { FuzzInput } from './input.js';
import type { Outcome } from './outcome.js';
import { Random } from './prng.js';
import { ServerFace } from './server-face.js';

export type Face = 'engine' | 'cli' | 'server';

/** Cuts of the truncation sweep per batch: about as long as the batch takes in the other faces. */
const SWEEP_CUTS = 150;

export interface FuzzOptions {
  seed: number;
  /** Stop generating new inputs after this long. */
  durationMs: number;
  faces: readonly Face[];
  /** Run the extreme inputs (50 MB, deep nesting, ...) first. */
  extremes: boolean;
  /** Extremes to leave out (by name), where time is short. */
  skipExtremes?: readonly string[];
  /**
   * Batches of random inputs to run however long they take: what the time asked
   * for yields depends on the machine's load, what a test asserts must not.
   */
  minBatches?: number;
  /** Inputs per CLI process. */
  batchSize?: number;
  crashDir?: string;
  log?: (line: string) => void;
}

export interface Failure {
  face: Face;
  status: 'crash' | 'hang';
  kind: string;
  detail: string;
  saved: string;
}

export interface FuzzStats {
  seed: number;
  /** Inputs tried, counted once per input however many faces ran it (a truncation sweep counts each cut). */
  inputs: number;
  runs: Record<Face, number>;
  crashes: number;
  hangs: number;
  failures: Failure[];
  slowest: { face: Face; kind: string; ms: number };
}

/**
 * The fuzz loop: batches of inputs (the extremes first, then mutated fixtures and
 * random bytes, and a truncation sweep of one fixture per batch through the
 * engine) run through each face at once, until the time is up.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzStats> {
  const log = options.log ?? (() => undefined);
  const random = new Random(options.seed);
  const fixtures = loadFixtures();
  const engine = new EngineFace();
  const server = new ServerFace();
  const cliFolder = join(tmpdir(), `connectlint-fuzz-${process.pid}`);
  const stats: FuzzStats = {
    seed: options.seed,
    inputs: 0,
    runs: { engine: 0, cli: 0, server: 0 },
    crashes: 0,
    hangs: 0,
    failures: [],
    slowest: { face: 'engine', kind: '', ms: 0 },
  };
  const has = (face: Face) => options.faces.includes(face);
  // The time asked for is for random inputs: it starts once the extremes are done.
  let deadline = Date.now() + options.durationMs;
  let index = 0;
  // The truncation sweep's place: which fixture, and the next cut in it.
  const sweep = { fixture: 0, cut: 0 };

  const record = (face: Face, input: FuzzInput, at: number, outcome: Outcome) => {
    stats.runs[face]++;
    if (outcome.ms > stats.slowest.ms) stats.slowest = { face, kind: input.kind, ms: outcome.ms };
    if (outcome.status === 'ok') return;
    if (outcome.status === 'crash') stats.crashes++;
    else stats.hangs++;
    const detail = outcome.detail ?? '';
    const saved = saveCrash(
      input,
      face,
      outcome.status,
      detail,
      options.seed,
      at,
      options.crashDir,
    );
    stats.failures.push({ face, status: outcome.status, kind: input.kind, detail, saved });
    log(`${outcome.status.toUpperCase()} in the ${face} (${input.kind}): ${detail.split('\n')[0]}`);
    log(`  input saved to ${saved}`);
  };

  const extremes = options.extremes
    ? EXTREMES.filter((extreme) => !options.skipExtremes?.includes(extreme.name))
    : [];
  let batches = 0;
  try {
    while (Date.now() < deadline || extremes.length > 0 || batches < (options.minBatches ?? 0)) {
      // Extremes one at a time (they are big); otherwise a batch of small inputs.
      const batch: FuzzInput[] = [];
      const extreme = extremes.shift();
      if (extreme) {
        batch.push(extremeInput(extreme, fixtures));
        if (extremes.length === 0) deadline = Date.now() + options.durationMs;
      } else {
        batches++;
        for (let n = options.batchSize ?? 40; n > 0; n--) batch.push(nextInput(random, fixtures));
      }
      const first = index;
      index += batch.length;
      stats.inputs += batch.length;
      const faceRandom = random.fork();
      const work: Promise<void>[] = [];
      if (has('engine')) {
        work.push(
          (async () => {
            for (const [offset, input] of batch.entries()) {
              const outcome = await engine.run(input, {
                backend: faceRandom.chance(0.2) ? 'wasm' : 'native',
                platform: faceRandom.pick(PLATFORMS),
                reportUnused: faceRandom.chance(0.3),
              });
              record('engine', input, first + offset, outcome);
            }
            if (!extreme) {
              // Truncation at every point: the next SWEEP_CUTS cuts of the fixtures in turn.
              const fixture = fixtures[sweep.fixture % fixtures.length]!;
              const from = sweep.cut;
              const to = Math.min(from + SWEEP_CUTS - 1, fixture.bytes.length);
              if (to >= fixture.bytes.length)
                Object.assign(sweep, { fixture: sweep.fixture + 1, cut: 0 });
              else sweep.cut = to + 1;
              const input = {
                kind: `sweep:${fixture.path}`,
                ext: fixture.ext,
                bytes: fixture.bytes,
              };
              const outcome = await engine.run(input, {
                backend: 'native',
                platform: 'freebsd',
                reportUnused: true,
                sweep: { from, to },
              });
              stats.inputs += outcome.count;
              stats.runs.engine += outcome.count;
              if (outcome.status !== 'ok') record('engine', input, index++, outcome);
            }
          })(),
        );
      }
      if (has('server')) {
        work.push(
          (async () => {
            for (const [offset, input] of batch.entries())
              record('server', input, first + offset, await server.run(input, faceRandom));
          })(),
        );
      }
      if (has('cli')) {
        work.push(
          (async () => {
            const outcomes = await runCliBatch(batch, cliFolder, faceRandom.chance(0.25) ? 2 : 1);
            outcomes.forEach((outcome, offset) =>
              record('cli', batch[offset]!, first + offset, outcome),
            );
          })(),
        );
      }
      await Promise.all(work);
      log(
        `${stats.inputs} inputs, ${stats.crashes} crashes, ${stats.hangs} hangs` +
          (extreme ? ` (${extreme.name}${extreme.ext})` : ''),
      );
    }
  } finally {
    await engine.close();
    server.close();
  }
  return stats;
}
