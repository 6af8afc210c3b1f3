import { existsSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { findFiles } from '../cli/files.js';
import { findCompileCommands } from './compile-commands.js';
import { isCFamily } from './cpp-outline.js';
import { languageForPath } from '../parse/languages.js';

/** A folder holding one of these is a project of its own (an editor's or ESLint's unit of indexing). */
export const PROJECT_MARKERS = [
  'connectlint.config.json',
  'compile_commands.json',
  '.git',
] as const;

function isProjectRoot(dir: string): boolean {
  return (
    PROJECT_MARKERS.some((marker) => existsSync(join(dir, marker))) ||
    findCompileCommands(dir) !== undefined
  );
}

function inside(dir: string, root: string): boolean {
  const rel = relative(root, dir);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The project a file belongs to: the nearest folder above it with a
 * connectlint config, a compilation database or a `.git`, not above `top`
 * (ESLint's or the editor's folder). With none, the file's own folder: a run
 * from `/` or a home folder must not read the whole disk.
 */
export function projectRootFor(file: string, top: string): string {
  const own = dirname(file);
  if (!inside(own, top)) return own;
  for (let dir = own; ;) {
    if (isProjectRoot(dir)) return dir;
    const parent = dirname(dir);
    if (dir === top || parent === dir) return own;
    dir = parent;
  }
}

/**
 * The C and C++ sources and headers of the project at `root`, as the CLI would find
 * them (`.gitignore` respected, `node_modules` and `.git` skipped), without
 * the folders below that are projects of their own.
 */
export function projectSources(root: string): string[] {
  return projectFiles(root, 'c');
}

/** The TypeScript and JavaScript modules of the project at `root`, found the same way (the Node index's). */
export function projectNodeSources(root: string): string[] {
  return projectFiles(root, 'node');
}

/** Both, from one walk of the folder (ESLint's index of a project root). */
export function projectAllSources(root: string): string[] {
  return projectFiles(root, 'c', 'node');
}

function projectFiles(root: string, ...families: string[]): string[] {
  const { files } = findFiles([root], root, { patterns: [], root });
  const nested = new Map<string, boolean>();
  const inNested = (file: string): boolean => {
    for (let dir = dirname(file); dir !== root && inside(dir, root); dir = dirname(dir)) {
      let known = nested.get(dir);
      if (known === undefined) nested.set(dir, (known = isProjectRoot(dir)));
      if (known) return true;
    }
    return false;
  };
  // `c` is the C family: C and C++ sources and headers.
  const wanted = (file: string) =>
    (families.includes('c') && isCFamily(file)) ||
    (families.includes('node') && languageForPath(file)?.family === 'node');
  return files.filter((file) => wanted(file) && !inNested(file));
}
