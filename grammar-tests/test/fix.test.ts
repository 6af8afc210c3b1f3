import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { lintText, loadBackend } from 'connectlint';
import plugin from 'connectlint/eslint';
import { ESLint } from 'eslint';
import { settingsFor } from '../src/faces.js';
import { FIXTURE_ROOT, loadFixtures, type Fixture } from '../src/fixtures.js';

const require = createRequire(import.meta.url);
const CLI = join(dirname(require.resolve('connectlint/package.json')), 'bin', 'connectlint.js');

const fixedPath = (path: string) => path.replace(/\.(\w+)$/, '.fixed.$1');

interface CliJson {
  files: { path: string; findings: { ruleId: string; fixes?: { safe?: boolean }[] }[] }[];
}

/** The CLI as a process over copies of the fixtures, one run per fixture configuration. */
function runCli(fixtures: Fixture[], copies: Map<Fixture, string>, flags: string[]): CliJson[] {
  const groups = new Map<string, Fixture[]>();
  for (const fixture of fixtures) {
    const key = JSON.stringify(fixture.config ?? {});
    groups.set(key, [...(groups.get(key) ?? []), fixture]);
  }
  const dir = mkdtempSync(join(tmpdir(), 'connectlint-fix-config-'));
  return [...groups].map(([config, group], index) => {
    const configPath = join(dir, `config-${index}.json`);
    writeFileSync(configPath, config);
    const run = spawnSync(
      process.execPath,
      [
        CLI,
        ...flags,
        '--format',
        'json',
        '--config',
        configPath,
        ...group.map((f) => copies.get(f) as string),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    assert.ok(
      run.status === 0 || run.status === 1,
      `connectlint exited ${run.status}: ${run.stderr}`,
    );
    return JSON.parse(run.stdout) as CliJson;
  });
}

/** Copies of the fixtures in a fresh folder, named so that no two collide. */
function copiesOf(fixtures: Fixture[]): Map<Fixture, string> {
  const dir = mkdtempSync(join(tmpdir(), 'connectlint-fix-'));
  return new Map(
    fixtures.map((fixture) => {
      const copy = join(
        dir,
        `${fixture.language}-${basename(dirname(fixture.path))}-${basename(fixture.path)}`,
      );
      copyFileSync(fixture.path, copy);
      return [fixture, copy];
    }),
  );
}

/** Does gcc accept the file (`-fsyntax-only`, the system's headers)? */
function compiles(path: string): boolean {
  return (
    spawnSync('gcc', ['-fsyntax-only', '-w', '-x', 'c', path], { encoding: 'utf8' }).status === 0
  );
}

describe('connectlint --fix over the fixtures', () => {
  const fixtures = [...loadFixtures('c'), ...loadFixtures('cpp'), ...loadFixtures('ts')];
  const withFixes: Fixture[] = [];
  before(async () => {
    const backend = await loadBackend('native');
    for (const fixture of fixtures) {
      const result = lintText(backend, fixture.path, fixture.text, settingsFor(fixture));
      if (result.findings.some((finding) => finding.fixes.length > 0)) withFixes.push(fixture);
    }
  });

  it('every fixture whose findings carry a fix has its .fixed file', () => {
    assert.ok(withFixes.length >= 10, `only ${withFixes.length} fixtures with fixes`);
    const missing = withFixes.filter((fixture) => !existsSync(fixedPath(fixture.path)));
    // A new fixture with a fix: write its .fixed file with `connectlint --fix-dry-run
    // --unsafe-fixes -f json <fixture>` (its "output"), and read it before committing.
    assert.deepEqual(
      missing.map((fixture) => fixture.name),
      [],
      'fixtures whose fixes have no .fixed file',
    );
  });

  it('--fix --unsafe-fixes gives each its .fixed file, and then no finding has a fix', () => {
    const copies = copiesOf(withFixes);
    runCli(withFixes, copies, ['--fix', '--unsafe-fixes']);
    for (const fixture of withFixes) {
      assert.equal(
        readFileSync(copies.get(fixture) as string, 'utf8'),
        readFileSync(fixedPath(fixture.path), 'utf8'),
        fixture.name,
      );
    }
    for (const output of runCli(withFixes, copies, [])) {
      for (const file of output.files) {
        const fixable = file.findings.filter((finding) => (finding.fixes ?? []).length > 0);
        assert.deepEqual(
          fixable.map((finding) => finding.ruleId),
          [],
          file.path,
        );
      }
    }
  });

  it('--fix applies only the safe fixes: a fixture with none is left as it was', () => {
    const copies = copiesOf(withFixes);
    const outputs = runCli(withFixes, copies, ['--fix']);
    for (const output of outputs) {
      for (const file of output.files) {
        const safe = file.findings.filter((finding) => finding.fixes?.some((fix) => fix.safe));
        assert.deepEqual(
          safe.map((finding) => finding.ruleId),
          [],
          file.path,
        );
      }
    }
    let unchanged = 0;
    let fixed = 0;
    for (const fixture of withFixes) {
      const after = readFileSync(copies.get(fixture) as string, 'utf8');
      if (after === fixture.text) unchanged++;
      else {
        fixed++;
        // Every fix of these fixtures' rules is of one kind: safe ones give the .fixed file.
        assert.equal(after, readFileSync(fixedPath(fixture.path), 'utf8'), fixture.name);
      }
    }
    assert.ok(unchanged > 0 && fixed > 0, `${fixed} fixed, ${unchanged} unchanged`);
  });

  it('a fixed C file compiles wherever its original does (gcc -fsyntax-only)', () => {
    const cFixtures = withFixes.filter((fixture) => fixture.language === 'c');
    let checked = 0;
    for (const fixture of cFixtures) {
      if (!compiles(fixture.path)) continue;
      checked++;
      assert.ok(
        compiles(fixedPath(fixture.path)),
        `${fixture.name}: the fixed file does not compile`,
      );
    }
    assert.ok(checked >= 4, `only ${checked} fixtures compile`);
  });

  it('--fix-dry-run writes nothing and gives the fixed text as output', () => {
    const fixture = withFixes.find((candidate) => candidate.language === 'c') as Fixture;
    const copies = copiesOf([fixture]);
    const [output] = runCli([fixture], copies, ['--fix-dry-run', '--unsafe-fixes']);
    assert.equal(readFileSync(copies.get(fixture) as string, 'utf8'), fixture.text);
    const file = output?.files[0] as unknown as { output?: string };
    assert.equal(file.output, readFileSync(fixedPath(fixture.path), 'utf8'));
  });

  it("ESLint's own --fix (the API with fix: true) applies the same safe fixes", async () => {
    const safeOnly = withFixes.filter(
      (fixture) => fixture.language === 'c' && fixture.config === undefined,
    );
    // ESLint's folder bounds the project it indexes: the fixtures', as in the ESLint face.
    const eslint = new ESLint({
      cwd: FIXTURE_ROOT,
      overrideConfigFile: true,
      overrideConfig: [...(plugin.configs.c as object[])] as never,
      fix: true,
    });
    let fixed = 0;
    for (const fixture of safeOnly) {
      const [result] = await eslint.lintText(fixture.text, { filePath: fixture.path });
      const copies = copiesOf([fixture]);
      runCli([fixture], copies, ['--fix']);
      const expected = readFileSync(copies.get(fixture) as string, 'utf8');
      assert.equal(result?.output ?? fixture.text, expected, fixture.name);
      if (expected !== fixture.text) fixed++;
    }
    assert.ok(fixed >= 2, `only ${fixed} fixtures fixed by ESLint`);
  });
});
