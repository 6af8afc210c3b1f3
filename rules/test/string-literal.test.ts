import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodedLength } from '../src/model/c/string-literal.js';
import { formatMaxLength } from '../src/rules/unix-path-bounds-utils/format-length.js';
import { testBackend } from './helpers.js';

describe('C string literal lengths', () => {
  it('decodes escapes and counts UTF-8 bytes', () => {
    assert.equal(decodedLength('"abc"'), 3);
    assert.equal(decodedLength('"a\\n\\t\\\\"'), 4);
    assert.equal(decodedLength('"\\x41\\101\\0"'), 3);
    assert.equal(decodedLength('"é"'), 2);
    assert.equal(decodedLength('u8"\\u00e9"'), 2);
    assert.equal(decodedLength('L"wide"'), undefined);
  });

  it('bounds printf formats with numbers and literal strings only', async () => {
    const backend = await testBackend();
    const call = (source: string) => {
      const tree = backend.parse('c', `void f(void) { ${source}; }`);
      const node = tree.rootNode.descendantsOfType('call_expression')[0];
      const args = node?.childForFieldName('arguments');
      const list = [];
      for (let i = 0; args && i < args.namedChildCount; i++) list.push(args.namedChild(i));
      return list.filter((n) => n !== null);
    };
    let args = call('sprintf(p, "/tmp/x%d.sock", n)');
    assert.equal(formatMaxLength(args[1], args.slice(2), new Map(), 104), 6 + 22 + 5);
    args = call('sprintf(p, "%s/%s", "ab", "cde")');
    assert.equal(formatMaxLength(args[1], args.slice(2), new Map(), 104), 6);
    args = call('sprintf(p, "%.10s|%%", dir)');
    assert.equal(formatMaxLength(args[1], args.slice(2), new Map(), 104), 12);
    args = call('sprintf(p, "%s", dir)');
    assert.equal(formatMaxLength(args[1], args.slice(2), new Map(), 104), undefined);
    args = call('sprintf(a.sun_path, "%.*s", (int)(sizeof(a.sun_path) - 1), dir)');
    assert.equal(formatMaxLength(args[1], args.slice(2), new Map(), 104), 103);
    args = call('sprintf(p, "%*d", w, n)');
    assert.equal(formatMaxLength(args[1], args.slice(2), new Map(), 104), undefined);
  });
});
