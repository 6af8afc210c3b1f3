import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_ROOT, parseFixture, type Fixture } from './fixtures.js';

/**
 * Project cases (`c/project/<case>/`, `cpp/project/<case>/`, `ts/project/<case>/`): a few files where a finding in one
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
  // C and C++ files (a C++ file reads the C project's wrappers too, C++ sources C++ headers);
  // TypeScript and JavaScript modules (the Node part of the index: factories and helpers of
  // other modules).
  return [
    ...casesIn('c', 'project'),
    ...casesIn('cpp', 'project'),
    ...casesIn('ts', 'project', NODE_FILES),
  ];
}

const C_FILES = /\.([ch]|cc|hh|cpp|hpp)$/;
const NODE_FILES = /\.([cm]?[jt]s|tsx)$/;

/** The cases of `<language>/<folder>/`: each subfolder one project. */
export function casesIn(language: string, folder: string, files = C_FILES): ProjectCase[] {
  const root = join(FIXTURE_ROOT, language, folder);
  return readdirSync(root)
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const fixtures = readdirSync(dir)
        .filter((file) => files.test(file))
        .sort()
        .map((file) => {
          const path = join(dir, file);
          return parseFixture(path, language, folder, readFileSync(path, 'utf8'));
        });
      return { name: `${language}/${name}`, dir, files: fixtures };
    });
}
