import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compile, compiledSources } from '../src/compile-fixtures.js';

/**
 * The compiled fixtures are what tsc, Babel and esbuild emit from their source today:
 * an edit of the source without `npm run compile-fixtures`, or a compiler that changed
 * its output, fails here instead of leaving fixtures nobody's compiler wrote.
 */
describe('compiled fixtures', () => {
  const sources = compiledSources();
  it('exist for the three rules of the Node front end', () => {
    assert.ok(sources.length >= 3, `${sources.length} compiled sources`);
  });
  for (const { source, outputs } of sources) {
    it(`${source.replace(/^.*grammar-tests\//, '')} is committed as its compilers emit it`, () => {
      const made = compile(source, Object.keys(outputs));
      for (const [compiler, path] of Object.entries(outputs)) {
        assert.ok(
          existsSync(path),
          `${path} is missing: npm run compile-fixtures -w grammar-tests`,
        );
        assert.equal(
          readFileSync(path, 'utf8'),
          made[compiler],
          `${path} is not what ${compiler} emits: npm run compile-fixtures -w grammar-tests`,
        );
      }
    });
  }
});
