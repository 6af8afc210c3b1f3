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
});
