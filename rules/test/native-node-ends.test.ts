import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testBackend } from './helpers.js';

/**
 * The native backend keeps a node's `endIndex` on the node object until a tree is
 * edited (`parse/native-node-ends.ts`): after an edit the node must say what the
 * binding says, as before.
 */
describe('native nodes: ends kept until an edit', () => {
  it('an edit of the tree moves a node read before it', async () => {
    const backend = await testBackend();
    const text = 'const s = net.connect(port);\nconst t = 1;\n';
    const tree = backend.parse('javascript', text);
    const call = tree.rootNode.descendantForIndex(text.indexOf('net.'), text.indexOf(';'));
    assert.equal(call.type, 'call_expression');
    assert.equal(call.endIndex, text.indexOf(';'));
    // `port` becomes `port, host`: the call ends 6 characters later.
    const at = text.indexOf('port') + 'port'.length;
    tree.edit({
      startIndex: at,
      oldEndIndex: at,
      newEndIndex: at + ', host'.length,
      startPosition: { row: 0, column: at },
      oldEndPosition: { row: 0, column: at },
      newEndPosition: { row: 0, column: at + ', host'.length },
    });
    assert.equal(call.endIndex, text.indexOf(';') + ', host'.length);
  });
});
