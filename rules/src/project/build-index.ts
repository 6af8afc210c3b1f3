import { isCFamily } from './cpp-outline.js';
import { rememberedFileTest, resolveInclude } from './includes.js';
import { ProjectIndex } from './project-index.js';
import { answerIndexRequest, readBytes } from './index-answers.js';
import { findCompileCommands, readCompileCommands } from './compile-commands.js';
import { definedNames, isSeed, type FileSurvey } from './file-survey.js';
import { followedCalls, hostsConnect, judgedByRules } from './fact-edges.js';
import { definedMacrosOf } from './macro-scan.js';
import type { FileDigest, FunctionDigest } from './types.js';
import { digestNodeProject } from './node-index.js';
import type { ParserBackend } from '../parse/syntax.js';

/** A store of digests across runs (the CLI's `--cache`): a file unchanged since is not read. */
export interface DigestStore {
  digest(path: string): { hash: string; digest: FileDigest } | undefined;
  setDigest(path: string, hash: string, digest: FileDigest): void;
}

/**
 * What the index asks of the files as it grows: their digests, or which of
 * them name one of a few words (the callers of a connect wrapper); and when it
 * will not ask for a while (it summarizes: time for other work). The CLI's
 * workers answer for the files they read (`cli/worker.ts`), every other face
 * at once, from the disk (`answerIndexRequest`).
 */
export type IndexRequest =
  /** `whole`: files the analysis reads too (seeds, callers of a wrapper): digested whole. */
  | { kind: 'digest'; paths: string[]; whole?: true }
  | { kind: 'search'; names: string[]; paths: string[] }
  /** No question: the index summarizes now, and will not need the files for a while. */
  | { kind: 'summarizing'; paths: [] };

/** A digest request's answer, by path: undefined for a file that cannot be read, is too big or binary. */
export type DigestAnswer = Map<string, DigestEntry | undefined>;
type DigestEntry = { hash: string; digest: FileDigest };
/** A search request's answer: the paths whose bytes name one of the words. */
export type SearchAnswer = string[];
export type IndexAnswer = DigestAnswer | SearchAnswer;

/**
 * Fills the index with what the C files of a run can tell the files that may
 * hold a finding — "parse only what may matter", for the index too:
 *   1. the seeds: files that call `connect(` or name sun_path (what the analysis parses),
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
  const bytes = bytesReader(options.read);
  const steps = indexSteps(index, files, options, bytes);
  for (let step = steps.next(); !step.done;)
    step = steps.next(answerIndexRequest(step.value, bytes));
}

/** `indexFiles` with the files' reading done elsewhere (the CLI's workers, where the files' bytes are). */
export async function indexFilesAsync(
  index: ProjectIndex,
  files: readonly string[],
  options: IndexOptions,
  answer: (request: IndexRequest) => Promise<IndexAnswer>,
): Promise<void> {
  const steps = indexSteps(index, files, options, bytesReader(options.read));
  for (let step = steps.next(); !step.done;) step = steps.next(await answer(step.value));
}

/**
 * The steps of `indexFiles`: each `yield` is a request for the files' digests
 * or a search of their bytes, in batches (one batch per step of the fixed
 * point), so that a caller may answer it on every core.
 */
