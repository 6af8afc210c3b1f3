import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { runFuzz } from '../src/run.js';

/**
 * The bounded fuzz run of `npm test`: the extreme inputs (but the two 5 MB
 * lines, several seconds each per face: `npm run fuzz` has them), then mutated
 * fixtures and random bytes for a few seconds, through the engine, the CLI and
 * the server. A fixed seed, so a failure here reproduces with `npm run fuzz -- --seed`.
 * Each input has its own time bound (`timeBound`, stretched by the machine's load);
 * the test's own timeout only stops a harness that is stuck itself.
 */
it('no input crashes or hangs a face (bounded run)', { timeout: 900_000 }, async () => {
  const crashDir = mkdtempSync(join(tmpdir(), 'connectlint-fuzz-test-'));
  const stats = await runFuzz({
    seed: 20_260_101,
    durationMs: 4_000,
    minBatches: 3,
    faces: ['engine', 'cli', 'server'],
    extremes: true,
    skipExtremes: ['line-5mb', 'line-5mb-minified'],
    batchSize: 30,
    crashDir,
  });
  const failures = stats.failures.map(
    (f) => `${f.status} ${f.face} ${f.kind}: ${f.detail} (${f.saved})`,
  );
  assert.deepEqual(failures, []);
  assert.ok(stats.inputs > 300, `only ${stats.inputs} inputs tried`);
  assert.ok(stats.runs.server > 30 && stats.runs.cli > 30, JSON.stringify(stats.runs));
});
