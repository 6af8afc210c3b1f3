import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FuzzInput } from './input.js';

/** fuzz/crashes/ (gitignored): each failing input, kept for a regression test. */
export const CRASH_DIR = fileURLToPath(new URL('../../crashes/', import.meta.url));

/** Writes the input and a note on what happened beside it; returns the input's path. */
export function saveCrash(
  input: FuzzInput,
  face: string,
  status: string,
  detail: string,
  seed: number,
  index: number,
  dir = CRASH_DIR,
): string {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `${status}-${face}-seed${seed}-${index}`);
  writeFileSync(`${base}${input.ext}`, input.bytes);
  writeFileSync(
    `${base}.txt`,
    `face: ${face}\nstatus: ${status}\nkind: ${input.kind}\nseed: ${seed}\ninput: ${index}\n\n${detail}\n`,
  );
  return `${base}${input.ext}`;
}
