import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { KeptFiles } from '../src/cli/kept-files.js';
import { ParseAhead } from '../src/cli/parse-ahead.js';
import { defaultSettings } from '../src/config/settings.js';
import { lintText } from '../src/engine/lint.js';
import { chooseLanguage } from '../src/parse/language-choice.js';
import { testBackend } from './helpers.js';

const C_FIXTURES = fileURLToPath(new URL('../../../grammar-tests/c', import.meta.url));

/** Every C and C++ file of the grammar tests' rule folders (not the project cases). */
function fixtureFiles(): string[] {
  return readdirSync(C_FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'project')
    .flatMap((entry) =>
      readdirSync(join(C_FIXTURES, entry.name))
        .filter((name) => /\.(c|h|cc)$/.test(name))
        .map((name) => join(C_FIXTURES, entry.name, name)),
    );
}

/** Runs the parses ahead to their end (one file per turn of the event loop). */
async function drain(ahead: ParseAhead, files: number): Promise<void> {
  ahead.start();
  for (let turn = 0; turn < files + 2; turn++) await new Promise((done) => setImmediate(done));
}

describe("a CLI worker's parses ahead", () => {
  it('give every fixture the findings of an analysis from scratch', async () => {
    const backend = await testBackend();
    const settings = defaultSettings();
    const kept = new KeptFiles();
    const ahead = new ParseAhead(backend, kept);
    // By size: the order the parses ahead go in (the smallest first), so each batch is done.
    const files = fixtureFiles()
      .map((path) => ({ path, size: readFileSync(path).length }))
      .sort((a, b) => a.size - b.size)
      .map((file) => file.path);
    assert.ok(files.length > 40, 'the fixtures are found');
    for (const path of files) {
      kept.keep(path, readFileSync(path));
      ahead.add(path);
    }
    // In batches under the limit of trees kept waiting.
    for (let from = 0; from < files.length; from += 32) {
      await drain(ahead, 32);
      for (const path of files.slice(from, from + 32)) {
        const prepared = ahead.take(path, settings.languages);
        assert.ok(prepared, `${path} was parsed ahead`);
        assert.ok(prepared.prepared, `${path} was prepared`);
        const text = readFileSync(path, 'utf8');
        const language = chooseLanguage(path, text, settings.languages);
        assert.deepEqual(
          lintText(
            backend,
            path,
            prepared.text,
            settings,
            prepared.tree,
            undefined,
            prepared.language,
            prepared.prepared,
          ),
          lintText(backend, path, text, settings, undefined, undefined, language),
          path,
        );
      }
    }
  });

  it('parses the smallest file first, and drops what another worker took', async () => {
    const backend = await testBackend();
    const kept = new KeptFiles();
    const ahead = new ParseAhead(backend, kept);
    const big = 'int f(void) {\n  return 0;\n}\n'.repeat(50);
    kept.keep('/p/big.c', Buffer.from(big));
    kept.keep('/p/small.c', Buffer.from('int g(void) { return 1; }\n'));
    kept.keep('/p/gone.c', Buffer.from('int h(void) { return 2; }\n'));
    for (const path of ['/p/big.c', '/p/small.c', '/p/gone.c']) ahead.add(path);
    ahead.forget(['/p/gone.c']);
    ahead.start();
    // A turn compiles C's queries (the first file of a language would pay for them), the
    // next makes one parse, the smallest's.
    for (let turn = 0; turn < 2; turn++) await new Promise((done) => setImmediate(done));
    const languages = defaultSettings().languages;
    assert.ok(ahead.take('/p/small.c', languages));
    await drain(ahead, 3);
    assert.equal(ahead.take('/p/gone.c', languages), undefined);
    assert.ok(ahead.take('/p/big.c', languages));
  });

  it('stops when the run ends', async () => {
    const backend = await testBackend();
    const kept = new KeptFiles();
    const ahead = new ParseAhead(backend, kept);
    kept.keep('/p/a.c', Buffer.from('int a(void) { return 0; }\n'));
    ahead.add('/p/a.c');
    ahead.stop();
    await drain(ahead, 1);
    assert.equal(ahead.take('/p/a.c', defaultSettings().languages), undefined);
  });
});
