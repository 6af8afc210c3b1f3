import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildProject } from '../src/project/build-index.js';
import { shortestWords } from '../src/project/index-answers.js';
import { digestC } from '../src/project/c-digest.js';
import { hostsConnect } from '../src/project/fact-edges.js';
import { summarizeProject } from '../src/project/summarize.js';
import type { ProjectFacts, ProjectFunction } from '../src/project/types.js';
import { scratchFolder } from './helpers.js';

/**
 * The CLI's and ESLint's index follows only the calls the facts rest on
 * (`fact-edges.ts`); the language server digests every file. For what a rule
 * asks — every fact of a name called where a connect is, every fact but "may
 * change errno" of any other name — both must agree.
 */
const PROJECTS = fileURLToPath(new URL('../../../grammar-tests/c/project/', import.meta.url));
const C_FILE = /\.(c|h)$/;

function cFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => C_FILE.test(name))
    .map((name) => join(root, name))
    .sort();
}

/** The server's view: every file digested, every function summarized. */
function everything(files: readonly string[]): ProjectFacts {
  return summarizeProject(files.map((path) => digestC(path, readFileSync(path, 'utf8'))));
}

/** The names called by the functions that call connect (or `connectCalls`), in every file. */
function calledWhereConnects(files: readonly string[], connectCalls: string[] = []): Set<string> {
  const names = new Set<string>();
  const calls = new Set(['connect', ...connectCalls]);
  for (const path of files)
    for (const fn of digestC(path, readFileSync(path, 'utf8')).functions)
      if (hostsConnect(fn, calls)) for (const name of fn.calls) names.add(name);
  return names;
}

function agreeOnWhatIsAsked(
  files: readonly string[],
  root: string,
  connectCalls: string[] = [],
): ProjectFacts {
  const index = buildProject(files, { root, connectCalls }).project();
  const all = everything(files);
  const deep = calledWhereConnects(files, connectCalls);
  for (const [name, fn] of Object.entries(index.functions)) {
    const expected = all.functions[name] as ProjectFunction;
    assert.ok(expected, name);
    if (deep.has(name)) assert.deepEqual(fn, expected, name);
    else assert.deepEqual({ ...fn, clobbersErrno: false }, { ...expected, clobbersErrno: false });
  }
  for (const name of deep)
    assert.equal(
      !!index.functions[name]?.clobbersErrno,
      !!all.functions[name]?.clobbersErrno,
      `${name}: may change errno`,
    );
  assert.deepEqual(index.connectWrappers, all.connectWrappers);
  return index;
}

