import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hoverAt } from '../src/hover/hover.js';
import { buildCFileModel } from '../src/model/c/file-model.js';
import { buildNodeFileModel } from '../src/model/node/file-model.js';
import type { Platform } from '../src/platform/platforms.js';
import { testBackend } from './helpers.js';

const FIXTURE = fileURLToPath(
  new URL('../../../grammar-tests/hover/c/positions.c', import.meta.url),
);
const text = readFileSync(FIXTURE, 'utf8');

/**
 * The fixture marks positions with comments: `/*@name*\/` right before the token
 * asked about. Each test asks at the first character of that token.
 */
async function hover(marker: string, platform: Platform = 'freebsd', localManual?: string) {
  const tag = `/*@${marker}*/`;
  const at = text.indexOf(tag);
  assert.ok(at >= 0, `no marker ${tag}`);
  const backend = await testBackend();
  const tree = backend.parse('c', text);
  const model = buildCFileModel(backend, tree.rootNode);
  return hoverAt({
    language: 'c',
    root: tree.rootNode,
    model,
    platform,
    offset: at + tag.length,
    ...(localManual ? { localManual } : {}),
  });
}

describe('hover (C)', () => {
  it('on a connect call: the page, and what this call handles', async () => {
    const found = await hover('connect-handled');
    assert.ok(found);
    assert.match(found.markdown, /\*\*connect\*\*\(2\) — initiate a connection on a socket/);
    assert.match(
      found.markdown,
      /int\nconnect\(int s, const struct sockaddr \*name, socklen_t namelen\);/,
    );
    assert.match(
      found.markdown,
      /\*\*Return values\.\*\* The connect\(\) function returns the value\s0/,
    );
    assert.match(
      found.markdown,
      /- `ECONNREFUSED` The attempt to connect was forcefully rejected\./,
    );
    assert.match(found.markdown, /- handled: `EINPROGRESS`, `EINTR`/);
    assert.match(found.markdown, /- not handled: `EBADF`, /);
    assert.equal(text.slice(found.start, found.end), 'connect');
  });

  it('on a connect call whose result is dropped, returned, or tested without errno', async () => {
    assert.match(
      (await hover('connect-dropped'))?.markdown ?? '',
      /not tested here: no error is handled/,
    );
    assert.match(
      (await hover('connect-returned'))?.markdown ?? '',
      /the caller handles the errors/,
    );
    assert.match(
      (await hover('connect-plain'))?.markdown ?? '',
      /no errno is: every error is handled alike/,
    );
  });

  it('on an errno name: its entry, and the platform note', async () => {
    const freebsd = await hover('einprogress');
    assert.match(freebsd?.markdown ?? '', /> \[EINPROGRESS\] The socket is non-blocking/);
    assert.doesNotMatch(freebsd?.markdown ?? '', /On Linux/);
    const linux = await hover('einprogress', 'linux');
    assert.match(linux?.markdown ?? '', /\*\*On Linux:\*\* .*SO_ERROR/);
    const eacces = await hover('eacces');
    assert.equal((eacces?.markdown.match(/> \[EACCES\]/g) ?? []).length, 3);
    assert.match(
      (await hover('eagain', 'linux'))?.markdown ?? '',
      /UNIX-domain stream socket answers EAGAIN/,
    );
  });

  it('on SOCK_NONBLOCK, O_NONBLOCK, FIONBIO, SO_ERROR and sun_path', async () => {
    assert.match(
      (await hover('sock-nonblock'))?.markdown ?? '',
      /^\*\*SOCK_NONBLOCK\*\*[\s\S]*\[EINPROGRESS\]/,
    );
    assert.match((await hover('o-nonblock'))?.markdown ?? '', /fcntl\(F_SETFL\)/);
    assert.match((await hover('fionbio'))?.markdown ?? '', /ioctl\(FIONBIO\)/);
    assert.match((await hover('so-error'))?.markdown ?? '', /pending error/);
    assert.match((await hover('sun-path'))?.markdown ?? '', /holds 104 bytes on FreeBSD/);
    assert.match((await hover('sun-path', 'linux'))?.markdown ?? '', /holds 108 bytes on Linux/);
  });

  it('shows the local manual instead of the built-in page when given one', async () => {
    const found = await hover('connect-handled', 'linux', "CONNECT(2) Linux Programmer's Manual");
    assert.match(found?.markdown ?? '', /^```text\nCONNECT\(2\) Linux Programmer's Manual\n```/);
    assert.match(found?.markdown ?? '', /\*\*At this call\*\*/);
  });

  it('gives nothing in a comment, a string, another function named like connect, or plain code', async () => {
    for (const marker of [
      'in-comment',
      'in-string',
      'connect-to',
      'other-call',
      'variable',
      'declaration',
      'keyword',
    ]) {
      assert.equal(await hover(marker), undefined, marker);
    }
  });
});

describe('hover (TypeScript)', () => {
  const tsFixture = fileURLToPath(
    new URL('../../../grammar-tests/hover/ts/positions.ts', import.meta.url),
  );
  const tsText = readFileSync(tsFixture, 'utf8');

  async function tsHover(marker: string) {
    const tag = `/*@${marker}*/`;
    const at = tsText.indexOf(tag);
    assert.ok(at >= 0, `no marker ${tag}`);
    const backend = await testBackend();
    const tree = backend.parse('typescript', tsText);
    const nodeModel = buildNodeFileModel(backend, 'typescript', tree.rootNode);
    return hoverAt({
      language: 'typescript',
      root: tree.rootNode,
      model: nodeModel,
      platform: 'freebsd',
      offset: at + tag.length,
    });
  }

  it("on net.connect and socket.connect: the page and Node's 'error' event", async () => {
    const created = await tsHover('create');
    assert.match(created?.markdown ?? '', /^\*\*connect\*\*\(2\)/);
    assert.match(created?.markdown ?? '', /\*\*In Node\.\*\* .*err\.syscall is 'connect'/);
    assert.match(created?.markdown ?? '', /An 'error' listener .* hears every connect error/);
    assert.match(
      (await tsHover('socket-connect'))?.markdown ?? '',
      /No 'error' listener: the first connect error is thrown/,
    );
  });

  it('on an errno name compared with err.code', async () => {
    assert.match(
      (await tsHover('code-compare'))?.markdown ?? '',
      /> \[ECONNREFUSED\] The attempt to connect was forcefully rejected\./,
    );
    assert.match((await tsHover('code-case'))?.markdown ?? '', /> \[ETIMEDOUT\]/);
  });

  it('gives nothing on other strings, comments, other connect methods and plain names', async () => {
    for (const marker of ['plain-string', 'in-comment', 'other-connect', 'plain-id']) {
      assert.equal(await tsHover(marker), undefined, marker);
    }
  });
});
