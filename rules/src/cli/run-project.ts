import { resolve } from 'node:path';
import { buildProject, type DigestStore } from '../project/build-index.js';
import type { ProjectFacts } from '../project/types.js';

/**
 * The project of a CLI run: the C files it lints, the files of the compilation
 * database (`--compile-commands`, else `compile_commands.json` in the current
 * folder or its `build/`), and the headers their `#include "…"` lines reach
 * inside the current folder (or the database's include folders). Throws when a
 * database named on the command line cannot be read.
 */
export function runProject(
  files: readonly string[],
  cwd: string,
  compileCommands: string | undefined,
  store?: DigestStore,
): { project: ProjectFacts; size: number } {
  const index = buildProject(files, {
    root: cwd,
    compileCommands: compileCommands ? resolve(cwd, compileCommands) : undefined,
    ...(store ? { store } : {}),
  });
  return { project: index.project(), size: index.size };
}