function* indexSteps(
  index: ProjectIndex,
  files: readonly string[],
  options: IndexOptions,
  bytes: (path: string) => Buffer | undefined,
): Generator<IndexRequest, void, IndexAnswer> {
  const sources = files.filter(isCFamily);
  const pending = new Set(sources);
  // Files read whole (every function's calls needed): the seeds, the callers of a wrapper, their headers.
  const wholeFiles = new Set<string>();
  // What the CLI's workers read of a file already (seed or not, its digest, its definitions).
  const surveyed = (path: string) => {
    const survey = options.surveys?.get(path);
    return survey && !survey.unread ? survey : undefined;
  };
  // The names whose facts are needed, and among them those asked whether they change errno
  // (called where a connect fails: every call of theirs is followed, see `fact-edges.ts`).
  const needed = new Set<string>();
  const deep = new Set<string>();
  // Names needed (or deep) since the last expansion: their definitions' calls are still to be read.
  let fresh: string[] = [];
  const need = (name: string, asDeep: boolean) => {
    const added = !needed.has(name) || (asDeep && !deep.has(name));
    if (!added) return false;
    needed.add(name);
    if (asDeep) deep.add(name);
    fresh.push(name);
    return true;
  };
  const connectCalls = new Set(['connect', ...(options.connectCalls ?? [])]);
  // The connect wrappers known so far: by their digests, then by the project's summaries.
  const wrappers = new Set<string>();
  // Functions of files read whole that no rule judges yet: a wrapper found later may call for their calls.
  const unjudged = new Set<FunctionDigest>();
  // A needed function: the calls its facts rest on.
  const expand = (fn: FunctionDigest) => {
    let grew = false;
    for (const name of followedCalls(fn, deep.has(fn.name)))
      if (need(name, deep.has(fn.name))) grew = true;
    return grew;
  };
  // A function of a file read whole: all its calls are needed where a rule judges it (deep
  // where it calls connect). Another is read as any function: the calls its facts rest on
  // once a caller needs it (`expand`). Reading every call of every function of a file the
  // analysis reads made the index read half as many files again.
  const needCallsOf = (fn: FunctionDigest) => {
    if (!judgedByRules(fn, connectCalls, wrappers)) {
      unjudged.add(fn);
      return false;
    }
    unjudged.delete(fn);
    const asDeep = hostsConnect(fn, connectCalls);
    let grew = false;
    for (const name of fn.calls) if (need(name, asDeep)) grew = true;
    return grew;
  };
  // After new wrappers: the functions that call one are judged now.
  let judgedWith = 0;
  const judgeAgain = () => {
    if (wrappers.size === judgedWith) return false;
    judgedWith = wrappers.size;
    let grew = false;
    for (const fn of [...unjudged]) if (needCallsOf(fn)) grew = true;
    return grew;
  };
  // The functions of the files read so far, by name (a name may have several definitions).
  const defined = new Map<string, FunctionDigest[]>();
  const isFile = rememberedFileTest();
  // Files asked for already (one that could not be read is not asked for again).
  const tried = new Set<string>();
  // The facts anyone will ask for: of what the files may call, and of the functions a rule
  // judges in the files read whole (another's facts, its calls unread, could be wrong).
  const scope = () => {
    const names = new Set(needed);
    for (const path of wholeFiles)
      for (const fn of index.digestOf(path)?.functions ?? [])
        if (!unjudged.has(fn)) names.add(fn.name);
    return names;
  };
  // What a digest adds to the closure: its functions' calls (all, or what the needed ones' facts rest on).
  const read = (entry: DigestEntry, whole: boolean) => {
    for (const fn of entry.digest.functions) {
      if (fn.connectSocketParam !== undefined) wrappers.add(fn.name);
      // Another file's static function: no call of the analysed files reaches it, and the
      // summary keeps none, so its calls lead nowhere the analysis looks.
      if (!whole && fn.isStatic) continue;
      if (whole) needCallsOf(fn);
      if (needed.has(fn.name)) expand(fn);
      const list = defined.get(fn.name);
      if (list) list.push(fn);
      else defined.set(fn.name, [fn]);
    }
  };
  // Digests `paths` (whole: every function's calls are needed), then the headers they include.
  function* add(
    paths: readonly string[],
    whole: boolean,
  ): Generator<IndexRequest, void, IndexAnswer> {
    for (let batch = paths; batch.length > 0;) {
      const got: DigestAnswer = new Map();
      const ask: string[] = [];
      for (const path of batch) {
        if (tried.has(path)) continue;
        tried.add(path);
        pending.delete(path);
        const survey = surveyed(path)?.digest;
        const kept = options.store?.digest(path) ?? survey;
        if (kept) {
          if (kept === survey) options.store?.setDigest(path, kept.hash, kept.digest);
          got.set(path, kept);
        } else ask.push(path);
      }
      if (ask.length > 0) {
        const answer = (yield {
          kind: 'digest',
          paths: ask,
          ...(whole ? { whole: true as const } : {}),
        }) as DigestAnswer;
        for (const path of ask) {
          const entry = answer.get(path);
          got.set(path, entry);
          if (entry) options.store?.setDigest(path, entry.hash, entry.digest);
        }
      }
      const next: string[] = [];
      for (const [path, entry] of got) {
        if (!entry) continue;
        if (whole) wholeFiles.add(path);
        index.setDigest(path, entry.hash, entry.digest);
        read(entry, whole);
        for (const name of entry.digest.includes) {
          const found = resolveInclude(name, path, options.includeDirs ?? [], options.root, isFile);
          if (found && !tried.has(found) && isCFamily(found)) next.push(found);
        }
      }
      batch = next;
    }
  }
  const seeds = [...pending].filter((path) => {
    const survey = surveyed(path);
    const found = survey ? undefined : bytes(path);
    return survey ? survey.seed : !!found && isSeed(found);
  });
  yield* add(seeds, true);
  // Files the analysis reads whatever they call: not searched for wrappers' names.
  const analysed = new Set(seeds);
  // The other files' definitions, by name: read once each.
  const definitions = new Map<string, string[]>();
  for (const path of pending) {
    const survey = surveyed(path);
    const raw = survey?.definitions ? undefined : bytes(path);
    const text = raw?.toString('latin1');
    // Its macros, whether or not the closure reads it (see `macro-scan.ts`).
    const macros = survey?.macros ?? (text && raw ? definedMacrosOf(text, raw) : []);
    if (macros.length > 0) index.setMacros(path, macros);
    for (const name of survey?.definitions ?? (text ? definedNames(text, path) : [])) {
      const list = definitions.get(name);
      if (list) list.push(path);
      else definitions.set(name, [path]);
    }
  }
  // Each needed name is looked up once; wrapper callers are searched for when a wrapper is new.
  const looked = new Set<string>();
  const searched = new Set<string>();
  const callers = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    const defining = new Set<string>();
    for (const name of needed) {
      if (looked.has(name)) continue;
      looked.add(name);
      for (const path of definitions.get(name) ?? []) if (!tried.has(path)) defining.add(path);
    }
    if (defining.size > 0) {
      yield* add([...defining], false);
      grew = true;
    }
    // Once the rest is read: the project's own wrappers (a wrapper of a wrapper too).
    if (!grew && wrappers.size === searched.size) {
      yield { kind: 'summarizing', paths: [] };
      index.setScope(scope());
      for (const name of index.connectWrappers()) wrappers.add(name);
    }
    if (judgeAgain()) grew = true;
    const unsearched = [...wrappers].filter((name) => !searched.has(name));
    if (unsearched.length > 0) {
      for (const name of unsearched) searched.add(name);
      // Every file but the seeds, the index's own too: a caller of a wrapper is analysed.
      const found = (yield {
        kind: 'search',
        names: unsearched,
        paths: sources.filter((path) => !analysed.has(path) && !callers.has(path)),
      }) as SearchAnswer;
      for (const path of found) callers.add(path);
      if (found.length > 0) {
        yield* add(
          found.filter((path) => !tried.has(path)),
          true,
        );
        // One read before for a few of its functions: all their calls are needed now.
        for (const path of found) {
          if (wholeFiles.has(path)) continue;
          wholeFiles.add(path);
          for (const fn of index.digestOf(path)?.functions ?? []) needCallsOf(fn);
        }
        grew = true;
      }
    }
    // The calls of the functions read so far whose names became needed: a name's
    // definitions are expanded once (a file read later expands its needed functions in `add`).
    // The same closure as reading every needed function of the index again each round.
    for (let names = fresh; names.length > 0; names = fresh) {
      fresh = [];
      for (const name of names)
        for (const fn of defined.get(name) ?? []) if (expand(fn)) grew = true;
    }
  }
  index.setWrapperSearch({ names: searched, callers });
  index.setScope(scope());
}

