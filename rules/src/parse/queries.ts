import { readFileSync } from 'node:fs';
import { resourceDir } from '../resources.js';
import { languageById } from './languages.js';
import type { CompiledQuery, ParserBackend, QueryMatch, SyntaxNode } from './syntax.js';

const composedCache = new WeakMap<ParserBackend, Map<string, CompiledQuery>>();

/**
 * Runs several `.scm` files as one query — one pass over the tree instead of
 * one per file — and hands back each file's matches, capture names as written.
 * Captures are renamed `@<file>.<name>` when composed, so the files stay apart.
 */
export function matchQueries(
  backend: ParserBackend,
  languageId: string,
  names: readonly string[],
  root: SyntaxNode,
): Map<string, QueryMatch[]> {
  let compiled = composedCache.get(backend);
  if (!compiled) {
    compiled = new Map();
    composedCache.set(backend, compiled);
  }
  const key = `${languageId}/${names.join('+')}`;
  let query = compiled.get(key);
  if (!query) {
    const dir = `${resourceDir('queries')}${languageById(languageId).queryDir}`;
    const source = names
      .map((name) =>
        readFileSync(`${dir}/${name}.scm`, 'utf8').replace(/@([\w.]+)/g, `@${name}.$1`),
      )
      .join('\n');
    query = backend.query(languageId, source);
    compiled.set(key, query);
  }
  const byFile = new Map<string, QueryMatch[]>(names.map((name) => [name, []]));
  for (const match of query.matches(root)) {
    const first = match.captures[0]?.name ?? '';
    const file = first.slice(0, first.indexOf('.'));
    byFile.get(file)?.push({
      captures: match.captures.map((capture) => ({
        name: ownName(capture.name),
        node: capture.node,
      })),
    });
  }
  return byFile;
}

/** `@<file>.<name>` → `<name>`, made once per capture name (an edit's query has hundreds of matches). */
const ownNames = new Map<string, string>();

function ownName(composed: string): string {
  let name = ownNames.get(composed);
  if (name === undefined)
    ownNames.set(composed, (name = composed.slice(composed.indexOf('.') + 1)));
  return name;
}
