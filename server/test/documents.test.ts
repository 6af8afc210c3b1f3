import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex, loadBackend } from 'connectlint';
import { Documents } from '../src/documents.js';
import { EditedText } from '../src/edited-text.js';

/** The same seeded generator as the benches: runs repeat. */
function generator(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const TEXTS = {
  ascii: 'int f(int fd) {\n  return connect(fd, 0, 0);\n}\n\nint g(void) { return 1; }\n',
  'non-ASCII': '/* é — ü */\nint f(int fd) {\n  /* 日本 */ return connect(fd, 0, 0);\n}\n',
  CRLF: 'int f(int fd) {\r\n  return connect(fd, 0, 0);\r\n}\r\n',
};

describe('open documents: changes applied when the text is read', () => {
  it('EditedText equals the changes applied one by one, however many come between reads', () => {
    const random = generator(7);
    for (let run = 0; run < 200; run++) {
      let expected = TEXTS.ascii;
      const edited = new EditedText(expected);
      const changes = 1 + Math.floor(random() * 80);
      for (let i = 0; i < changes; i++) {
        const start = Math.floor(random() * (expected.length + 1));
        const end = Math.min(expected.length, start + Math.floor(random() * 4));
        const inserted = ['', ' ', 'x', 'ab\n', '日'][Math.floor(random() * 5)] as string;
        expected = expected.slice(0, start) + inserted + expected.slice(end);
        edited.replace(start, end, inserted);
        assert.equal(edited.length, expected.length);
        if (random() < 0.2) assert.equal(edited.read(), expected);
      }
      assert.equal(edited.read(), expected);
    }
  });

  it('a reader answers for its own version only', () => {
    const edited = new EditedText('abc');
    const first = edited.reader();
    assert.equal(first(), 'abc');
    edited.replace(1, 2, 'X');
    assert.throws(first);
    assert.equal(edited.reader()(), 'aXc');
  });

  it('text, lines and the incremental tree equal a fresh document after random changes', async () => {
    const backend = await loadBackend('wasm');
    const random = generator(11);
    for (const [name, initial] of Object.entries(TEXTS)) {
      const documents = new Documents(backend);
      const uri = `file:///t/${name.replace(/\W/g, '')}.c`;
      const document = documents.didOpen(uri, 'c', 1, initial);
      let expected = initial;
      let version = 1;
      for (let burst = 0; burst < 30; burst++) {
        // Several changes before the document is read again (an editor's burst of keys).
        const changes = [];
        let text = expected;
        for (let count = 1 + Math.floor(random() * 3); count > 0; count--) {
          const lines = new LineIndex(text);
          const line = Math.floor(random() * lines.lineCount);
          const character = Math.floor(random() * 8);
          const start = lines.offsetAt(line, character);
          const end = Math.min(text.length, start + Math.floor(random() * 3));
          const inserted = [' ', '', 'y', '\n'][Math.floor(random() * 4)] as string;
          const from = positionOf(text, start);
          const to = positionOf(text, end);
          changes.push({ range: { start: from, end: to }, text: inserted });
          text = text.slice(0, start) + inserted + text.slice(end);
        }
        expected = text;
        documents.didChange(uri, ++version, changes);
        assert.equal(document.text, expected, `${name}, burst ${burst}`);
        const fresh = new LineIndex(expected);
        for (let offset = 0; offset <= expected.length; offset++) {
          assert.deepEqual(document.lines.position(offset), fresh.position(offset));
        }
        const tree = documents.parse(document, []);
        assert.equal(tree?.rootNode.toString(), backend.parse('c', expected).rootNode.toString());
      }
    }
  });
});

/** The LSP position (0-based line, UTF-16 character; CRLF ends a line) of an offset. */
function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, character: offset - lineStart };
}
