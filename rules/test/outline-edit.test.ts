import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { defaultSettings } from '../src/config/settings.js';
import { analyzeText, type Analysis } from '../src/engine/lint.js';
import { unreadSpanAt, scanCFile, spanAt } from '../src/model/c/file-model.js';
import { editedOutline, textDelta, type OutlineState } from '../src/model/c/outline-edit.js';
import { digestC } from '../src/project/c-digest.js';
import { TextMemo } from '../src/text/text-memo.js';
import type { FunctionDigest } from '../src/project/types.js';
import { editText, testBackend } from './helpers.js';

/**
 * The editor's project view digests only the edited function when an edit
 * stays inside one body (`model/c/outline-edit.ts`): its digest must be the one
 * a lex of the whole text gives, after every edit, whether the shortcut was
 * taken or not. Seeded random edits over the C fixtures and a long function
 * with its own `#if` groups, comments, strings and continued macros.
 */
const FIXTURES = fileURLToPath(new URL('../../../grammar-tests/c/', import.meta.url));

const LONG_FUNCTION = [
  '/* A table of options, as libpq keeps one: the digest reads nothing of it. */',
  'static const struct option_entry options_table[] = {',
  ...Array.from(
    { length: 12 },
    (_, i) =>
      `  {"opt${i}", "ENV${i}", ${i % 2 ? 'NULL' : `"v${i}"`}, offsetof(struct conn, f${i})},`,
  ),
  '  {NULL, NULL, NULL, 0}',
  '};',
  '   ',
  '#define RETRY(x) do { \\',
  '    x; \\',
  '  } while (errno == EINTR)',
  'static int',
  'poll_connect(struct conn *conn, const char *path)',
  '{',
  '  int fd = socket(AF_UNIX, SOCK_STREAM, 0);',
  ...Array.from({ length: 40 }, (_, i) =>
    [
      `  /* step ${i}: a comment with { and " inside */`,
      `  if (conn->state == ${i}) {`,
      i % 3 === 0 ? '#ifdef __linux__' : '',
      `    strncpy(conn->addr.sun_path, "/run/x${i}.sock", sizeof conn->addr.sun_path); // '`,
      i % 3 === 0 ? '#else' : '',
      i % 3 === 0 ? `    conn->c = '\\'';` : '',
      i % 3 === 0 ? '#endif' : '',
      `    if (connect(fd, (struct sockaddr *)&conn->addr, sizeof conn->addr) < 0 && errno != EINPROGRESS)`,
      `      return helper_${i % 4}(conn, "a \\"quoted\\" ${i}");`,
      '  }',
    ]
      .filter(Boolean)
      .join('\n'),
  ),
  '  return fd;',
  '}',
  'int helper_0(struct conn *c, const char *m) { (void)m; return close(c->fd); }',
  '',
].join('\n');

function sources(): string[] {
  const fixtures = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((name) => /^[a-z-]+\/flagged\.c$/.test(name))
    .sort()
    .map((name) => readFileSync(`${FIXTURES}${name}`, 'utf8'));
  return [LONG_FUNCTION, ...fixtures];
}

const SNIPPETS = [
  ' ',
  ' ',
  'x',
  'ab',
  '(',
  ',',
  '/',
  '*',
  '"',
  "'",
  '\\',
  '#',
  '{',
  '}',
  ';',
  '\n',
];

