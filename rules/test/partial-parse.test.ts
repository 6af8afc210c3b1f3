import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { defaultSettings, type Settings } from '../src/config/settings.js';
import { lintText } from '../src/engine/lint.js';
import { skippableBodies, worthParsing } from '../src/frontends/c/skippable-bodies.js';
import { topLevelBodies } from '../src/frontends/c/top-level-bodies.js';
import { NO_WRAPPERS } from '../src/model/c/types.js';
import { chooseLanguage } from '../src/parse/language-choice.js';
import { skippedSpans } from '../src/parse/partial-parse.js';
import type { SyntaxNode } from '../src/parse/syntax.js';
import { buildProject } from '../src/project/build-index.js';
import type { ProjectFacts } from '../src/project/types.js';
import { testBackend } from './helpers.js';

const C_FIXTURES = fileURLToPath(new URL('../../../grammar-tests/c', import.meta.url));

const sourcesIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /\.(c|h)$/.test(name))
    .map((name) => join(dir, name));

/** The analysis of a whole tree and the engine's own (which skips what it may): the same. */
async function assertSameAsWhole(
  path: string,
  settings: Settings,
  project?: ProjectFacts,
): Promise<void> {
  const backend = await testBackend();
  const text = readFileSync(path, 'utf8');
  const language = chooseLanguage(path, text, settings.languages);
  if (!language) return;
  const whole = backend.parse(language.id, text);
  assert.deepEqual(
    lintText(backend, path, text, settings, undefined, project, language),
    lintText(backend, path, text, settings, whole, project, language),
    path,
  );
}

describe('a batch analysis that skips the bodies no rule reads', () => {
  it('gives every C fixture the findings of a whole parse', async () => {
    const settings = defaultSettings();
    const folders = readdirSync(C_FIXTURES, { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && entry.name !== 'project',
    );
    const files = folders.flatMap((entry) => sourcesIn(join(C_FIXTURES, entry.name)));
    assert.ok(files.length > 40, 'the fixtures are found');
    for (const path of files) await assertSameAsWhole(path, settings);
  });

  it("gives the project cases the findings of a whole parse, with the project's facts", async () => {
    const root = join(C_FIXTURES, 'project');
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const dir = join(root, entry.name);
      const files = sourcesIn(dir);
      const project = buildProject(files, { root: dir }).project();
      for (const path of files) await assertSameAsWhole(path, defaultSettings(), project);
    }
  });

  it('skips what cannot matter, and keeps what a rule or a helper needs', async () => {
    const backend = await testBackend();
    const text = [
      'static int log_line(const char *m) { return printf("%s\\n", m); }',
      'static int dial(int fd, const struct sockaddr *a, socklen_t n) {',
      '  int rc = connect(fd, a, n);',
      '  return rc;',
      '}',
      'int start(int fd, const struct sockaddr *a) { return dial(fd, a, 16); }',
      'int cleanup(void) { /* nothing to connect() here */ return 0; }',
      '',
    ].join('\n');
    const tree = backend.parse('c', text, undefined, {
      skip: (input) => skippableBodies(input, worthParsing(NO_WRAPPERS)),
    });
    const skipped = skippedSpans(tree).map(([start, end]) => text.slice(start, end).trim());
    // log_line: nothing; dial calls connect, and returns its result: start calls a wrapper.
    // cleanup's comment names connect(): kept, as the model's text test would read it.
    assert.deepEqual(skipped, ['return printf("%s\\n", m);']);
    const functions = tree.rootNode.namedChildren.filter(
      (node): node is SyntaxNode => node?.type === 'function_definition',
    );
    assert.equal(functions.length, 4, 'every function is still a definition');
  });

  it('parses the file whole where the parse read something else as a body', async () => {
    // C++'s default argument in a header read as C: no function definition in C's grammar.
    const backend = await testBackend();
    const text =
      'inline int open_at(const char *f, int flags, int mode = 0)\n{\n    return _open(f, flags, mode);\n}\n' +
      'int dial(int fd, const struct sockaddr *a) {\n  connect(fd, a, 16);\n  return 0;\n}\n';
    const settings = defaultSettings();
    const findings = lintText(backend, '/p/compat.c', text, settings).findings;
    assert.deepEqual(
      findings.map((finding) => `${finding.location.start.line}:${finding.ruleId}`),
      ['6:unchecked-return'],
    );
    assert.deepEqual(
      lintText(backend, '/p/compat.c', text, settings, backend.parse('c', text)).findings,
      findings,
    );
  });

  it('keeps offsets, rows and columns of the whole parse (non-ASCII text, CRLF lines)', async () => {
    const backend = await testBackend();
    const text = [
      '/* déjà vu: ünïcödé */',
      'static int quiet(void) {\r\n  const char *s = "ñ…";\r\n  return s[0];\r\n}',
      'int dial(int fd, const struct sockaddr *a) {',
      '  // ça marche',
      '  if (connect(fd, a, 16) < 0) return -1;',
      '  return 0;',
      '}',
    ].join('\n');
    const partial = backend.parse('c', text, undefined, {
      skip: (input) => skippableBodies(input, worthParsing(NO_WRAPPERS)),
    });
    assert.equal(skippedSpans(partial).length, 1, 'the quiet body is skipped');
    const whole = backend.parse('c', text);
    const dial = (root: SyntaxNode) => root.namedChildren[2] as SyntaxNode;
    const shape = (node: SyntaxNode): unknown[] => [
      node.type,
      node.startIndex,
      node.endIndex,
      node.startPosition,
      node.endPosition,
      ...node.namedChildren.map((child) => shape(child as SyntaxNode)),
    ];
    assert.deepEqual(shape(dial(partial.rootNode)), shape(dial(whole.rootNode)));
  });
});

