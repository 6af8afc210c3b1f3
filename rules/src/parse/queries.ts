import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { languageById } from './languages.js';
import type { CompiledQuery, ParserBackend } from './syntax.js';

/** `rules/queries/`, beside `src/` in the source tree and `dist/` once built. */
const QUERY_ROOT = fileURLToPath(new URL('../../../queries/', import.meta.url));

const cache = new WeakMap<ParserBackend, Map<string, CompiledQuery>>();

/** Reads and compiles `queries/<language>/<name>.scm` once per backend. */
export function loadQuery(backend: ParserBackend, languageId: string, name: string): CompiledQuery {
  let compiled = cache.get(backend);
  if (!compiled) {
    compiled = new Map();
    cache.set(backend, compiled);
  }
  const key = `${languageId}/${name}`;
  let query = compiled.get(key);
  if (!query) {
    // TypeScript, TSX and JavaScript share `queries/node/`, compiled for each grammar.
    const source = readFileSync(
      `${QUERY_ROOT}${languageById(languageId).queryDir}/${name}.scm`,
      'utf8',
    );
    query = backend.query(languageId, source);
    compiled.set(key, query);
  }
  return query;
}
