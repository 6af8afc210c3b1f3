import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { lintText, loadBackend } from 'connectlint';
import { applyFixes } from '../src/apply-fixes.js';
import { settingsFor } from '../src/faces.js';
import { loadFixtures } from '../src/fixtures.js';

/** Every fixture with a `.fixed.<ext>` sibling: its quick fixes must turn it into that file. */
describe('quick fixes', () => {
  const fixedPath = (path: string) => path.replace(/\.(\w+)$/, '.fixed.$1');
  const withFixed = [...loadFixtures('c'), ...loadFixtures('ts')].filter((fixture) =>
    existsSync(fixedPath(fixture.path)),
  );
  it('there are fixtures with expected fixes', () => assert.ok(withFixed.length >= 5));
  for (const fixture of withFixed) {
    it(fixture.name, async () => {
      const backend = await loadBackend('native');
      const result = lintText(backend, fixture.path, fixture.text, settingsFor(fixture));
      const expected = readFileSync(fixedPath(fixture.path), 'utf8');
      assert.equal(applyFixes(fixture.text, result.findings), expected);
    });
  }
});
