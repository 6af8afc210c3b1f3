import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBackend, type BackendName } from '../src/parse/backend.js';
import { blankedSpans } from '../src/parse/c-preprocessor-view.js';
import { changesSince } from '../src/parse/tree-changes.js';
import type { SyntaxNode, SyntaxTree } from '../src/parse/syntax.js';
import { editText } from './helpers.js';

/**
 * An editor's tree is parsed again from the previous one under the
 * preprocessor view (`parse/source-view.ts`): the old tree is reused when the
 * edits are known (`editTree`), the places whose blanking changed edited too,
 * and the tree it gives must be the one a fresh parse gives, whatever the edit:
 * typing inside a branch the view blanks (a `#ifdef _WIN32` one), or a brace or
 * a directive that changes which branch is kept, costs no full parse.
 */
const SOURCE = [
  '#include <sys/socket.h>',
  'static int open_conn(struct conn *c)',
  '{',
  '#ifdef _WIN32',
  '  if (c->fd == INVALID_SOCKET) {',
  '    closesocket(c->fd); return -1;',
  '#else',
  '  if (c->fd < 0) {',
  '    close(c->fd); return -1;',
  '#endif',
  '  }',
  '  if (connect(c->fd, c->addr, c->len) < 0 && errno != EINPROGRESS)',
  '    return -1;',
  '#if 0',
  '  old_code(c); } {',
  '#endif',
  '  return 0;',
  '}',
  'int other(int fd)',
  '{',
  '  return close(fd);',
  '}',
  '',
].join('\n');

const SNIPPETS = [' ', 'x', 'ab', '}', '{', '#', '\n', '/*', '*/', '"', ';', 'else', '#endif\n'];

/** Every node's type and extent (offsets and points), depth first: two trees alike in this are alike. */
function shape(tree: SyntaxTree): string {
  const out: string[] = [];
  const walk = (node: SyntaxNode) => {
    const { row, column } = node.startPosition;
    out.push(`${node.type} ${node.startIndex}-${node.endIndex} ${row}:${column}`);
    for (let index = 0; index < node.childCount; index++) {
      const child = node.child(index);
      if (child) walk(child);
    }
  };
  walk(tree.rootNode);
  return out.join('\n');
}

/** The texts the view blanks, in order: what an edit that flips a group changes. */
function blankedTexts(text: string): string {
  return blankedSpans(text)
    .sort((a, b) => a[0] - b[0])
    .map(([start, end]) => text.slice(start, end))
    .join('\0');
}

for (const name of ['native', 'wasm'] as BackendName[]) {
  describe(`an edited C tree under the preprocessor view (${name})`, () => {
    it('parses as a fresh parse after each of 600 random edits, reusing the old tree', async () => {
      const backend = await loadBackend(name);
      let seed = 20261202;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      let text = SOURCE;
      let tree: SyntaxTree = backend.parse('c', text);
      let insideBlanked = 0;
      let flipped = 0;
      for (let i = 0; i < 600; i++) {
        // Every other step back to the source: edits land on its blanked branches often.
        if (i % 2 === 0 && text !== SOURCE) {
          text = editText(tree, text, 0, text.length, SOURCE);
          tree = backend.parse('c', text, tree);
          continue;
        }
        const before = blankedTexts(text);
        const spans = blankedSpans(text);
        // Half of the edits inside a span the view blanks, the others anywhere.
        const span = spans[Math.floor(random() * spans.length)];
        const start =
          span && random() < 0.5
            ? span[0] + 1 + Math.floor(random() * Math.max(1, span[1] - span[0] - 2))
            : Math.floor(random() * text.length);
        const end =
          random() < 0.3 ? Math.min(text.length, start + 1 + Math.floor(random() * 3)) : start;
        const insert = SNIPPETS[Math.floor(random() * SNIPPETS.length)] as string;
        // Letters, a space or a `;` typed into a blanked branch's code (no directive's line).
        const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, text.indexOf('\n', start));
        if (
          span &&
          span[0] < start &&
          start < span[1] &&
          end === start &&
          /^[ a-z;]+$/.test(insert) &&
          !line.includes('#')
        )
          insideBlanked++;
        text = editText(tree, text, start, end, insert);
        const next = backend.parse('c', text, tree);
        const where = `edit ${i}: ${JSON.stringify(insert)} at ${start}-${end}`;
        if (blankedTexts(text) !== before && end === start) flipped++;
        assert.ok(changesSince(next), `${where}: the old tree is reused`);
        assert.equal(shape(next), shape(backend.parse('c', text)), where);
        tree = next;
      }
      // Both kinds of edit were made: inside a blanked branch, and ones that change what is blanked.
      assert.ok(insideBlanked > 10, `only ${insideBlanked} edits inside a blanked branch`);
      assert.ok(flipped > 10, `only ${flipped} edits changed what the view blanks`);
    });
  });
}

describe('the wasm parser reading a text a chunk at a time', () => {
  it('parses characters outside the BMP across chunk edges as the native parser does', async () => {
    const [native, wasm] = await Promise.all([loadBackend('native'), loadBackend('wasm')]);
    // Emoji (surrogate pairs) in strings and comments, at every alignment with a chunk's end.
    let text = '';
    for (let i = 0; text.length < 6000; i++)
      text += `/* ${'x'.repeat(i % 7)}😀 */ const char *s${i} = "${'y'.repeat(i % 5)}😀"; int f${i}(void) { return connect(${i}, 0, 0); }\n`;
    assert.equal(shape(wasm.parse('c', text)), shape(native.parse('c', text)));
  });
});
