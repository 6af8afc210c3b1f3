import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { digestC } from '../src/project/c-digest.js';
import { summarizeProject } from '../src/project/summarize.js';

/** One C++ file's digest, its functions by name. */
function digest(text: string, path = '/p/x.cc') {
  const file = digestC(path, text);
  return { file, fn: (name: string) => file.functions.find((f) => f.name === name) };
}

describe('the project index reads C++', () => {
  it('steps into namespaces and classes, and names members as the C model does', () => {
    const { file } = digest(`
namespace net { inline namespace v1 {
int dial(int fd) { return ::close(fd); }
} }
class Client : public Base<int> {
 public:
  int run() const { return 0; }
  static int make(int x) noexcept { return x; }
  struct Inner { void go() {} };
};
int Client::stop(int fd) const & { return ::close(fd); }
auto later(int fd) -> int { return fd; }
template <typename T> T twice(T v) { return v + v; }
enum class Kind { A, B };
`);
    assert.deepEqual(
      file.functions.map((f) => [f.name, f.isStatic]),
      [
        ['dial', false],
        ['Client::run', false],
        ['Client::make', false],
        ['Inner::go', false],
        ['Client::stop', false],
        ['later', false],
        ['twice', false],
      ],
    );
  });

  it('reads std:: and :: calls as the C library, member calls as no one, qualified calls by their name', () => {
    const { fn } = digest(`
void f(int fd, Sock &s, Sock *p) {
  std::strcpy(a, b);
  ::close(fd);
  s.close();
  p->connect(x);
  Logger::note(fd);
  catch_all(fd);
}
`);
    assert.deepEqual(fn('f')?.calls, ['strcpy', 'close', 'Logger::note', 'catch_all']);
  });

  it('a method named connect is not a connect wrapper named connect', () => {
    const { file } = digest(`
int AXFR::connect(int fd, const sockaddr *sa, socklen_t n) { return ::connect(fd, sa, n); }
struct Ep { int connect(const char *where) { return open(where); } };
`);
    const facts = summarizeProject([file.functions.length ? file : file]);
    assert.deepEqual(facts.connectWrappers, ['AXFR::connect']);
    assert.equal(facts.functions.connect, undefined);
  });

  it('a function whose body ends by throwing does not return', () => {
    const { file } = digest(`
void die(const std::string &why) { log(why); throw std::runtime_error(why); }
void maybe(int x) { if (x) return; throw 1; }
`);
    const facts = summarizeProject([file]);
    assert.ok(facts.noReturn.includes('die'));
    assert.ok(!facts.noReturn.includes('maybe'));
  });

  it('an overload without parameters that formats errno reads it; one with parameters does not decide', () => {
    const misc = digest(`
std::string stringerror(int err) { return strerror(err); }
std::string stringerror() { return strerror(errno); }
`).file;
    assert.equal(summarizeProject([misc]).functions.stringerror?.readsErrno, true);
    // Two definitions without parameters must agree (two programs of one tree).
    const other = digestC('/p/y.cc', 'std::string stringerror() { return "none"; }\n');
    assert.equal(summarizeProject([misc, other]).functions.stringerror?.readsErrno, false);
  });

  it('a hand-written bounded copy that terminates is a truncating copier, silent unless it returns more than the buffer', () => {
    const { file } = digest(`
char *xstrncpy(char *dst, const char *src, size_t n) {
  char *r = dst;
  if (!n || !dst) return dst;
  while (--n != 0 && *src != '\\0') { *dst = *src; ++dst; ++src; }
  *dst = '\\0';
  return r;
}
size_t told(char *dst, const char *src, size_t n) {
  size_t i = 0;
  for (; i + 1 < n && src[i]; i++) dst[i] = src[i];
  dst[i] = 0;
  return strlen(src);
}
void unterminated(char *dst, const char *src, size_t n) {
  while (n-- && *src) *dst++ = *src++;
}
`);
    const facts = summarizeProject([file]);
    assert.deepEqual(facts.functions.xstrncpy?.copier, {
      kind: 'truncating-silent',
      source: 1,
      size: 2,
    });
    assert.equal(facts.functions.told?.copier?.kind, 'truncating-reported');
    assert.equal(facts.functions.unterminated?.copier, undefined);
  });

  it('reads a .h as C++ when it has C++ syntax, and as C otherwise', () => {
    const cpp = digestC('/p/x.h', 'class A {\n public:\n  void f() {}\n};\n');
    assert.deepEqual(
      cpp.functions.map((f) => f.name),
      ['A::f'],
    );
    const c = digestC('/p/y.h', 'struct s { int a; };\nstatic int g(int a) { return a; }\n');
    assert.deepEqual(
      c.functions.map((f) => [f.name, f.isStatic]),
      [['g', true]],
    );
  });
});
