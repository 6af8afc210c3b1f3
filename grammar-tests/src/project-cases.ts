import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_ROOT, parseFixture, type Fixture } from './fixtures.js';

/**
 * Project cases (`c/project/<case>/`, `ts/project/<case>/`): a few files where a finding in one
 * depends on another (a wrapper, a factory, a helper, a header macro). Each
 * case folder holds a `connectlint.config.json`, which makes it a project of its
 * own for ESLint and the language server; its C files are fixtures as usual.
 */
export interface ProjectCase {
  name: string;
  dir: string;
  files: Fixture[];
}

export function loadProjectCases(): ProjectCase[] {
  // C and C++ files (a C++ file reads the C project's wrappers too); TypeScript and
  // JavaScript modules (the Node part of the index: factories and helpers of other modules).
  return [...casesOf('c', /\.([ch]|cc)$/), ...casesOf('ts', /\.([cm]?[jt]s|tsx)$/)];
}

function casesOf(family: string, files: RegExp): ProjectCase[] {
  const root = join(FIXTURE_ROOT, family, 'project');
  return readdirSync(root)
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const fixtures = readdirSync(dir)
        .filter((file) => files.test(file))
        .sort()
        .map((file) => {
          const path = join(dir, file);
          return parseFixture(path, family, 'project', readFileSync(path, 'utf8'));
        });
      return { name: `${family}/${name}`, dir, files: fixtures };
    });
}
