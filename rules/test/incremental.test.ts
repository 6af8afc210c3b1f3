import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { defaultSettings } from '../src/config/settings.js';
import { analyzeText, keptForNextVersion, type Analysis } from '../src/engine/lint.js';
import type { ParserBackend, SyntaxTree } from '../src/parse/syntax.js';
import { editText, testBackend } from './helpers.js';

/**
 * An editor's analysis starts from the previous version's (unchanged functions
 * keep their findings). Whatever the edit, it must find exactly what a fresh
 * analysis of the same text finds: checked here on every C fixture at once,
 * through seeded random edits, and on the edits that change what one function
 * is to another (a helper that stops making its argument non-blocking).
 */
const FIXTURES = fileURLToPath(new URL('../../../grammar-tests/c/', import.meta.url));

function fixtures(): string[] {
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.c') && !name.includes('.fixed.'))
    .sort()
    .map((name) => `${FIXTURES}${name}`);
}

/** A document as an editor keeps it: text, tree edited in place, last analysis. */
class Document {
  tree: SyntaxTree;
  analysis: Analysis;

  constructor(
    private readonly backend: ParserBackend,
    public text: string,
  ) {
    this.tree = backend.parse('c', text);
    this.analysis = analyzeText(backend, 'x.c', text, defaultSettings(), this.tree, {});
  }

  edit(start: number, end: number, insert: string): { incremental: Analysis; fresh: Analysis } {
    return this.edits([[start, end, insert]]);
  }

  /** Several changes, in order, then one analysis (an editor sends a burst between two pulls). */
  edits(changes: readonly (readonly [number, number, string])[]): {
    incremental: Analysis;
    fresh: Analysis;
  } {
    // As the server does: the next analysis learns what changed (`requery.ts`).
    for (const [start, end, insert] of changes)
      this.text = editText(this.tree, this.text, start, end, insert);
    this.tree = this.backend.parse('c', this.text, this.tree);
    const settings = defaultSettings();
    const incremental = analyzeText(this.backend, 'x.c', this.text, settings, this.tree, {
      previous: this.analysis,
    });
    const fresh = analyzeText(this.backend, 'x.c', this.text, settings, this.tree);
    // What an editor keeps for the next version (the server's), not the whole analysis.
    this.analysis = keptForNextVersion(incremental);
    return { incremental, fresh };
  }
}

