import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadBackend } from 'connectlint';
import { WarmUp } from '../src/warm-up.js';

describe('warming the engine up', () => {
  it('does C at once, and each other language only once the editor has been quiet', async () => {
    const warmed: string[] = [];
    const warmUp = new WarmUp(await loadBackend('wasm'), (path) => warmed.push(path));
    warmUp.start();
    // Typing: a change every 100 ms for 1.5 s, the quiet time being 500 ms.
    for (let i = 0; i < 15; i++) {
      warmUp.busy();
      await sleep(100);
    }
    assert.deepEqual(warmed, ['warm-up.c'], 'only C while the editor is busy');
    // Quiet: the other languages follow, one at a time.
    await sleep(500 * 6 + 300);
    assert.ok(warmed.length > 2, `the others once quiet: ${warmed.join(', ')}`);
    assert.equal(warmed[0], 'warm-up.c');
    assert.equal(new Set(warmed).size, warmed.length, 'each once');
  });
});
