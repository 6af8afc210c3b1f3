import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { matchQueries } from '../src/parse/queries.js';
import type { QueryMatch, SyntaxNode, SyntaxTree } from '../src/parse/syntax.js';
import { changesSince } from '../src/parse/tree-changes.js';
import { loadBackend } from '../src/parse/backend.js';
import { BodyQueries, sortMatches, type QueriedBodies } from '../src/model/c/requery.js';
import { CALLS_AND_FACTS } from '../src/model/c/file-model.js';
import { editText } from './helpers.js';

/**
 * The queries over a function body carried over from the previous version
 * (`requery.ts`) must be the matches of the whole query over the new tree:
 * every capture's name, type, span and text, through random pairs of edits.
 */
const FIXTURES = fileURLToPath(new URL('../../../grammar-tests/c/', import.meta.url));

function bodies(root: SyntaxNode): { fn: SyntaxNode; body: SyntaxNode }[] {
  const found: { fn: SyntaxNode; body: SyntaxNode }[] = [];
  for (const child of root.namedChildren) {
    const body = child?.type === 'function_definition' ? child.childForFieldName('body') : null;
    if (child && body) found.push({ fn: child, body });
  }
  return found;
}

function shown(byFile: Map<string, QueryMatch[]>): string[] {
  return [...byFile].flatMap(([file, list]) =>
    list.map(
      (match) =>
        `${file}: ${match.captures.map(({ name, node }) => `${name}=${node.type}@${node.startIndex}-${node.endIndex}:${node.text}|${node.endPosition.row}`).join(' ')}`,
    ),
  );
}

describe('queries carried over from the previous version', () => {
  // Both bindings: the server parses with wasm, the tests elsewhere with native.
  for (const name of ['native', 'wasm'] as const)
    it(`equal the whole query after random pairs of edits (${name})`, async () => {
      const backend = await loadBackend(name);
      let text = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.c') && !name.includes('.fixed.'))
        .sort()
        .map((name) => readFileSync(`${FIXTURES}${name}`, 'utf8'))
        .join('\n');
      let tree: SyntaxTree = backend.parse('c', text);
      let record: QueriedBodies | undefined;
      const query = (now: SyntaxTree) => {
        const root = now.rootNode;
        const queries = new BodyQueries(
          backend,
          'c',
          CALLS_AND_FACTS,
          now,
          root,
          record,
          undefined,
        );
        for (const { fn, body } of bodies(root)) queries.matches(fn, body, root.text);
        return queries.record;
      };
      record = query(tree);
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const snippets = [' ', ' ', ' ', 'x', ';', '{', '}', '(', '/*', '"', 'f(a);'];
      let carried = 0;
      let compared = 0;
      // As an editor between two pulls, and as the latency bench: the last insertion deleted, another made.
      let typed: [number, number] | undefined;
      const change = (start: number, end: number, insert: string) => {
        text = editText(tree, text, start, end, insert);
      };
      for (let round = 0; round < 150; round++) {
        if (typed) change(typed[0], typed[1], '');
        const start = Math.floor(random() * text.length);
        const insert = snippets[Math.floor(random() * snippets.length)] as string;
        change(start, start, insert);
        typed = [start, start + insert.length];
        tree = backend.parse('c', text, tree);
        const root = tree.rootNode;
        const queries: BodyQueries = new BodyQueries(
          backend,
          'c',
          CALLS_AND_FACTS,
          tree,
          root,
          record,
          changesSince(tree),
        );
        const source = root.text;
        for (const { fn, body } of bodies(root)) {
          const whole = matchQueries(backend, 'c', CALLS_AND_FACTS, body);
          for (const list of whole.values()) sortMatches(list);
          const before = queries.carriedBodies;
          const got = queries.matches(fn, body, source);
          assert.deepEqual(
            shown(got),
            shown(whole),
            `round ${round}, function at ${fn.startIndex}`,
          );
          if (queries.carriedBodies > before) carried++;
          compared++;
        }
        record = queries.record;
      }
      // Carried over wherever neither version has a syntax error around the change (a space
      // typed into a name is one): about a fifth of the bodies here.
      assert.ok(carried > compared / 10, `only ${carried} of ${compared} bodies carried over`);
    });
});
