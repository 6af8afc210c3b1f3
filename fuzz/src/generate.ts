import type { Fixture } from './corpus.js';
import type { FuzzInput } from './input.js';
import { mutate } from './mutate.js';
import type { Random } from './prng.js';

const EXTENSIONS = [
  '.c',
  '.h',
  '.cc',
  '.hpp',
  '.ts',
  '.tsx',
  '.js',
  '.jsx',
  '.mjs',
  '.cjs',
  '.mts',
  '.cts',
];

/** The next random input: mostly mutated fixtures, sometimes raw random bytes. */
export function nextInput(random: Random, fixtures: Fixture[]): FuzzInput {
  if (random.chance(0.08)) {
    const bytes = Uint8Array.from({ length: random.int(4096) }, () => random.int(256));
    return { kind: 'random-bytes', ext: random.pick(EXTENSIONS), bytes };
  }
  const fixture = random.pick(fixtures);
  const donor = random.pick(fixtures);
  const { bytes, names } = mutate(fixture.bytes, random, donor.bytes);
  // Now and then a C fixture read as TypeScript, or the other way round.
  const ext = random.chance(0.05) ? random.pick(EXTENSIONS) : fixture.ext;
  return { kind: `mutate:${names.join('+')}`, ext, bytes };
}
