import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { digestC, digestForIndex } from '../src/project/c-digest.js';
import { buildProject } from '../src/project/build-index.js';
import { isSeed, surveyFile } from '../src/project/file-survey.js';

/**
 * The CLI builds its project index from its workers' surveys, which digest a
 * file the analysis will not read with `digestForIndex` (static functions'
 * calls only); the language server and ESLint digest every file whole. The
 * project's facts must not depend on which: checked over every project fixture.
 */
const PROJECTS = fileURLToPath(new URL('../../../grammar-tests/c/project/', import.meta.url));
const C_FILE = /\.(c|h|cc|cpp|hh|hpp)$/;

function projectFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => C_FILE.test(name))
    .map((name) => join(root, name))
    .sort();
}

/** A C file whose static helpers a wrapper file in another file calls: the shapes the index reads. */
const HELPERS = `#include <errno.h>
static int set_nb(int fd) { return fcntl(fd, F_SETFL, O_NONBLOCK); }
static int dial(int fd, const struct sockaddr *sa, socklen_t n) { return connect(fd, sa, n); }
static void die(const char *m) { log_it(m); exit(1); }
int open_nb(void) { int fd = socket(AF_INET, SOCK_STREAM, 0); set_nb(fd); return fd; }
int copy_path(char *dst, const char *src, size_t n) { return snprintf(dst, n, "%s", src); }
`;

describe('the project index: what the CLI reads of a file', () => {
  for (const project of readdirSync(PROJECTS)) {
    it(`has the same facts from the surveys as from whole digests: ${project}`, () => {
      const root = join(PROJECTS, project);
      const files = projectFiles(root);
      const whole = buildProject(files, { root }).project();
      const surveys = new Map(files.map((path) => [path, surveyFile(path)]));
      const surveyed = buildProject(files, { root, surveys }).project();
      assert.deepEqual(surveyed, whole);
    });
  }

  it("reads a static function's calls only, unless its body names connect", () => {
    const full = digestC('helpers.c', HELPERS);
    const light = digestForIndex('helpers.c', HELPERS);
    assert.equal(light.functions.length, full.functions.length);
    for (const [index, fn] of light.functions.entries()) {
      const whole = full.functions[index];
      assert.ok(whole);
      assert.deepEqual(fn.calls, whole.calls, fn.name);
      if (fn.isStatic && fn.name !== 'dial') assert.equal(fn.callsOnly, true, fn.name);
      else assert.deepEqual(fn, whole, fn.name);
    }
    // The static wrapper is read whole: the index looks for its callers.
    assert.equal(light.functions.find((fn) => fn.name === 'dial')?.connectSocketParam, 0);
    assert.deepEqual(light.macros, full.macros);
    assert.deepEqual(light.prototypes, full.prototypes);
  });

  it("finds a body's calls as the regular expression over every identifier did", () => {
    const bodies = [
      'f(a); g (b); h\n(c); 1e3(x); a b(y); x.y(z); p->q(r); (*fp)(s); if (t) u(v(w));',
      'é_x(1); sizeof(int); return (k); do_it\t(); m2(n); _u(); A(B(C(D)));',
      'weird\u00a0(1); nbsp\u3000(2); end(',
    ];
    const pattern = /\b([A-Za-z_]\w*)\s*\(/g;
    const keywords = new Set(['if', 'while', 'for', 'switch', 'return', 'sizeof', 'do', 'else']);
    for (const body of bodies) {
      const expected = [
        ...new Set(
          [...body.matchAll(pattern)].map((m) => m[1] as string).filter((n) => !keywords.has(n)),
        ),
      ];
      const digest = digestC('calls.c', `void probe(void) { ${body} }\n`);
      assert.deepEqual(digest.functions[0]?.calls, expected, body);
    }
  });

  it('takes a file as a seed where /\\bconnect\\s*\\(/ matches its Latin-1 text', () => {
    const texts = [
      'connect(s, a, l);',
      'x=connect (s);',
      'rc = connect\n\t(fd, sa, n);',
      'connect\u00a0(fd);',
      '\u00e9connect(fd);',
      'reconnect(fd); disconnect (fd); my_connect(x); connect2(x);',
      'connection(fd); connected = 1; connect;',
      '/* sun_path */',
      'connect',
      'connect   ',
      'if (connect(fd, sa, n) < 0 || reconnect(x))',
      'a.connect(b)',
    ];
    for (const text of texts) {
      const bytes = Buffer.from(text, 'latin1');
      const expected = /\bconnect\s*\(/.test(text) || text.includes('sun_path');
      assert.equal(isSeed(bytes), expected, JSON.stringify(text));
    }
  });

  it('reads a body with nested braces, strings and directives whole', () => {
    const nested = `int f(int x) {\n  if (x) { while (x--) { g("}{", '{'); } }\n#ifdef A\n  { h(); }\n#else\n  { k(); }\n#endif\n  return x;\n}\nint after(void) { return 1; }\n`;
    const digest = digestC('nested.c', nested);
    assert.deepEqual(
      digest.functions.map((fn) => [fn.name, fn.calls]),
      [
        ['f', ['g', 'h', 'k']],
        ['after', []],
      ],
    );
  });
});
