import { resolve } from 'node:path';
import { findCompileCommands, readCompileCommands } from '../project/compile-commands.js';
import { indexFiles, type DigestStore } from '../project/build-index.js';
import { ProjectIndex } from '../project/project-index.js';
import type { ProjectFacts } from '../project/types.js';

/**
 * The project of a CLI run: the C files it lints, the files of the compilation
 * database (`--compile-commands`, else `compile_commands.json` in the current
 * folder or its `build/`, as clangd finds it), and the headers their
 * `#include "…"` lines reach inside the current folder (or the database's
 * include folders). Throws when a database named on the command line cannot be read.
 */
export function runProject(
  files: readonly string[],
  cwd: string,
  compileCommands: string | undefined,
  store?: DigestStore,
): { project: ProjectFacts; size: number } {
  const databasePath = compileCommands ? resolve(cwd, compileCommands) : findCompileCommands(cwd);
  let database: ReturnType<typeof readCompileCommands> | undefined;
  try {
    database = databasePath ? readCompileCommands(databasePath) : undefined;
  } catch (error) {
    // Found on our own, a broken database is not the user's request: go on without it.
    if (compileCommands) throw error;
  }
  const index = new ProjectIndex();
  indexFiles(index, [...files, ...(database?.files ?? [])], {
    root: cwd,
    includeDirs: database?.includeDirs ?? [],
    ...(store ? { store } : {}),
  });
  return { project: index.project(), size: index.size };
}
