import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCFileModel } from '../src/model/c/file-model.js';
import { testBackend } from './helpers.js';

async function model(source: string) {
  const backend = await testBackend();
  return buildCFileModel(backend, backend.parse('c', source).rootNode);
}

describe('C model', () => {
  it('records each socket: holder, domain, type and flags', async () => {
    const { functions } = await model(`
      struct c { int fd; };
      void f(struct c *c) {
        int a = socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        int b;
        if ((b = socket(PF_UNIX, SOCK_DGRAM, 0)) < 0) return;
        c->fd = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
      }`);
    const sockets = functions[0]?.sockets ?? [];
    assert.deepEqual(
      sockets.map((s) => [s.holder, s.domain, s.type, s.flags, s.nonBlocking.length]),
      [
        ['a', 'AF_INET6', 'SOCK_STREAM', ['SOCK_NONBLOCK', 'SOCK_CLOEXEC'], 1],
        ['b', 'PF_UNIX', 'SOCK_DGRAM', [], 0],
        ['c->fd', 'AF_INET', 'SOCK_STREAM', [], 0],
      ],
    );
  });

  it('sees non-blocking mode set by fcntl, ioctl and helpers (and not by clearing it)', async () => {
    const { functions, summaries } = await model(`
      static int set_nonblock(int fd) {
        int flags = fcntl(fd, F_GETFL, 0);
        return fcntl(fd, F_SETFL, flags | O_NONBLOCK);
      }
      static int make_async(int unused, int s) { return set_nonblock(s); }
      static void make_blocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK); }
      void g(void) {
        int a = socket(AF_INET, SOCK_STREAM, 0);
        int b = socket(AF_INET, SOCK_STREAM, 0);
        int c = socket(AF_INET, SOCK_STREAM, 0);
        int d = socket(AF_INET, SOCK_STREAM, 0);
        int on = 1;
        fcntl(a, F_SETFL, O_NONBLOCK);
        ioctl(b, FIONBIO, &on);
        make_async(0, c);
        make_blocking(d);
      }`);
    assert.deepEqual([...(summaries.get('set_nonblock')?.nonBlockingParams ?? [])], [0]);
    assert.deepEqual([...(summaries.get('make_async')?.nonBlockingParams ?? [])], [1]);
    assert.deepEqual([...(summaries.get('make_blocking')?.nonBlockingParams ?? [])], []);
    const g = functions.find((fn) => fn.name === 'g');
    assert.deepEqual(
      g?.sockets.map((s) => [s.holder, s.nonBlocking.length > 0]),
      [
        ['a', true],
        ['b', true],
        ['c', true],
        ['d', false],
      ],
    );
  });

  it('classifies the use of each connect result', async () => {
    const { connectCalls } = await model(`
      int f(int fd, struct sockaddr *sa, socklen_t n, struct st *s) {
        int rc;
        connect(fd, sa, n);
        (void)connect(fd, sa, n);
        rc = connect(fd, sa, n);
        if (connect(fd, sa, n) < 0) return -1;
        s->rc = connect(fd, sa, n);
        log_result(connect(fd, sa, n));
        return connect(fd, sa, n);
      }`);
    assert.deepEqual(
      connectCalls.map((c) => [c.use.kind, c.storedIsRead]),
      [
        ['discarded', undefined],
        ['void-cast', undefined],
        ['stored', false],
        ['tested', undefined],
        ['escaped', undefined],
        ['escaped', undefined],
        ['returned', undefined],
      ],
    );
  });

  it('summarises wrappers, through variables and other wrappers', async () => {
    const { summaries, wrapperCalls } = await model(`
      static int a(int fd, const struct sockaddr *sa, socklen_t n) { return connect(fd, sa, n); }
      static int b(int fd, const struct sockaddr *sa, socklen_t n) { int r = -1; r = connect(fd, sa, n); return r; }
      static int c(int fd) { return a(fd, 0, 0); }
      static int d(int fd, const struct sockaddr *sa, socklen_t n) { int r = connect(fd, sa, n); r = 0; return r; }
      static int e(int fd, const struct sockaddr *sa, socklen_t n) { if (connect(fd, sa, n) < 0) return -1; return 0; }
      void use(void) { a(1, 0, 0); b(1, 0, 0); c(1); d(1, 0, 0); e(1, 0, 0); }`);
    const wrappers = [...summaries.values()]
      .filter((s) => s.returnsConnectResult)
      .map((s) => s.name);
    assert.deepEqual(wrappers.sort(), ['a', 'b', 'c']);
    assert.deepEqual(
      wrapperCalls.filter((w) => w.fn.name === 'use').map((w) => [w.wrapper.name, w.use.kind]),
      [
        ['a', 'discarded'],
        ['b', 'discarded'],
        ['c', 'discarded'],
      ],
    );
  });
});
