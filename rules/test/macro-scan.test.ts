import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildProject } from '../src/project/build-index.js';
import { digestC } from '../src/project/c-digest.js';
import { surveyFile } from '../src/project/file-survey.js';
import { definedMacros, definedMacrosOf } from '../src/project/macro-scan.js';
import { scratchFolder } from './helpers.js';

/** Texts whose `#define` lines the lexer reads in its own way: the scan must read them the same. */
const TEXTS = [
  '#define ERRSTR strerror(errno)\n#define PATH "/run/x.sock"\n#define N 3\n',
  '  #  define  LOG_ERR(m)  log("%s: %s", m, strerror(errno)) /* why */ \n',
  '#define FATAL(...) do { \\\n  log(__VA_ARGS__); \\\n  exit(1); \\\n} while (0)\n',
  '#define DIE(m) \\\r\n  abort()\r\n#define SOCK "/tmp/é.sock"\r\n',
  '/* #define HIDDEN errno */\n#define SHOWN errno\n',
  '/*\n * #define ALSO_HIDDEN errno\n */\nint x; // #define NOT_A_MACRO errno\n',
  'const char *u = "udp://*:5556";\n#define AFTER_STRING "/run/after.sock"\n',
  'f("/*"); // a /* in a string and after //\n#define STILL_SEEN errno\n',
  '#define sock_errno() errno\n#define sock_errset(e) ((void) (errno = (e)))\n',
  '#define EWOULD_BLOCKING (e == EAGAIN || e == EWOULDBLOCK)\n#define MSG /* a "quote */ "x"\n',
  '#ifdef X\n#define P "/a"\n#else\n#define P "/b"\n#endif\nint g(void) {\n#define IN_BODY errno\n  return 0;\n}\n',
  '#define NORET __attribute__((noreturn))\n#define NR _Noreturn\n#define SUN sun_path\n',
  // Comments opened and closed between the defines (the scan reads them forwards, once).
  '/* a */\n#define A errno\n/* b\n#define B errno\n*/\n#define C errno\n/*/ x */\n#define D errno\n',
  '/* one */ /* two\n#define E errno\n */ int y; /* three */\n#define F "/f"\n/**/\n#define G errno\n',
  'char *s = "/*";\n#define H errno\n// /* not opened\n#define I errno\n/* opened */ /*\n#define J errno\n',
];

describe('the macros of the files the index does not digest', () => {
  for (const [index, text] of TEXTS.entries()) {
    it(`reads a file's macros as the lexer does (${index + 1})`, () => {
      assert.deepEqual(definedMacros(text), digestC('m.h', text).macros);
      const bytes = Buffer.from(text, 'utf8');
      assert.deepEqual(
        definedMacrosOf(bytes.toString('latin1'), bytes),
        digestC('m.h', text).macros,
      );
    });
  }

  const { dir, write } = scratchFolder('connectlint-macros-');
  // A header no `#include "…"` reaches and no function of which is called.
  const files = [
    write(
      'client.c',
      `#include <proj/sock.h>
int dial(int fd, const struct sockaddr *sa, socklen_t n) {
  if (connect(fd, sa, n) < 0) { close(fd); return sock_errno(); }
  return fd;
}
`,
    ),
    write(
      'sock.h',
      '#define sock_errno() errno\n#define PROJ_PATH "/run/proj.sock"\n#define N 1\n',
    ),
  ];

  it('gives the project the macros every file defines, as a whole digest does', () => {
    const facts = buildProject(files, { root: dir }).project();
    const surveys = new Map(files.map((path) => [path, surveyFile(path)]));
    assert.deepEqual(buildProject(files, { root: dir, surveys }).project(), facts);
    assert.deepEqual(Object.keys(facts.macros).sort(), ['PROJ_PATH', 'sock_errno']);
    assert.equal(facts.macros.sock_errno?.path, files[1]);
  });
});
