import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dominates, mayFollow } from '../src/model/c/ast.js';
import { connectOutcome } from '../src/model/c/connect-outcome.js';
import { buildCFileModel } from '../src/model/c/file-model.js';
import type { SyntaxNode } from '../src/parse/syntax.js';
import { testBackend } from './helpers.js';

async function model(source: string) {
  const backend = await testBackend();
  return buildCFileModel(backend, backend.parse('c', source).rootNode);
}

/** The call named `name` in the source, the n-th one. */
function callNamed(root: SyntaxNode, name: string, n = 0): SyntaxNode {
  const calls = root
    .descendantsOfType('call_expression')
    .filter((c) => c?.childForFieldName('function')?.text === name);
  const call = calls[n];
  assert.ok(call, `no call ${name} #${n}`);
  return call;
}

describe('connect outcomes', () => {
  it('finds the failure path for each way of testing the result', async () => {
    const source = `int f(int fd, struct sockaddr *sa, socklen_t n) {
      int rc;
      if (connect(fd, sa, n) < 0) { fail1(); }
      if (connect(fd, sa, n) == 0) { ok2(); } else { fail2(); }
      if (!connect(fd, sa, n)) ok3(); else fail3();
      rc = connect(fd, sa, n);
      if (rc != -1) return 0;
      fail4();
      while (connect(fd, sa, n) == -1) fail5();
      if (connect(fd, sa, n) >= 0) ok6();
      return connect(fd, sa, n) == SOCKET_ERROR ? fail7() : 0;
    }`;
    const { connectCalls } = await model(source);
    const failures = connectCalls.map(
      (c) => connectOutcome(c.call, c.use, c.fn.body)?.failure[0]?.text.replace(/\s+/g, '') ?? '',
    );
    // `if (rc != -1) return 0;`: the failure path is the rest of the block, fail4() first.
    assert.deepEqual(failures, [
      '{fail1();}',
      '{fail2();}',
      'fail3();',
      'fail4();',
      'fail5();',
      '',
      'fail7()',
    ]);
  });
});

describe('paths', () => {
  it('dominates: not from an if arm the later node is not in', async () => {
    const backend = await testBackend();
    const root = backend.parse(
      'c',
      `void f(int a) {
      first();
      if (a) { arm(); } else { other(); }
      if (cond()) x();
      last();
    }`,
    ).rootNode;
    assert.equal(dominates(callNamed(root, 'first'), callNamed(root, 'last')), true);
    assert.equal(dominates(callNamed(root, 'arm'), callNamed(root, 'last')), false);
    assert.equal(dominates(callNamed(root, 'cond'), callNamed(root, 'last')), true);
    assert.equal(dominates(callNamed(root, 'last'), callNamed(root, 'first')), false);
  });

  it('mayFollow: not across the arms of one if/else', async () => {
    const backend = await testBackend();
    const root = backend.parse(
      'c',
      `void f(int a) {
      if (a) { one(); } else if (b) { two(); } else { three(); }
      after();
    }`,
    ).rootNode;
    assert.equal(mayFollow(callNamed(root, 'one'), callNamed(root, 'two')), false);
    assert.equal(mayFollow(callNamed(root, 'two'), callNamed(root, 'three')), false);
    assert.equal(mayFollow(callNamed(root, 'one'), callNamed(root, 'after')), true);
  });
});

describe('errno vocabulary', () => {
  it('learns aliases, reader functions and classifiers from the file', async () => {
    const { errno } = await model(`
      #define SOCKERRNO (errno)
      #define SOCK_ERR() WSAGetLastError()
      #define IN_PROGRESS(e) ((e) == EINPROGRESS || (e) == EWOULDBLOCK)
      static int sock_errno(void) { return errno; }
      static int transient(int e) { return e == EAGAIN || e == EINTR; }`);
    assert.ok(errno.readers.has('SOCKERRNO'));
    assert.ok(errno.readerCalls.has('SOCK_ERR'));
    // A function: its call reads errno when it passes no arguments.
    assert.ok(errno.readerFunctions.has('sock_errno'));
    assert.deepEqual(
      [...(errno.classifiers.get('IN_PROGRESS') ?? [])],
      ['EINPROGRESS', 'EWOULDBLOCK'],
    );
    assert.deepEqual([...(errno.classifiers.get('transient') ?? [])], ['EAGAIN', 'EINTR']);
  });
});
