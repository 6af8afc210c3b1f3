import type { ErrnoVocabulary } from './errno-vocabulary.js';
import type { ProjectView } from './project-view.js';
import type { FunctionSummary } from './types.js';

/**
 * What the rules and the model ask about a function by its name: the questions
 * whose answers come from other functions of the file, so that an edit of one
 * function may change another's findings.
 */
export type NameQuestion =
  | 'summary'
  | 'errno-reader'
  | 'errno-reader-call'
  | 'errno-reader-function'
  | 'classifier'
  | 'project-fn'
  | 'project-external'
  | 'clobbers'
  | 'noreturn'
  | 'confirms';

/** The file-wide facts the answers come from (all known before any function is modelled in full). */
export interface NameFactSources {
  summaries: ReadonlyMap<string, FunctionSummary>;
  errno: ErrnoVocabulary;
  view: ProjectView;
  /** The file's functions that confirm a connection (read SO_ERROR, call getpeername). */
  confirms: ReadonlySet<string>;
}

/** A question's answer, as a string to compare between two versions of the file. */
export function answer(sources: NameFactSources, question: NameQuestion, name: string): string {
  switch (question) {
    case 'summary':
      return serialize(sources.summaries.get(name));
    case 'errno-reader':
      return String(sources.errno.readers.has(name));
    case 'errno-reader-call':
      return String(sources.errno.readerCalls.has(name));
    case 'errno-reader-function':
      return String(sources.errno.readerFunctions.has(name));
    case 'classifier':
      return serialize(sources.errno.classifiers.get(name));
    case 'project-fn':
      return serialize(sources.view.fn(name));
    case 'project-external':
      return serialize(sources.view.external(name));
    case 'clobbers':
      return String(sources.view.clobbers(name));
    case 'noreturn':
      return String(sources.view.noReturn.has(name));
    case 'confirms':
      return String(sources.confirms.has(name));
  }
}

/**
 * A value as comparable text: sets sorted, a tree node by its type only (its
 * place moves with every edit above it; a finding that points into another
 * function is never kept anyway, see `mergeFindings`).
 */
function serialize(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) => {
    if (inner instanceof Set) return [...(inner as Set<unknown>)].map(String).sort();
    if (inner instanceof Map) return [...(inner as Map<unknown, unknown>)].sort();
    if (inner && typeof inner === 'object' && 'startIndex' in inner && 'type' in inner)
      return `node:${String((inner as { type: string }).type)}`;
    return inner;
  });
}

/** A question about a name, as a key: `question NUL name`. */
export function questionKey(question: NameQuestion, name: string): string {
  return `${question}\0${name}`;
}

export function parseQuestionKey(key: string): [NameQuestion, string] {
  const at = key.indexOf('\0');
  return [key.slice(0, at) as NameQuestion, key.slice(at + 1)];
}

/**
 * The log of one analysis: each question asked about one of the file's own
 * functions, with its answer then. Other names need no log: the C library's
 * answers never change, and the project's are in the editor cache's key (its
 * digest). The editor's cache keeps the log and asks the next version's facts
 * the same questions (`engine/function-cache.ts`): nothing lists by hand what
 * the rules read, so a rule that reads a new fact through the model is covered.
 */
export class NameReads {
  readonly log = new Map<string, string>();

  constructor(
    private readonly sources: NameFactSources,
    private readonly ownFunctions: ReadonlySet<string>,
  ) {}

  asked(question: NameQuestion, name: string): void {
    if (!this.ownFunctions.has(name)) return;
    const key = questionKey(question, name);
    if (!this.log.has(key)) this.log.set(key, answer(this.sources, question, name));
  }
}

/** `map`, with every lookup by name logged as `question`. */
export function loggedMap<V>(
  map: ReadonlyMap<string, V>,
  question: NameQuestion,
  reads: NameReads,
): ReadonlyMap<string, V> {
  const all = () => {
    for (const name of map.keys()) reads.asked(question, name);
  };
  return {
    get: (name) => (reads.asked(question, name), map.get(name)),
    has: (name) => (reads.asked(question, name), map.has(name)),
    get size() {
      return map.size;
    },
    forEach: (callback, thisArg?: unknown) => (all(), map.forEach(callback, thisArg)),
    entries: () => (all(), map.entries()),
    keys: () => (all(), map.keys()),
    values: () => (all(), map.values()),
    [Symbol.iterator]: () => (all(), map[Symbol.iterator]()),
  } as ReadonlyMap<string, V>;
}

/** `set`, with every membership test logged as `question`. */
export function loggedSet(
  set: ReadonlySet<string>,
  question: NameQuestion,
  reads: NameReads,
): ReadonlySet<string> {
  const all = () => {
    for (const name of set) reads.asked(question, name);
  };
  return {
    has: (name) => (reads.asked(question, name), set.has(name)),
    get size() {
      return set.size;
    },
    forEach: (callback, thisArg?: unknown) => (all(), set.forEach(callback, thisArg)),
    entries: () => (all(), set.entries()),
    keys: () => (all(), set.keys()),
    values: () => (all(), set.values()),
    [Symbol.iterator]: () => (all(), set[Symbol.iterator]()),
  } as ReadonlySet<string>;
}

/** The errno vocabulary, each name looked up logged. */
export function loggedVocabulary(errno: ErrnoVocabulary, reads: NameReads): ErrnoVocabulary {
  return {
    readers: loggedSet(errno.readers, 'errno-reader', reads),
    readerCalls: loggedSet(errno.readerCalls, 'errno-reader-call', reads),
    readerFunctions: loggedSet(errno.readerFunctions, 'errno-reader-function', reads),
    classifiers: loggedMap(errno.classifiers, 'classifier', reads),
  };
}

/** The project view, each name looked up logged. */
export function loggedView(view: ProjectView, reads: NameReads): ProjectView {
  return {
    get externalMacros() {
      return view.externalMacros;
    },
    isExternalMacro: (macro) => view.isExternalMacro(macro),
    project: view.project,
    fn: (name) => (reads.asked('project-fn', name), view.fn(name)),
    external: (name) => (reads.asked('project-external', name), view.external(name)),
    clobbers: (name) => (reads.asked('clobbers', name), view.clobbers(name)),
    noReturn: loggedSet(view.noReturn, 'noreturn', reads),
  };
}
