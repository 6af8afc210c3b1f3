import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { loadBackend } from '../src/parse/backend.js';
import type { ParserBackend } from '../src/parse/syntax.js';

let backend: Promise<ParserBackend> | undefined;

/** The native backend, loaded once per test process. */
export function testBackend(): Promise<ParserBackend> {
  backend ??= loadBackend('native');
  return backend;
}

/**
 * A folder of files for one suite, removed after it: `write` puts a file in
 * it and gives its path. Call it in a `describe` body.
 */
export function scratchFolder(prefix: string): {
  dir: string;
  write: (name: string, text: string) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write: (name, text) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
  };
}
