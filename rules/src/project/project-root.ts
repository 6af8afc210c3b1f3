import { existsSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { findFiles } from '../cli/files.js';
import { findCompileCommands } from './compile-commands.js';
import { languageForPath } from '../parse/languages.js';

/** A folder holding one of these is a project of its own (an editor's or ESLint's unit of indexing). */
export const PROJECT_MARKERS = ['connectlint.config.json', 'compile_commands.json'] as const;

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
 * connectlint config or a compilation database, not above `top` (ESLint's or
 * the editor's folder); else `top` itself, or the file's folder when it lies
 * outside `top`.
 */
export function projectRootFor(file: string, top: string): string {
  let dir = dirname(file);
  if (!inside(dir, top)) return dir;
  for (;;) {
    if (isProjectRoot(dir)) return dir;
    if (dir === top) return top;
    const parent = dirname(dir);
    if (parent === dir) return top;
    dir = parent;
  }
}

/**
 * The C sources and headers of the project at `root`, as the CLI would find
 * them (`.gitignore` respected, `node_modules` and `.git` skipped), without
 * the folders below that are projects of their own.
 */
export function projectSources(root: string): string[] {
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
  return files.filter((file) => languageForPath(file)?.family === 'c' && !inNested(file));
}