describe('a tree that skipped more than an analysis may', () => {
  it('is parsed again from itself into the tree a fresh parse gives', async () => {
    const backend = await testBackend();
    const path = join(C_FIXTURES, 'unchecked-return', 'checked-idioms.c');
    const text = readFileSync(path, 'utf8');
    const everyBody = (input: string) =>
      (topLevelBodies(input) ?? []).map((body): [number, number] => [body.open + 1, body.close]);
    const some = (input: string) => skippableBodies(input, worthParsing(NO_WRAPPERS));
    const more = backend.parse('c', text, undefined, { skip: everyBody });
    const again = backend.parse('c', text, more, { skip: some });
    const fresh = backend.parse('c', text, undefined, { skip: some });
    assert.ok(skippedSpans(more).length > skippedSpans(fresh).length, 'the first skipped more');
    assert.deepEqual(skippedSpans(again), skippedSpans(fresh));
    const shape = (node: SyntaxNode): unknown[] => [
      node.type,
      node.startIndex,
      node.endIndex,
      ...node.namedChildren.map((child) => shape(child as SyntaxNode)),
    ];
    assert.deepEqual(shape(again.rootNode), shape(fresh.rootNode));
  });
});

describe('the top-level bodies of a C text', () => {
  const bodies = (text: string) =>
    topLevelBodies(text)?.map((body) => [body.name, text.slice(body.open, body.close + 1)]);

  it('are the braces after a parameter list, matched outside comments, literals and directives', () => {
    const text = [
      '#define BEGIN {',
      'struct s { int a; };',
      'int f(int a) /* } */ {',
      "  char c = '}';",
      '  a = a / 2 + sizeof(char[4]) / 2;',
      '  const char *s = "{{";',
      '  // }',
      '#if X',
      '  {',
      '#endif',
      '  }',
      '}',
      'static int (*g(void))(int) { return 0; }',
      'int h(void) __attribute__((cold)) { return 1; }',
      'int k = {1};',
    ].join('\n');
    assert.deepEqual(bodies(text), [
      ['f', text.slice(text.indexOf('{\n  char'), text.indexOf('}\nstatic') + 1)],
      [undefined, '{ return 0; }'],
      [undefined, '{ return 1; }'],
    ]);
  });

  it('are none when the braces do not balance', () => {
    assert.equal(topLevelBodies('int f(void) {\n'), undefined);
    assert.equal(topLevelBodies('}\nint f(void) { }'), undefined);
    assert.equal(topLevelBodies('int f(void) { /* open'), undefined);
  });
});
