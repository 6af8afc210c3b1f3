import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../engine/lint.js';
import { isCFamily } from './cpp-outline.js';
import { rememberedFileTest, resolveInclude } from './includes.js';
import { contentHash, ProjectIndex } from './project-index.js';
import { findCompileCommands, readCompileCommands } from './compile-commands.js';
import { digestC } from './c-digest.js';
import { definedNames, type FileSurvey } from './file-survey.js';
import type { FileDigest, FunctionDigest } from './types.js';
import { digestNodeProject } from './node-index.js';
import type { ParserBackend } from '../parse/syntax.js';

/** A store of digests across runs (the CLI's `--cache`): a file unchanged since is not read. */
export interface DigestStore {
  digest(path: string): { hash: string; digest: FileDigest } | undefined;
  setDigest(path: string, hash: string, digest: FileDigest): void;
}

/**
 * Fills the index with what the C files of a run can tell the files that may
 * hold a finding — "parse only what may matter", for the index too:
 *   1. the seeds: files that name connect or sun_path (what the analysis parses),
 *      and the headers their `#include "…"` lines reach inside `root`;
 *   2. then, to a fixed point, the files that define a function the digested
 *      code calls (found by a definition at the start of a line, the way C is
 *      written), only that function's calls followed further, and the files
 *      that call a connect wrapper found so far (they are seeds too).
 * A file that cannot be read, is too big or binary tells the project nothing.
 * Every face reads the project this way, so they agree on its facts.
 */
export function indexFiles(
  index: ProjectIndex,
  files: readonly string[],
  options: IndexOptions,
): void {
  const pending = new Set(files.filter(isCFamily));
  // What the CLI's workers read of a file already (seed or not, its digest, its definitions).
  const surveyed = (path: string) => {
    const survey = options.surveys?.get(path);
    return survey && !survey.unread ? survey : undefined;
  };
  const bytesOf = new Map<string, Buffer | undefined>();
  const bytes = (path: string) => {
    if (!bytesOf.has(path)) bytesOf.set(path, readBytes(path));
    return bytesOf.get(path);
  };
  const needed = new Set<string>();
  // Names needed since the last expansion: their definitions' calls are still to be read.
  let fresh: string[] = [];
  const need = (name: string) => {
    if (needed.has(name)) return false;
    needed.add(name);
    fresh.push(name);
    return true;
  };
  // The functions of the files read so far, by name (a name may have several definitions).
  const defined = new Map<string, FunctionDigest[]>();
  const wrappers = new Set<string>();
  const isFile = rememberedFileTest();
  const add = (path: string, whole: boolean) => {
    const queue = [path];
    while (queue.length > 0) {
      const next = queue.pop() as string;
      if (index.has(next)) continue;
      pending.delete(next);
      const digest = digestPath(index, next, options.store, bytes, surveyed(next));
      if (!digest) continue;
      for (const fn of digest.functions) {
        if (fn.connectSocketParam !== undefined) wrappers.add(fn.name);
        if (whole || needed.has(fn.name)) for (const name of fn.calls) need(name);
        const list = defined.get(fn.name);
        if (list) list.push(fn);
        else defined.set(fn.name, [fn]);
      }
      for (const name of digest.includes) {
        const found = resolveInclude(name, next, options.includeDirs ?? [], options.root, isFile);
        if (found && !index.has(found) && isCFamily(found)) queue.push(found);
      }
    }
  };
  for (const path of [...pending]) {
    const survey = surveyed(path);
    if (survey ? survey.seed : isSeed(bytes(path))) add(path, true);
  }
  // The other files' definitions, by name: read once each.
  const definitions = new Map<string, string[]>();
  for (const path of pending) {
    const survey = surveyed(path);
    const text = survey?.definitions ? undefined : bytes(path)?.toString('latin1');
    for (const name of survey?.definitions ?? (text ? definedNames(text, path) : [])) {
      const list = definitions.get(name);
      if (list) list.push(path);
      else definitions.set(name, [path]);
    }
  }
  // Each needed name is looked up once; wrapper callers are searched for when a wrapper is new.
  const looked = new Set<string>();
  let wrappersSearched = 0;
  for (let grew = true; grew;) {
    grew = false;
    for (const name of [...needed]) {
      if (looked.has(name)) continue;
      looked.add(name);
      for (const path of definitions.get(name) ?? []) {
        if (index.has(path)) continue;
        add(path, false);
        grew = true;
      }
    }
    if (wrappers.size > wrappersSearched) {
      wrappersSearched = wrappers.size;
      const names = [...wrappers];
      for (const path of [...pending]) {
        const found = bytes(path);
        if (found && names.some((name) => found.includes(name))) {
          add(path, true);
          grew = true;
        }
      }
    }
    // The calls of the functions read so far whose names became needed: a name's
    // definitions are expanded once (a file read later expands its needed functions in `add`).
    // The same closure as reading every needed function of the index again each round.
    for (let names = fresh; names.length > 0; names = fresh) {
      fresh = [];
      for (const name of names)
        for (const fn of defined.get(name) ?? [])
          for (const call of fn.calls) if (need(call)) grew = true;
    }
  }
}

export interface IndexOptions {
  root: string;
  includeDirs?: readonly string[];
  store?: DigestStore;
  /** Files read already, by path (the CLI's workers): not read again. */
  surveys?: ReadonlyMap<string, FileSurvey>;
}

/** A file whose bytes name connect or sun_path: the index reads all of it. */
function isSeed(bytes: Buffer | undefined): boolean {
  return !!bytes && (bytes.includes('connect') || bytes.includes('sun_path'));
}

function digestPath(
  index: ProjectIndex,
  path: string,
  store: DigestStore | undefined,
  bytes: (path: string) => Buffer | undefined,
  survey: FileSurvey | undefined,
): FileDigest | undefined {
  const kept = store?.digest(path) ?? survey?.digest;
  if (kept) {
    index.setDigest(path, kept.hash, kept.digest);
    if (kept === survey?.digest) store?.setDigest(path, kept.hash, kept.digest);
    return kept.digest;
  }
  const raw = bytes(path);
  if (!raw) return undefined;
  const text = raw.toString('utf8');
  const hash = contentHash(text);
  const digest = digestC(path, text);
  index.setDigest(path, hash, digest);
  store?.setDigest(path, hash, digest);
  return digest;
}

function readBytes(path: string): Buffer | undefined {
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return undefined;
    const bytes = readFileSync(path);
    return bytes.includes(0) ? undefined : bytes;
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
  options: {
    root: string;
    compileCommands?: string | undefined;
    store?: DigestStore;
    surveys?: ReadonlyMap<string, FileSurvey>;
    /** Node modules' text the caller read already (see node-index.ts). */
    read?: (path: string) => string | undefined;
    /** The parser for the Node modules' functions (the face's; else the native one). */
    backend?: ParserBackend;
  },
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
    ...(options.surveys ? { surveys: options.surveys } : {}),
  });
  const surveys = options.surveys;
  index.setNode(
    digestNodeProject(files, {
      root: options.root,
      ...(options.read ? { read: options.read } : {}),
      ...(options.backend ? { backend: options.backend } : {}),
      // The workers' prefilter verdict (a socket module and a creator named): the seeds.
      ...(surveys ? { isSeed: (path: string) => surveys.get(path)?.mayMatter } : {}),
    }),
  );
  return index;
}
