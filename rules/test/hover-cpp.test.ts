import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hoverAt } from '../src/hover/hover.js';
import { buildCFileModel } from '../src/model/c/file-model.js';
import { testBackend } from './helpers.js';

const FIXTURE = fileURLToPath(
  new URL('../../../grammar-tests/hover/cpp/positions.cc', import.meta.url),
);
const text = readFileSync(FIXTURE, 'utf8');

/** The hover at the token after the comment `/*@marker*\/` of the C++ fixture. */
async function hover(marker: string) {
  const tag = `/*@${marker}*/`;
  const at = text.indexOf(tag);
  assert.ok(at >= 0, `no marker ${tag}`);
  const backend = await testBackend();
  const tree = backend.parse('cpp', text);
  const model = buildCFileModel(backend, tree.rootNode, undefined, { language: 'cpp' });
  return hoverAt({
    language: 'cpp',
    root: tree.rootNode,
    model,
    platform: 'freebsd',
    offset: at + tag.length,
  });
}

describe('hover (C++)', () => {
  it('on ::connect in a method: the page, and what this call handles', async () => {
    const found = await hover('connect-handled');
    assert.match(found?.markdown ?? '', /\*\*connect\*\*\(2\) — initiate a connection on a socket/);
    assert.match(found?.markdown ?? '', /- handled: `EINPROGRESS`, `EINTR`/);
    assert.equal(text.slice(found?.start, found?.end), 'connect');
  });

  it('on a connect in a lambda of a template', async () => {
    assert.match(
      (await hover('connect-dropped'))?.markdown ?? '',
      /not tested here: no error is handled/,
    );
  });

  it('on errno names, SOCK_NONBLOCK and sun_path, as in C', async () => {
    assert.match((await hover('einprogress'))?.markdown ?? '', /> \[EINPROGRESS\]/);
    assert.match((await hover('sock-nonblock'))?.markdown ?? '', /^\*\*SOCK_NONBLOCK\*\*/);
    assert.match((await hover('sun-path'))?.markdown ?? '', /holds 104 bytes on FreeBSD/);
  });

  it('gives nothing on a member function named connect, nor on other library calls', async () => {
    for (const marker of ['member-connect', 'pointer-connect', 'connect-std-copy'])
      assert.equal(await hover(marker), undefined, marker);
  });
});
