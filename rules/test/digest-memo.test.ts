import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { digestC } from '../src/project/c-digest.js';
import type { FunctionDigest } from '../src/project/types.js';
import { TextMemo } from '../src/text/text-memo.js';

/** V8's `gc()`, as the language server exposes it at run time. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe("an editor's memo of function digests", () => {
  it('keeps no version of the document its digests were cut from', () => {
    const gc = collector();
    const memo = new TextMemo<FunctionDigest>();
    // A file of 1 MB, edited 60 times: each version's edited function (its region, cut from
    // the version's text, as the editor's outline digests it) is new, digested and kept.
    const filler = `/* ${'x'.repeat(1 << 20)} */\n`;
    const versions = 60;
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let version = 0; version < versions; version++) {
      // Each version a string of its own, as an editor's text after an edit is (a name of 13
      // characters or more: V8 cuts shorter ones as copies).
      const text = `${filler}int dial_the_server_${version}(int fd) { return connect(fd, 0, 0); }\n`;
      const region = text.slice(filler.length);
      const digest = digestC('/src/big.c', region, memo);
      assert.equal(digest.functions[0]?.name, `dial_the_server_${version}`);
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // Kept by its digest's name, each version would hold 1 MB: 60 MB. Without: the memo's
    // entries and the filler.
    assert.ok(grown < 16 * (1 << 20), `the heap grew by ${(grown / 2 ** 20).toFixed(1)} MB`);
  });
});
