import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { preprocessorView } from '../src/parse/c-preprocessor-view.js';
import type { SyntaxNode } from '../src/parse/syntax.js';
import { testBackend } from './helpers.js';

/**
 * The preprocessor view keeps one branch of a group tree-sitter has no place
 * for (see `c-preprocessor-view.ts`): the text it gives parses without errors,
 * and it has the source's length and line breaks.
 */
async function errorsOf(text: string): Promise<string[]> {
  const backend = await testBackend();
  const view = preprocessorView(text);
  assert.equal(view.length, text.length);
  assert.deepEqual(view.match(/\n/g), text.match(/\n/g));
  const errors: string[] = [];
  const walk = (node: SyntaxNode) => {
    if (node.type === 'ERROR' || node.isMissing)
      errors.push(view.slice(node.startIndex, node.endIndex));
    else
      for (let index = 0; index < node.childCount; index++) {
        const child = node.child(index);
        if (child) walk(child);
      }
  };
  walk(backend.parse('c', view).rootNode);
  return errors;
}

describe('the preprocessor view', () => {
  it("keeps one branch of a group that goes on with an if chain's else (libpq's keepalives)", async () => {
    const text = `int f(int fd, int mode) {
    int err = 0;
    if (mode < 0)
        err = 1;
#ifndef WIN32
    else if (setsockopt(fd, 1, 2, 0, 0) < 0)
        err = 1;
#else
#ifdef SIO_KEEPALIVE_VALS
    else if (!prep(fd))
        err = 1;
#endif
#endif
    else if (!more(fd))
        err = 1;
    return err;
}
`;
    assert.deepEqual(await errorsOf(text), []);
    // The branch kept is the one the platforms judged compile: never WIN32's.
    assert.match(preprocessorView(text), /setsockopt/);
    assert.doesNotMatch(preprocessorView(text), /prep\(fd\)/);
  });

  it('keeps one branch of a group inside a condition, the operator opening the branch', async () => {
    const text = `int g(struct conn *conn) {
    if (conn->allow && !conn->in_use
#ifdef ENABLE_GSS
        && !conn->gssenc
#endif
        )
        return 1;
    return 0;
}
`;
    assert.deepEqual(await errorsOf(text), []);
  });

  it('keeps one branch of a group whose branch ends with an else the code after it finishes', async () => {
    const text = `static void failure(struct conn *conn) {
#ifdef HAVE_UNIX_SOCKETS
    if (conn->family == AF_UNIX)
        note(conn, "local");
    else
#endif
        note(conn, "remote");
}
`;
    assert.deepEqual(await errorsOf(text), []);
  });

  it('leaves a balanced group of statements alone: every branch is analysed', async () => {
    const text = `int h(int fd) {
#ifdef __linux__
    linux_only(fd);
#else
    other(fd);
#endif
    *counter += 1;
    return 0;
}
`;
    assert.equal(preprocessorView(text), text);
  });

  it('reads a statement that starts with a unary operator as a statement, not a continuation', async () => {
    const text = `void k(int *p) {
#ifdef COUNT
    *p = 1;
#else
    ++*p;
#endif
}
`;
    assert.equal(preprocessorView(text), text);
  });
});
