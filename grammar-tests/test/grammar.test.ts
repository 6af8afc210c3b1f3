import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FRONT_ENDS, RULES, frontEndsOf, loadBackend, type FrontEnd } from 'connectlint';
import { compare, FIXTURE_ROOT, loadFixtures } from '../src/fixtures.js';
import { cliFace, engineFace, type Face } from '../src/faces.js';
import { eslintFace } from '../src/eslint-face.js';
import { serverFace } from '../src/server-face.js';

/** Every front end's fixtures: `grammar-tests/<front end's folder>/<rule>/`. */
const fixtures = Object.values(FRONT_ENDS).flatMap((frontEnd) => loadFixtures(frontEnd.fixtures));

/** Every face must report exactly what the fixtures say. */
async function checkFace(
  face: Face | ((f: typeof fixtures) => Promise<ReturnType<Face>>),
): Promise<void> {
  const found = await face(fixtures);
  const errors = fixtures.flatMap((fixture) => compare(fixture, found.get(fixture) ?? []));
  assert.deepEqual(errors, [], `\n${errors.join('\n')}`);
}

describe('grammar tests (C, C++, TypeScript, JavaScript)', () => {
  it('engine, native tree-sitter', async () => checkFace(engineFace(await loadBackend('native'))));
  it('engine, web-tree-sitter (wasm)', async () =>
    checkFace(engineFace(await loadBackend('wasm'))));
  it('CLI process, --format json, worker threads', () => checkFace(cliFace));
  it("ESLint's API with the plugin's presets", () => checkFace(eslintFace));
  it('language server over stdio, diagnostics pulled', () => checkFace(serverFace));

  for (const frontEnd of Object.values(FRONT_ENDS)) {
    it(`every rule with a ${frontEnd.label} check has a fixture folder with 8 flagged and 8 clean cases`, () => {
      for (const rule of rulesOf(frontEnd)) checkCounts(rule.meta.id, frontEnd.fixtures);
    });
  }

  function checkCounts(id: string, language: string): void {
    {
      assert.ok(
        existsSync(join(FIXTURE_ROOT, language, id)),
        `grammar-tests/${language}/${id}/ is missing`,
      );
      const own = fixtures.filter(
        (fixture) => fixture.rule === id && fixture.language === language,
      );
      const flagged = own.flatMap((f) => f.expected).filter((e) => e.ruleId === id).length;
      const clean = own.flatMap((f) => f.ok).filter((e) => e.ruleId === id).length;
      assert.ok(flagged >= 8, `${id} (${language}): ${flagged} flagged cases, want at least 8`);
      assert.ok(
        clean >= 8,
        `${id} (${language}): ${clean} clean cases (// ok: ${id}), want at least 8`,
      );
    }
  }

  it('TypeScript rules have fixtures in .ts, .tsx and .js files', () => {
    const extensions = new Set(
      fixtures.filter((f) => f.language === 'ts').map((f) => f.path.replace(/^.*\./, '')),
    );
    assert.deepEqual([...extensions].sort(), ['js', 'ts', 'tsx']);
  });

  it('every fixture folder is a rule, every annotation names a rule and one of its messages', () => {
    const ids = new Set(RULES.map((rule) => rule.meta.id));
    for (const fixture of fixtures) {
      assert.ok(ids.has(fixture.rule), `${fixture.name}: folder ${fixture.rule} is not a rule id`);
      for (const annotation of [...fixture.expected, ...fixture.ok, ...fixture.todo]) {
        assert.ok(
          ids.has(annotation.ruleId),
          `${fixture.name}:${annotation.line}: unknown rule ${annotation.ruleId}`,
        );
        const messages = RULES.find((rule) => rule.meta.id === annotation.ruleId)?.meta.messages;
        if (annotation.messageId)
          assert.ok(
            messages && annotation.messageId in messages,
            `${fixture.name}:${annotation.line}: ${annotation.ruleId} has no message ${annotation.messageId}`,
          );
      }
    }
  });
});

/** The rules a front end runs: those with a check for the model it builds. */
function rulesOf(frontEnd: FrontEnd) {
  return RULES.filter((rule) => frontEndsOf(rule).includes(frontEnd));
}

describe('TypeScript fixtures per rule', () => {
  it('every TypeScript rule has fixtures in .ts, .tsx and .js files', () => {
    for (const rule of rulesOf(FRONT_ENDS.node)) {
      const extensions = new Set(
        fixtures
          .filter((f) => f.language === 'ts' && f.rule === rule.meta.id)
          .map((f) => f.path.replace(/^.*\./, '')),
      );
      assert.deepEqual([...extensions].sort(), ['js', 'ts', 'tsx'], rule.meta.id);
    }
  });
});