export interface IndexOptions {
  root: string;
  includeDirs?: readonly string[];
  store?: DigestStore;
  /** Files read already, by path (the CLI's workers): not read again. */
  surveys?: ReadonlyMap<string, FileSurvey>;
  /** A file's bytes where the caller kept them (else read from the disk). */
  read?: (path: string) => Buffer | undefined;
  /** The connect wrappers the configuration names (`wrappers.connect`): called as connect is. */
  connectCalls?: readonly string[];
}

/** Each file's bytes read once (`read` first, then the disk). */
function bytesReader(
  read?: (path: string) => Buffer | undefined,
): (path: string) => Buffer | undefined {
  const bytesOf = new Map<string, Buffer | undefined>();
  return (path) => {
    if (!bytesOf.has(path)) bytesOf.set(path, read?.(path) ?? readBytes(path));
    return bytesOf.get(path);
  };
}

export interface ProjectOptions {
  root: string;
  compileCommands?: string | undefined;
  store?: DigestStore;
  surveys?: ReadonlyMap<string, FileSurvey>;
  /** Node modules' text the caller read already (see node-index.ts). */
  read?: (path: string) => string | undefined;
  /** The parser for the Node modules' functions (the face's; else the native one). */
  backend?: ParserBackend;
  /** C files' bytes the caller kept (else read from the disk). */
  bytes?: (path: string) => Buffer | undefined;
  /** The connect wrappers the configuration names (`wrappers.connect`): called as connect is. */
  connectCalls?: readonly string[];
}

