import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyConfigFile, defaultSettings, loadBackend } from 'connectlint';
import { parseFixture } from '../src/fixtures.js';
import { casesIn, type ProjectCase } from '../src/project-cases.js';
import {
  cliProjectFace,
  engineProjectFace,
  eslintProjectFace,
  faceMismatches,
  serverFace,
  serverProjectFace,
  type ProjectFace,
} from '../src/project-faces.js';

/**
 * `.h` files read as C++ (`cpp/headers/<case>/`): because the case's config
 * says so (`languages`), or because the header has C++ syntax and its folder's
 * sources are C++. Each face parses them with the C++ grammar: the findings
 * only the C++ front end makes are there.
 */
const cases = casesIn('cpp', 'headers');

/** The case's connectlint.config.json, as a user of the engine's API applies it. */
function settingsOf(dir: string) {
  const settings = defaultSettings();
  applyConfigFile(
    JSON.parse(readFileSync(join(dir, 'connectlint.config.json'), 'utf8')),
    settings,
    'x',
  );
  return settings;
}

async function checkFace(face: ProjectFace, of: readonly ProjectCase[] = cases): Promise<void> {
  const errors = await faceMismatches(face, of);
  assert.deepEqual(errors, [], `\n${errors.join('\n')}`);
}

describe('headers read as C++', () => {
  it('engine API with the case settings', async () =>
    checkFace(engineProjectFace(await loadBackend('native'), { settingsOf })));
  it('CLI process in the case folder', () => checkFace(cliProjectFace));
  it("ESLint's API in the case folder (the C language parses them with the C++ grammar)", () =>
    checkFace(eslintProjectFace));
  it("language server, the editor saying 'c' for a .h", () => checkFace(serverProjectFace));
  it("language server, the editor saying 'cpp' for a .h", () =>
    checkFace((project) => serverFace(project, () => 'cpp')));

  it('has a flagged and a clean C++-only finding in each header', () => {
    for (const project of cases) {
      const headers = project.files.filter((file) => file.path.endsWith('.h'));
      assert.ok(headers.length > 0, project.name);
      for (const header of headers) {
        assert.ok(header.expected.length >= 2 && header.ok.length >= 2, header.name);
      }
    }
  });

  it("an editor's cpp for a header with no sources beside it is C++; the CLI reads it as C", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'connectlint-header-'));
    const source = join(cases.find((c) => c.name.endsWith('cpp-folder'))!.dir, 'client.h');
    const path = join(dir, 'client.h');
    copyFileSync(source, path);
    const header = parseFixture(path, 'cpp', 'headers', readFileSync(path, 'utf8'));
    const project = { name: 'editor-says-cpp', dir, files: [header] };
    // The editor's cpp: the C++ front end, the annotated findings.
    await checkFace((p) => serverFace(p, () => 'cpp'), [project]);
    // Without it, nothing says C++: the C grammar cannot read the class, and finds nothing.
    const asC = await cliProjectFace(project);
    assert.deepEqual(asC.get(header), []);
    const editorC = await serverFace(project, () => 'c');
    assert.deepEqual(editorC.get(header), []);
  });
});