describe('the index follows the calls the facts rest on', () => {
  for (const project of readdirSync(PROJECTS)) {
    it(`agrees with every file's digest on what rules ask: ${project}`, () => {
      const root = join(PROJECTS, project);
      agreeOnWhatIsAsked(cFiles(root), root);
    });
    it(`finds the same wrappers while it grows as the whole summary: ${project}`, () => {
      const digests = cFiles(join(PROJECTS, project)).map((path) =>
        digestC(path, readFileSync(path, 'utf8')),
      );
      const whole = summarizeProject(digests).connectWrappers;
      assert.deepEqual(summarizeProject(digests, { wrappersOnly: true }).connectWrappers, whole);
    });
  }

  it('finds the same wrappers while it grows where a name has a wrapper and a stub', () => {
    const wrapper = 'int dial(int fd, const struct sockaddr *a) { return connect(fd, a, 16); }\n';
    const stub = 'int dial(int fd, const struct sockaddr *a) { (void)a; return fd < 0; }\n';
    const caller = 'int start(int fd, const struct sockaddr *a) { return dial(fd, a); }\n';
    for (const [first, second] of [
      [wrapper, stub],
      [stub, wrapper],
    ] as const) {
      const digests = [
        digestC('/p/a.c', first),
        digestC('/p/b.c', second),
        digestC('/p/c.c', caller),
      ];
      const whole = summarizeProject(digests).connectWrappers;
      assert.deepEqual(summarizeProject(digests, { wrappersOnly: true }).connectWrappers, whole);
    }
  });

  const { dir, write } = scratchFolder('connectlint-edges-');
  // A chain of project functions between the connect and fputs(): three files away, each
  // call neither the last statement nor handed a parameter (the edges every fact follows).
  const files = [
    write(
      'dial.c',
      `int dial(int fd, const struct sockaddr *sa, socklen_t n) {
  if (connect(fd, sa, n) < 0) { note_failure("dial"); return errno; }
  return 0;
}
int lib_caller(int fd) {
  if (lib_dial(fd) < 0) { warn_lib(); return errno; }
  return 0;
}
int status(struct sockaddr_un *u) { report_state(); return u->sun_path[0]; }
int idle(void) { tick_idle(); return 0; }
`,
    ),
    write('note.c', 'int n;\nvoid note_failure(const char *m) { drop_buffer(); n++; }\n'),
    write('buffer.c', 'int b;\nvoid drop_buffer(void) { release_all(); b++; }\n'),
    write('release.c', 'int r;\nvoid release_all(void) { fputs("x", stderr); r++; }\n'),
    write('warn.c', 'int w;\nvoid warn_lib(void) { flush_log(); w++; }\n'),
    write('flush.c', 'int f;\nvoid flush_log(void) { fflush(stderr); f++; }\n'),
    write('state.c', 'int s;\nvoid report_state(void) { count_state(); s++; }\n'),
    write('count.c', 'int c;\nvoid count_state(void) { fputs("x", stderr); c++; }\n'),
    write('tick.c', 'int t;\nvoid tick_idle(void) { t++; }\n'),
  ];

  it('follows every call from where a connect fails, to the C library', () => {
    const index = agreeOnWhatIsAsked(files, dir);
    assert.equal(index.functions.note_failure?.clobbersErrno, true);
    assert.equal(index.functions.drop_buffer?.clobbersErrno, true);
  });

  it("reads no further than a fact needs where no connect is (a function's own calls)", () => {
    const index = buildProject(files, { root: dir }).project();
    // report_state is called where sun_path is named, but no connect: its callees' files are not read.
    assert.ok(index.functions.report_state);
    assert.equal(index.functions.count_state, undefined);
  });

  it('reads no call of a function no rule judges (no connect, no wrapper, no sun_path)', () => {
    const index = buildProject(files, { root: dir }).project();
    assert.equal(index.functions.tick_idle, undefined);
    assert.equal(index.functions.idle, undefined);
    // Until a caller needs it: then the calls its facts rest on.
    write('idler.c', 'int idler(int fd) { if (connect(fd, 0, 0) < 0) idle(); return 0; }\n');
    const grown = buildProject([...files, join(dir, 'idler.c')], { root: dir }).project();
    assert.ok(grown.functions.idle);
    assert.ok(grown.functions.tick_idle);
  });

  it("follows every call from a configured wrapper's callers too", () => {
    const index = agreeOnWhatIsAsked(files, dir, ['lib_dial']);
    assert.equal(index.functions.warn_lib?.clobbersErrno, true);
    // Not named in the configuration: no rule judges lib_caller, whose calls are not read.
    assert.equal(buildProject(files, { root: dir }).project().functions.warn_lib, undefined);
  });

  it('judges a function once a wrapper it calls is found, however far the wrapper is', () => {
    const chain = scratchFolder('connectlint-judged-');
    const chainFiles = [
      // Calls connect: a seed, and dial a wrapper by its digest.
      chain.write(
        'dial.c',
        'int dial(int fd, const struct sockaddr *a) { return connect(fd, a, 16); }\n',
      ),
      // Calls dial: found by the search for dial's callers; dial2 a wrapper by the summary.
      chain.write(
        'dial2.c',
        'int dial2(int fd, const struct sockaddr *a) { return dial(fd, a); }\n',
      ),
      // A seed (`other` calls connect), read whole before dial2 is known: `start` calls no
      // wrapper known then, and is judged (its calls followed) only once dial2 is found.
      chain.write(
        'start.c',
        'int start(int fd, const struct sockaddr *a) {\n' +
          '  if (dial2(fd, a) < 0) { warn_all(); return -1; }\n  return 0;\n}\n' +
          'int other(int fd) { if (connect(fd, 0, 0) < 0) return -1; return 0; }\n',
      ),
      chain.write('warn.c', 'int q;\nvoid warn_all(void) { fputs("x", stderr); q++; }\n'),
    ];
    const index = agreeOnWhatIsAsked(chainFiles, chain.dir);
    assert.ok(index.connectWrappers.includes('dial2'));
    assert.ok(index.functions.warn_all);
  });

  it('searches the bytes for the shortest of names that contain one another', () => {
    assert.deepEqual(
      shortestWords(['slapd_daemon_init', 'slapd_daemon', 'lutil_pair', 'slapd_daemon']),
      ['lutil_pair', 'slapd_daemon'],
    );
  });
});