describe('incremental analysis', () => {
  it('equals a fresh analysis after each of 8 random edits to every C fixture', async () => {
    const backend = await testBackend();
    const snippets = [' ', '\n', 'x', ';', '}', '{', '(', 'errno', 'close(fd);', 'return -1;'];
    let seed = 20261125;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let edits = 0;
    let reused = 0;
    for (const path of fixtures()) {
      const document = new Document(backend, readFileSync(path, 'utf8'));
      for (let i = 0; i < 8; i++) {
        const start = Math.floor(random() * document.text.length);
        const end = random() < 0.3 ? start + Math.floor(random() * 12) : start;
        const insert = snippets[Math.floor(random() * snippets.length)] as string;
        const { incremental, fresh } = document.edit(start, end, insert);
        assert.deepEqual(incremental.result, fresh.result, `${path}: edit ${i} at ${start}`);
        edits++;
        const functions = incremental.functions;
        if (functions && functions.analysed < functions.total / 2) reused++;
      }
    }
    // Most edits touch one function: the others keep their findings.
    assert.ok(reused > edits / 2, `only ${reused} of ${edits} edits reused findings`);
  });

  it('equals a fresh analysis after pairs of edits (a space typed here, one deleted there)', async () => {
    const backend = await testBackend();
    const snippets = [' ', 'x', ';', '(', 'errno', 'close(fd);', '/*', '"'];
    let seed = 20261202;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // Every fixture in one file: edits land in one function, or in two, or between them.
    const text = fixtures()
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const document = new Document(backend, text);
    let typed: number | undefined;
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(random() * document.text.length);
      const changes: [number, number, string][] = [];
      // The last insertion is deleted again, as the latency bench does, then one more change.
      if (typed !== undefined && typed + 1 <= document.text.length)
        changes.push([typed, typed + 1, '']);
      const shifted = typed !== undefined && at > typed ? at - 1 : at;
      const insert =
        random() < 0.7 ? ' ' : (snippets[Math.floor(random() * snippets.length)] as string);
      changes.push([
        Math.min(shifted, document.text.length - 1),
        Math.min(shifted, document.text.length - 1),
        insert,
      ]);
      typed = insert.length === 1 ? changes[changes.length - 1]?.[0] : undefined;
      const { incremental, fresh } = document.edits(changes);
      assert.deepEqual(incremental.result, fresh.result, `pair ${i} at ${at}`);
    }
  });

  it('a helper that stops making its argument non-blocking changes its caller', async () => {
    const backend = await testBackend();
    const text = [
      '#include <errno.h>',
      '#include <fcntl.h>',
      '#include <sys/socket.h>',
      'static void make_nonblocking(int fd) { fcntl(fd, F_SETFL, O_NONBLOCK); }',
      'int dial(const struct sockaddr *sa, socklen_t len) {',
      '  int fd = socket(AF_INET, SOCK_STREAM, 0);',
      '  make_nonblocking(fd);',
      '  if (connect(fd, sa, len) < 0) return -1;',
      '  return fd;',
      '}',
      '',
    ].join('\n');
    const document = new Document(backend, text);
    const rules = (analysis: Analysis) => analysis.result.findings.map((f) => f.ruleId);
    assert.ok(rules(document.analysis).includes('nonblocking-einprogress'));
    const flag = document.text.indexOf('O_NONBLOCK');
    const { incremental, fresh } = document.edit(flag, flag + 'O_NONBLOCK'.length, 'O_CLOEXEC');
    assert.deepEqual(incremental.result, fresh.result);
    assert.ok(!rules(incremental).includes('nonblocking-einprogress'));
    assert.equal(incremental.functions?.analysed, 2, 'the helper and its caller');
  });

  // Facts no list names: the cache compares whatever the model was asked.
  for (const [what, text, before, after, rule] of [
    [
      'a fatal helper that no longer exits',
      [
        '#include <stdlib.h>',
        '#include <string.h>',
        '#include <sys/un.h>',
        'static void give_up(const char *m) { (void)m; exit(1); }',
        'void set(struct sockaddr_un *a, const char *p) {',
        '  if (strlen(p) >= sizeof a->sun_path) give_up("too long");',
        '  strcpy(a->sun_path, p);',
        '}',
        '',
      ],
      'exit(1);',
      'return;',
      'unix-path-bounds',
    ],
    [
      'a copy helper that stops bounding its copy',
      [
        '#include <string.h>',
        '#include <sys/un.h>',
        'static void copy(char *d, const char *s, size_t n) { strncpy(d, s, n - 1); d[n - 1] = 0; }',
        'void set(struct sockaddr_un *a, const char *p) {',
        '  copy(a->sun_path, p, sizeof a->sun_path);',
        '}',
        '',
      ],
      'strncpy(d, s, n - 1); d[n - 1] = 0;',
      'strcpy(d, s);',
      'unix-path-bounds',
    ],
  ] as const) {
    it(`${what} changes its caller's findings`, async () => {
      const backend = await testBackend();
      const document = new Document(backend, text.join('\n'));
      const rules = (analysis: Analysis) => analysis.result.findings.map((f) => f.ruleId);
      assert.ok(!rules(document.analysis).includes(rule), 'clean before the edit');
      const at = document.text.indexOf(before);
      const { incremental, fresh } = document.edit(at, at + before.length, after);
      assert.ok(rules(fresh).includes(rule), 'flagged after the edit');
      assert.deepEqual(incremental.result, fresh.result);
    });
  }
});
