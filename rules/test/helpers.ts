import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { loadBackend } from '../src/parse/backend.js';
import type { ParserBackend, SyntaxTree } from '../src/parse/syntax.js';
import { editTree } from '../src/parse/tree-changes.js';

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

/**
 * `text` with `[start, end)` replaced by `insert`, and `tree` edited to match
 * as an editor's server does (`editTree`: the next parse's analysis learns what
 * changed).
 */
export function editText(
  tree: SyntaxTree,
  text: string,
  start: number,
  end: number,
  insert: string,
): string {
  const edited = text.slice(0, start) + insert + text.slice(end);
  editTree(tree, {
    startIndex: start,
    oldEndIndex: end,
    newEndIndex: start + insert.length,
    startPosition: pointAt(text, start),
    oldEndPosition: pointAt(text, end),
    newEndPosition: pointAt(edited, start + insert.length),
  });
  return edited;
}

/** tree-sitter's point of an offset: row by `\n`, column in UTF-16 units. */
export function pointAt(text: string, offset: number): { row: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { row: before.split('\n').length - 1, column: offset - lineStart };
}
