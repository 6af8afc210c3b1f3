import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { lintText, loadBackend } from 'connectlint';
import { applyFixes } from '../src/apply-fixes.js';
import { settingsFor } from '../src/faces.js';
import { loadFixtures } from '../src/fixtures.js';

/** Every fixture with a `.fixed.c` sibling: its quick fixes must turn it into that file. */
describe('quick fixes', () => {
  const withFixed = loadFixtures('c').filter((fixture) =>
    existsSync(fixture.path.replace(/\.c$/, '.fixed.c')),
  );
  it('there are fixtures with expected fixes', () => assert.ok(withFixed.length >= 3));
  for (const fixture of withFixed) {
    it(fixture.name, async () => {
      const backend = await loadBackend('native');
      const result = lintText(backend, fixture.path, fixture.text, settingsFor(fixture));
      const expected = readFileSync(fixture.path.replace(/\.c$/, '.fixed.c'), 'utf8');
      assert.equal(applyFixes(fixture.text, result.findings), expected);
    });
  }
});
