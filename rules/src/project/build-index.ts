import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../engine/lint.js';
import { languageForPath } from '../parse/languages.js';
import { resolveInclude } from './includes.js';
import { contentHash, ProjectIndex } from './project-index.js';
import { findCompileCommands, readCompileCommands } from './compile-commands.js';
import { digestC } from './c-digest.js';
import type { FileDigest } from './types.js';

/** A store of digests across runs (the CLI's `--cache`): a file unchanged since is not read. */
export interface DigestStore {
  digest(path: string): { hash: string; digest: FileDigest } | undefined;
  setDigest(path: string, hash: string, digest: FileDigest): void;
}

/**
 * Fills the index with the C files of a run and the headers their
 * `#include "…"` lines reach inside `root` (to a fixed point: a header's own
 * includes too). A file that cannot be read, is too big or binary tells the
 * project nothing (the analysis reports it, if it is one of the run's).
 */
export function indexFiles(
  index: ProjectIndex,
  files: readonly string[],
  options: { root: string; includeDirs?: readonly string[]; store?: DigestStore },
): void {
  const queue = files.filter((path) => languageForPath(path)?.family === 'c');
  const seen = new Set(queue);
  while (queue.length > 0) {
    const path = queue.pop() as string;
    const kept = options.store?.digest(path);
    if (kept) index.setDigest(path, kept.hash, kept.digest);
    else {
      const text = readText(path);
      if (text === undefined) continue;
      const hash = contentHash(text);
      const digest = digestC(path, text);
      index.setDigest(path, hash, digest);
      options.store?.setDigest(path, hash, digest);
    }
    for (const name of index.digestOf(path)?.includes ?? []) {
      const found = resolveInclude(name, path, options.includeDirs ?? [], options.root);
      if (!found || seen.has(found) || languageForPath(found)?.family !== 'c') continue;
      seen.add(found);
      queue.push(found);
    }
  }
}

function readText(path: string): string | undefined {
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return undefined;
    const text = readFileSync(path, 'utf8');
    return text.includes('\0') ? undefined : text;
  } catch {
    return undefined;
  }
}

/**
 * The project of `files` under `root`: they, the files of its compilation
 * database (`compileCommands`, else `compile_commands.json` found at the root
 * or in its `build/`, as clangd finds it) and the headers their includes reach.
 * A database the caller named must be readable (it throws); one found on our
 * own that is broken is passed over.
 */
export function buildProject(
  files: readonly string[],
  options: { root: string; compileCommands?: string | undefined; store?: DigestStore },
): ProjectIndex {
  const databasePath = options.compileCommands ?? findCompileCommands(options.root);
  let database: ReturnType<typeof readCompileCommands> | undefined;
  try {
    database = databasePath ? readCompileCommands(databasePath) : undefined;
  } catch (error) {
    if (options.compileCommands) throw error;
  }
  const index = new ProjectIndex();
  indexFiles(index, [...files, ...(database?.files ?? [])], {
    root: options.root,
    includeDirs: database?.includeDirs ?? [],
    ...(options.store ? { store: options.store } : {}),
  });
  return index;
}
