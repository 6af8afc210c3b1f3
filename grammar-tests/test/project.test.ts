import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBackend } from 'connectlint';
import { loadProjectCases } from '../src/project-cases.js';
import {
  cliProjectFace,
  engineProjectFace,
  eslintProjectFace,
  faceMismatches,
  serverProjectFace,
  type ProjectFace,
} from '../src/project-faces.js';

const cases = loadProjectCases();

/** Every face reports exactly what the case's annotations say, file by file. */
async function checkFace(face: ProjectFace): Promise<void> {
  const errors = await faceMismatches(face, cases);
  assert.deepEqual(errors, [], `\n${errors.join('\n')}`);
}

describe('project cases (C, C++ and Node, several files)', () => {
  it('engine API with a project index', async () =>
    checkFace(engineProjectFace(await loadBackend('native'))));
  it('CLI process in the project folder', () => checkFace(cliProjectFace));
  it("ESLint's API in the project folder", () => checkFace(eslintProjectFace));
  it('language server over stdio, the folder as workspace', () => checkFace(serverProjectFace));

  it('has at least 8 flagged and 8 clean cases', () => {
    const files = cases.flatMap((project) => project.files);
    const flagged = files.flatMap((f) => f.expected).length;
    const clean = files.flatMap((f) => f.ok).length;
    assert.ok(flagged >= 8, `${flagged} flagged cases, want at least 8`);
    assert.ok(clean >= 8, `${clean} clean cases, want at least 8`);
  });

  it('each case depends on its other files: alone, a file is judged otherwise', async () => {
    // The findings of a case's files linted one at a time, without a project index,
    // differ from the project's: the other files are what decides. (A file alone is
    // linted with no index at all: the index of one file still reads the modules it
    // imports and the headers it includes, as a run over that file would.)
    const backend = await loadBackend('native');
    const indexed = engineProjectFace(backend);
    const alone = engineProjectFace(backend, { withIndex: false });
    for (const project of cases) {
      const together = await indexed(project);
      const single = new Map(
        await Promise.all(
          project.files.map(async (file) => {
            const one = await alone({ ...project, files: [file] });
            return [file, one.get(file) ?? []] as const;
          }),
        ),
      );
      const differs = project.files.some(
        (file) => JSON.stringify(together.get(file)) !== JSON.stringify(single.get(file)),
      );
      assert.ok(differs, `${project.name}: its files give the same findings alone`);
    }
  });
});
