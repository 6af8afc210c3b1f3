import { resolve } from 'node:path';
import { envBackend, loadBackend } from '../parse/backend.js';
import { languageForPath } from '../parse/languages.js';
import {
  buildProject,
  buildProjectAsync,
  type DigestStore,
  type IndexAnswer,
  type IndexRequest,
} from '../project/build-index.js';
import type { ProjectFacts } from '../project/types.js';
import type { WrapperSearch } from '../project/project-index.js';
import { findCompileCommands } from '../project/compile-commands.js';
import type { FileSurvey } from '../project/file-survey.js';

/** What a survey of the run's files gives the index: the surveys, and who answers its requests. */
export interface SurveyedFiles {
  surveys: ReadonlyMap<string, FileSurvey>;
  /** The workers that read the files answer the index's requests (else this thread does). */
  answer?: (request: IndexRequest) => Promise<IndexAnswer>;
  /** The bytes this thread kept of the files it read. */
  bytes?: (path: string) => Buffer | undefined;
}

/** A digest store that also keeps the whole project's facts between runs (the CLI's `--cache`). */
export interface ProjectStore extends DigestStore {
  project(files: readonly string[], extra: string): ProjectFacts | undefined;
  setProject(
    files: readonly string[],
    extra: string,
    watched: readonly string[],
    facts: ProjectFacts,
  ): void;
}

/**
 * The project of a CLI run: the C files it lints, the files of the compilation
 * database (`--compile-commands`, else `compile_commands.json` in the current
 * folder or its `build/`), and the headers their `#include "…"` lines reach
 * inside the current folder (or the database's include folders). Throws when a
 * database named on the command line cannot be read. With a store whose last
 * run saw the same files unchanged, its facts as they were, and nothing read.
 */
export async function runProject(
  files: readonly string[],
  cwd: string,
  compileCommands: string | undefined,
  store?: ProjectStore,
  survey?: (files: readonly string[]) => Promise<SurveyedFiles>,
  /** The connect wrappers the run's configurations name (their callers are read as connect's). */
  connectCalls: readonly string[] = [],
): Promise<{ project: ProjectFacts; wrapperSearch?: WrapperSearch }> {
  const database = compileCommands ? resolve(cwd, compileCommands) : undefined;
  const extra = `${cwd}\0${database ?? ''}\0${connectCalls.join(',')}`;
  const kept = store?.project(files, extra);
  if (kept) return { project: kept };
  // Read on every core (`survey`), then the index is built from what was read.
  const surveyed = await survey?.(files);
  const surveys = surveyed?.surveys;
  // The Node modules' functions are parsed with the run's parser (wasm where native is missing).
  const backend = files.some((path) => languageForPath(path)?.family === 'node')
    ? await loadBackend(envBackend())
    : undefined;
  const options = {
    ...(backend ? { backend } : {}),
    root: cwd,
    compileCommands: database,
    connectCalls,
    ...(store ? { store } : {}),
    ...(surveys ? { surveys } : {}),
    ...(surveyed?.bytes ? { bytes: surveyed.bytes } : {}),
  };
  // The index's digests and searches go to the workers that hold the files' bytes.
  const index = surveyed?.answer
    ? await buildProjectAsync(files, options, surveyed.answer)
    : buildProject(files, options);
  const project = index.project();
  // Every file of the run was looked at (to pick what matters), and the index's own.
  const databaseFile = database ?? findCompileCommands(cwd);
  store?.setProject(
    files,
    extra,
    [
      ...files,
      ...(databaseFile ? [databaseFile] : []),
      ...index.entries().map(([path]) => path),
      ...index.nodePaths(),
    ],
    project,
  );
  return { project, ...(index.wrapperSearch ? { wrapperSearch: index.wrapperSearch } : {}) };
}
