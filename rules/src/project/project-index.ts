import { contentHash } from './content-hash.js';
import { digestC } from './c-digest.js';
import { summarizeProject } from './summarize.js';
import { NO_PROJECT, type FileDigest, type MacroDigest, type ProjectFacts } from './types.js';
import { summarizeNodeProject } from './node-summaries.js';
import type { NodeModuleDigest } from './node-types.js';

/**
 * The project index: what every C source and header of a project tells the
 * others (see `types.ts`), kept by path and content hash, and summarized on
 * demand. The engine's, not a face's: the CLI fills it from the files of its
 * run, the language server from its workspace folders (and open documents),
 * ESLint from the project around the files it lints — the same facts for the
 * same files in every face.
 */
export class ProjectIndex {
  private readonly files = new Map<string, { hash: string; digest: FileDigest }>();
  /** Files not digested: the macros a rule may read (see `macro-scan.ts`). */
  private readonly macroFiles = new Map<string, MacroDigest[]>();
  private facts: ProjectFacts | undefined;
  private node: readonly NodeModuleDigest[] = [];
  private search: WrapperSearch | undefined;
  private scope: ReadonlySet<string> | undefined;

  /** Reads one file's text (again): true when the file is new or its text changed. */
  set(path: string, text: string): boolean {
    const hash = contentHash(text);
    if (this.files.get(path)?.hash === hash) return false;
    this.setDigest(path, hash, digestC(path, text));
    return true;
  }

  /** A digest read before (the CLI's cache, a worker): kept as it is. */
  setDigest(path: string, hash: string, digest: FileDigest): void {
    this.files.set(path, { hash, digest });
    this.facts = undefined;
  }

  /** A file the index does not digest: its macros only (a digest of it wins). */
  setMacros(path: string, macros: MacroDigest[]): void {
    this.macroFiles.set(path, macros);
    this.facts = undefined;
  }

  delete(path: string): boolean {
    const digested = this.files.delete(path);
    const had = this.macroFiles.delete(path) || digested;
    if (had) this.facts = undefined;
    return had;
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  digestOf(path: string): FileDigest | undefined {
    return this.files.get(path)?.digest;
  }

  get size(): number {
    return this.files.size;
  }

  /** Every file's digest, by path: what a cache keeps. */
  entries(): [string, { hash: string; digest: FileDigest }][] {
    return [...this.files];
  }

  /**
   * The functions whose facts anyone will ask for (`indexFiles`: the names its
   * files may call, and the functions of the files read whole); else all.
   */
  setScope(names: ReadonlySet<string> | undefined): void {
    const same =
      names && this.scope
        ? names.size === this.scope.size && [...names].every((name) => this.scope?.has(name))
        : names === this.scope;
    if (same) return;
    this.scope = names;
    this.facts = undefined;
  }

  /** What `indexFiles` last searched the run's C files for, and found (see `WrapperSearch`). */
  setWrapperSearch(search: WrapperSearch): void {
    this.search = search;
  }

  get wrapperSearch(): WrapperSearch | undefined {
    return this.search;
  }

  /** The Node modules' digests (see node-index.ts): replaced as a whole. */
  setNode(digests: readonly NodeModuleDigest[]): void {
    this.node = digests;
    this.facts = undefined;
  }

  /** The Node modules the index digested: what a cache of the facts watches. */
  nodePaths(): string[] {
    return this.node.map((digest) => digest.path);
  }

  /** The project's facts, summarized once per change of any file. */
  project(): ProjectFacts {
    if (this.files.size === 0 && this.node.length === 0) return NO_PROJECT;
    return (this.facts ??= withNode(
      this.files.size === 0
        ? NO_PROJECT
        : summarizeProject(
            [...this.files.values()].map((file) => file.digest).concat(this.macroDigests()),
            this.scope ? { only: this.scope } : {},
          ),
      this.node,
    ));
  }

  /**
   * The functions that return connect(2)'s result, wrappers of wrappers too, of
   * the index as it is (the scope's): what `indexFiles` asks while it grows —
   * the rest of the summary waits for the last file.
   */
  connectWrappers(): string[] {
    if (this.facts) return this.facts.connectWrappers;
    return summarizeProject(
      [...this.files.values()].map((file) => file.digest),
      this.scope ? { only: this.scope, wrappersOnly: true } : { wrappersOnly: true },
    ).connectWrappers;
  }

  /** The macros of the files not digested, as digests of nothing else. */
  private macroDigests(): FileDigest[] {
    const digests: FileDigest[] = [];
    for (const [path, macros] of this.macroFiles)
      if (!this.files.has(path))
        digests.push({ path, functions: [], prototypes: [], macros, includes: [] });
    return digests;
  }
}

/**
 * The C files of a run that name one of the project's connect wrappers, as
 * the index found them: the analysis needs no other look at the files for
 * those names (`cli/lint-files.ts`).
 */
export interface WrapperSearch {
  /** The wrapper names every C file of the run was searched for. */
  names: ReadonlySet<string>;
  /** The files (not read whole as seeds) that name one of them. */
  callers: ReadonlySet<string>;
}

/** The hash a file's digest is kept by (its own module: the CLI's workers read it before the engine). */
export { contentHash };

/** The C facts with the Node modules' summary beside them, the digest covering both. */
function withNode(facts: ProjectFacts, node: readonly NodeModuleDigest[]): ProjectFacts {
  if (node.length === 0) return facts;
  const summary = summarizeNodeProject(node);
  return {
    ...facts,
    node: summary,
    digest: contentHash(`${facts.digest}\0${JSON.stringify(summary)}`),
  };
}