/**
 * The project of `files` under `root`: they, the files of its compilation
 * database (`compileCommands`, else `compile_commands.json` found at the root
 * or in its `build/`, as clangd finds it) and the headers their includes reach.
 * A database the caller named must be readable (it throws); one found on our
 * own that is broken is passed over.
 */
export function buildProject(files: readonly string[], options: ProjectOptions): ProjectIndex {
  const { index, sources, indexOptions } = startProject(files, options);
  indexFiles(index, sources, indexOptions);
  return withNodeModules(index, files, options);
}

/** `buildProject` with the C files' digests and searches answered by `answer` (the CLI's workers). */
export async function buildProjectAsync(
  files: readonly string[],
  options: ProjectOptions,
  answer: (request: IndexRequest) => Promise<IndexAnswer>,
): Promise<ProjectIndex> {
  const { index, sources, indexOptions } = startProject(files, options);
  await indexFilesAsync(index, sources, indexOptions, answer);
  return withNodeModules(index, files, options);
}

function startProject(
  files: readonly string[],
  options: ProjectOptions,
): { index: ProjectIndex; sources: string[]; indexOptions: IndexOptions } {
  const databasePath = options.compileCommands ?? findCompileCommands(options.root);
  let database: ReturnType<typeof readCompileCommands> | undefined;
  try {
    database = databasePath ? readCompileCommands(databasePath) : undefined;
  } catch (error) {
    if (options.compileCommands) throw error;
  }
  return {
    index: new ProjectIndex(),
    sources: [...files, ...(database?.files ?? [])],
    indexOptions: {
      root: options.root,
      includeDirs: database?.includeDirs ?? [],
      ...(options.store ? { store: options.store } : {}),
      ...(options.surveys ? { surveys: options.surveys } : {}),
      ...(options.bytes ? { read: options.bytes } : {}),
      ...(options.connectCalls ? { connectCalls: options.connectCalls } : {}),
    },
  };
}

function withNodeModules(
  index: ProjectIndex,
  files: readonly string[],
  options: ProjectOptions,
): ProjectIndex {
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