describe('the outline after an edit inside a body', () => {
  it('is the whole text’s digest after each of 150 random edits per file, made one or two at a time', async () => {
    const backend = await testBackend();
    let seed = 20261201;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const memo = new TextMemo<FunctionDigest>();
    let edits = 0;
    let edited = 0;
    // Two changes in two bodies (an undo at one place, an edit at another): one at a time.
    let apart = 0;
    let apartEdited = 0;
    // An edit inside a comment or a table between functions: the digest as it was.
    let unread = 0;
    for (const [n, source] of sources().entries()) {
      const path = `file${n}.c`;
      let state: OutlineState = { text: source, digest: digestC(path, source), alone: new Map() };
      for (let i = 0; i < 150; i++) {
        const start = Math.floor(random() * source.length);
        const end = random() < 0.3 ? start + 1 + Math.floor(random() * 3) : start;
        const insert =
          end > start && random() < 0.5
            ? ''
            : (SNIPPETS[Math.floor(random() * SNIPPETS.length)] as string);
        // Mostly the next edit replaces the last one (one undone, one made, as an editor may
        // send both before the next analysis): two changes in one step, far apart or not.
        const changed = source.slice(0, start) + insert + source.slice(end);
        for (const text of random() < 0.3 ? [changed, source] : [changed]) {
          const root = backend.parse('c', text).rootNode;
          const { functions } = scanCFile(backend, root);
          const next = editedOutline(
            path,
            state,
            text,
            (at) => spanAt(functions, at),
            memo,
            (at) => unreadSpanAt(root, at),
          );
          const whole = digestC(path, text);
          const delta = textDelta(state.text, text);
          if (delta.oldEnd - delta.start > 200 && delta.newEnd - delta.start > 200) {
            apart++;
            if (next) apartEdited++;
          } else if (next && next.digest === state.digest && next.text !== state.text) {
            unread++;
          }
          if (next) {
            edited++;
            assert.equal(
              JSON.stringify(next.digest),
              JSON.stringify(whole),
              `${path}, edit ${i}: ${JSON.stringify(insert)} at ${start}-${end}`,
            );
          }
          state = next ?? { text, digest: whole, alone: new Map() };
          edits++;
        }
      }
    }
    // Spaces and letters inside bodies are most edits: the shortcut must be taken, not only be right.
    assert.ok(edited > edits / 8, `only ${edited} of ${edits} edits took the shortcut`);
    assert.ok(
      apartEdited > apart / 20,
      `only ${apartEdited} of ${apart} pairs of edits far apart took the shortcut`,
    );
    assert.ok(unread > 5, `only ${unread} edits in comments or tables between functions took it`);
  });

  it('is not taken for a header (C or C++ by its contents) or an edit on a directive line', () => {
    const text = 'int f(int x)\n{\n#if A\n  return x;\n#endif\n}\n';
    const state: OutlineState = { text, digest: digestC('a.c', text), alone: new Map() };
    const span = () => ({
      start: 0,
      end: text.length,
      bodyStart: 13,
      bodyEnd: text.length - 1,
      row: 0,
      endRow: 5,
    });
    const memo = new TextMemo<FunctionDigest>();
    const inBody = text.indexOf('return');
    const spaced = `${text.slice(0, inBody)} ${text.slice(inBody)}`;
    assert.ok(editedOutline('a.c', state, spaced, span, memo), 'a space before `return`');
    assert.equal(
      editedOutline('a.h', { ...state, digest: digestC('a.h', text) }, spaced, span, memo),
      undefined,
    );
    const onDirective = text.indexOf('A');
    assert.equal(
      editedOutline(
        'a.c',
        state,
        `${text.slice(0, onDirective)}B${text.slice(onDirective)}`,
        span,
        memo,
      ),
      undefined,
    );
  });

  it('keeps the digest for an edit inside a comment, a table or blanks between functions', async () => {
    const backend = await testBackend();
    const memo = new TextMemo<FunctionDigest>();
    const text = LONG_FUNCTION;
    const state: OutlineState = { text, digest: digestC('a.c', text), alone: new Map() };
    const outline = (edited: string) => {
      const root = backend.parse('c', edited).rootNode;
      const { functions } = scanCFile(backend, root);
      return editedOutline(
        'a.c',
        state,
        edited,
        (at) => spanAt(functions, at),
        memo,
        (at) => unreadSpanAt(root, at),
      );
    };
    for (const [where, insert] of [
      ['"ENV3"', 'x'],
      ['offsetof(struct conn, f7)', ' '],
      ['options, as libpq', 'ab'],
    ] as const) {
      const at = text.indexOf(where) + 2;
      const edited = `${text.slice(0, at)}${insert}${text.slice(at)}`;
      const next = outline(edited);
      assert.equal(next?.digest, state.digest, `${insert} in ${where}: the digest kept`);
      assert.equal(JSON.stringify(next?.digest), JSON.stringify(digestC('a.c', edited)));
    }
    // Blanks between two top-level items: only blanks keep the digest there.
    const blankLine = text.indexOf('};\n') + 3;
    const spaced = `${text.slice(0, blankLine)}\t${text.slice(blankLine)}`;
    assert.equal(outline(spaced)?.digest, state.digest, 'a tab typed on a blank line');
    assert.equal(outline(`${text.slice(0, blankLine)}x${text.slice(blankLine)}`), undefined);
    // The table's declaration itself is read (it could be a prototype): no shortcut there.
    const at = text.indexOf('options_table') + 3;
    assert.equal(outline(`${text.slice(0, at)}x${text.slice(at)}`), undefined);
  });

  it('finds where two texts differ', () => {
    const long = 'a'.repeat(3000);
    assert.deepEqual(textDelta(`${long}x${long}`, `${long}yz${long}`), {
      start: 3000,
      oldEnd: 3001,
      newEnd: 3002,
    });
    assert.deepEqual(textDelta(long, `${long}b`), { start: 3000, oldEnd: 3000, newEnd: 3001 });
    assert.deepEqual(textDelta(`${long}`, `${long.slice(1)}`), {
      start: 2999,
      oldEnd: 3000,
      newEnd: 2999,
    });
  });

  it('leaves an editor’s findings those of a fresh analysis', async () => {
    const backend = await testBackend();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let text = LONG_FUNCTION;
    let tree = backend.parse('c', text);
    const settings = defaultSettings();
    let analysis: Analysis = analyzeText(backend, 'x.c', text, settings, tree, {});
    for (let i = 0; i < 40; i++) {
      const start = Math.floor(random() * text.length);
      const end = random() < 0.3 ? start + 1 : start;
      const insert = end > start ? '' : (SNIPPETS[Math.floor(random() * 4)] as string);
      text = editText(tree, text, start, end, insert);
      tree = backend.parse('c', text, tree);
      analysis = analyzeText(backend, 'x.c', text, settings, tree, { previous: analysis });
      const fresh = analyzeText(backend, 'x.c', text, settings, backend.parse('c', text));
      assert.deepEqual(analysis.result, fresh.result, `edit ${i} at ${start}`);
    }
  });
});
