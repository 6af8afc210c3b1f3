import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../src/text/positions.js';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and UTF-16 columns across \\n, \\r\\n and lone \\r', () => {
    const text = 'a\nbc\r\nd\re';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.position(text.indexOf('c')), { offset: 3, byte: 3, line: 2, column: 2 });
    assert.deepEqual(lines.position(text.indexOf('d')), { offset: 6, byte: 6, line: 3, column: 1 });
    assert.deepEqual(lines.position(text.indexOf('e')), { offset: 8, byte: 8, line: 4, column: 1 });
  });

  it('counts UTF-16 units for columns and UTF-8 bytes for byte offsets', () => {
    const text = '/* é 😀 */\nx é connect';
    const lines = new LineIndex(text);
    const at = text.indexOf('connect');
    const position = lines.position(at);
    assert.equal(position.line, 2);
    assert.equal(position.column, 5);
    assert.equal(position.byte, Buffer.byteLength(text.slice(0, at)));
    assert.equal(text.slice(lines.offsetAt(1, 4), lines.offsetAt(1, 11)), 'connect');
  });

  it('clamps offsets outside the text', () => {
    const lines = new LineIndex('ab');
    assert.equal(lines.position(-5).offset, 0);
    assert.equal(lines.position(99).offset, 2);
    assert.equal(lines.offsetAt(7, 0), 2);
  });

  it('after an edit, an index moved from the old one equals a fresh one', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // No CR: with one, `edited` builds the index afresh (checked at the end).
    const pieces = ['', 'x', '\n', 'é', '😀', 'ab\ncd', '\n\n', 'connect(fd);\n'];
    let text = 'int f(void) {\n  return 0;\n}\n';
    let lines = new LineIndex(text);
    for (let i = 0; i < 2000; i++) {
      const start = Math.floor(random() * (text.length + 1));
      const end = Math.min(text.length, start + Math.floor(random() * 6));
      const inserted = pieces[Math.floor(random() * pieces.length)] as string;
      text = text.slice(0, start) + inserted + text.slice(end);
      lines = lines.edited(text, start, end, inserted);
      const fresh = new LineIndex(text);
      assert.equal(lines.lineCount, fresh.lineCount, `edit ${i}`);
      for (const offset of [0, start, start + inserted.length, text.length >> 1, text.length]) {
        assert.deepEqual(lines.position(offset), fresh.position(offset), `edit ${i} at ${offset}`);
      }
      if (text.length > 4000) {
        text = text.slice(0, 100);
        lines = new LineIndex(text);
      }
    }
    const withCr = `a\r\n${text}`;
    assert.deepEqual(
      lines.edited(withCr, 0, 0, 'a\r\n').position(withCr.length),
      new LineIndex(withCr).position(withCr.length),
    );
  });
});
