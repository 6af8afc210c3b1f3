import { loadBackend } from '../src/parse/backend.js';
import type { ParserBackend } from '../src/parse/syntax.js';

let backend: Promise<ParserBackend> | undefined;

/** The native backend, loaded once per test process. */
export function testBackend(): Promise<ParserBackend> {
  backend ??= loadBackend('native');
  return backend;
}
