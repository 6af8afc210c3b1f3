import { digestC, sameOrigin } from '../../project/c-digest.js';
import { takeDigest } from '../../project/known-digests.js';
import { summarizeProject } from '../../project/summarize.js';
import { TextMemo } from '../../text/text-memo.js';
import {
  own as ownEntry,
  type FileDigest,
  type FunctionDigest,
  type ProjectFacts,
  type ProjectFunction,
  type ProjectMacro,
} from '../../project/types.js';
import { LIBC_CLOBBERERS } from './clobberers.js';
import { projectMacros } from './project-macros.js';
import {
  editedOutline,
  type FunctionSpan,
  type OutlineState,
  type UnreadSpan,
} from './outline-edit.js';

/**
 * What one file's model knows of functions and macros beyond the C library:
 * its own (read from its current text, `static` ones included) over the
 * project's (other files', from the project index). A name the file defines
 * is always the file's: another file's function of that name is not the one
 * called here.
 */
export interface ProjectView {
  /** A function's facts: the file's own, else the project's. */
  fn(name: string): ProjectFunction | undefined;
  /** A project function defined in another file (and not in this one). */
  external(name: string): ProjectFunction | undefined;
  /** Macros of other files (headers): the file's own come from its tree. */
  externalMacros: readonly ProjectMacro[];
  /** Is this project macro one of `externalMacros` (not this file's, nor a name it defines)? */
  isExternalMacro(macro: ProjectMacro): boolean;
  /** Calls that never return: the C library's, err(3)'s, the project's. */
  noReturn: ReadonlySet<string>;
  /** May a call of this name change errno: the C library's and the project's (the keepers left out)? */
  clobbers(name: string): boolean;
  /** The project facts this view was built on (its digest is a cache key). */
  project: ProjectFacts;
}

/**
 * An editor analyses the same file again after each edit, and most of its
 * functions are as they were: their digests are kept by text (`TextMemo`), and
 * the file's summary over the project is kept while neither the file's facts
 * nor the project's changed (lines aside: no rule reads a line of the file's
 * own functions from here). A CLI worker takes the file's digest from its survey.
 */
const functionDigests = new TextMemo<FunctionDigest>();
const summaries = new Map<
  string,
  { projectDigest: string; digest: FileDigest; own: ProjectFacts }
>();
/** Files whose summary is kept: the documents an editor has open, give or take. */
const SUMMARIES_KEPT = 32;

function ownFacts(
  path: string,
  digest: FileDigest,
  project: ProjectFacts,
  editor: boolean,
): ProjectFacts {
  // A file analysed once (the CLI's, ESLint's): nothing worth keeping.
  if (!editor) return summarizeProject([digest], { base: project, includeStatic: true });
  const kept = summaries.get(path);
  if (kept?.projectDigest === project.digest && sameButLines(kept.digest, digest)) {
    // The newest digest: the next edit's shares all but its edited function with it.
    kept.digest = digest;
    return kept.own;
  }
  const own = summarizeProject([digest], { base: project, includeStatic: true });
  if (summaries.size >= SUMMARIES_KEPT) summaries.clear();
  summaries.set(path, { projectDigest: project.digest, digest, own });
  return own;
}

/**
 * Are two digests of a file the same, lines aside (no rule reads a line of the
 * file's own functions from the summary)? An edit inside one body digests that
 * function alone and shares every other entry with the previous digest
 * (`outline-edit.ts`): shared entries are the same objects, and only the others
 * are compared by their JSON (what a key of the whole digest's JSON cost on
 * every keystroke, 0.3-0.5 ms over 5,000 lines).
 */
function sameButLines(a: FileDigest, b: FileDigest): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const x = (a as unknown as Record<string, unknown>)[key];
    const y = (b as unknown as Record<string, unknown>)[key];
    if (x === y) continue;
    if (key === 'functions' || key === 'macros') {
      const xs = x as readonly { line: number }[];
      const ys = y as readonly { line: number }[] | undefined;
      if (!Array.isArray(ys) || xs.length !== ys.length) return false;
      for (let i = 0; i < xs.length; i++) {
        const [p, q] = [xs[i] as { line: number }, ys[i] as { line: number }];
        if (
          p !== q &&
          !(key === 'functions' && sameOrigin(p as FunctionDigest, q as FunctionDigest)) &&
          JSON.stringify(withoutLine(p)) !== JSON.stringify(withoutLine(q))
        )
          return false;
      }
    } else if (JSON.stringify(x) !== JSON.stringify(y)) {
      return false;
    }
  }
  return true;
}

/** The digest of a function or a macro without its line (the only fields of a `FileDigest` named `line`). */
function withoutLine<T extends { line: number }>(entry: T): Omit<T, 'line'> & { line?: never } {
  // An own property set to undefined: JSON leaves it out, in the place it had.
  return { ...entry, line: undefined as never };
}

/**
 * The file's digest: the CLI's (read with its survey), or, in an editor, the
 * previous version's with the edited function digested again where that is
 * the same (`outline-edit.ts`), else the whole text's.
 */
function fileDigest(path: string, text: string, edit: OutlineEdit | undefined): OutlineState {
  const surveyed = takeDigest(path, text);
  if (surveyed) return { text, digest: surveyed, alone: new Map() };
  const edited =
    edit?.previous &&
    editedOutline(path, edit.previous, text, edit.spanAt, functionDigests, edit.unreadAt);
  return edited || { text, digest: digestC(path, text, functionDigests), alone: new Map() };
}

/** An editor's next version: the previous version's outline, and the functions of this one. */
export interface OutlineEdit {
  previous: OutlineState | undefined;
  spanAt: (offset: number) => FunctionSpan | undefined;
  /** Where around an offset the digest reads nothing, if anywhere (`unreadSpanAt`). */
  unreadAt?: (offset: number) => UnreadSpan | undefined;
}

/** What `projectView` gives beside the view. */
export interface ProjectViewExtras {
  /** What the next version's view may start from. */
  outline: OutlineState;
  /**
   * May `external` find any name at all: does the project have a function this
   * file does not define? Not when the project is this file alone (an editor with
   * no workspace folder holds the open document as its project): then the names
   * the file calls need not be read to look for other files' helpers.
   */
  readonly findsExternal: boolean;
}

/** The view, and what the next version's view may start from. */
export function projectView(
  path: string,
  text: string,
  project: ProjectFacts,
  edit?: OutlineEdit,
): ProjectView & ProjectViewExtras {
  const outline = fileDigest(path, text, edit);
  const digest = outline.digest;
  const own = ownFacts(path, digest, project, edit !== undefined);
  const ownNames = new Set(digest.functions.map((fn) => fn.name));
  const ownMacros = new Set(digest.macros.map((macro) => macro.name));
  const external = (name: string) =>
    ownNames.has(name) ? undefined : ownEntry(project.functions, name);
  const fn = (name: string) => ownEntry(own.functions, name) ?? external(name);
  const isExternalMacro = (macro: ProjectMacro) =>
    macro.path !== path && !ownMacros.has(macro.name);
  let externalMacros: readonly ProjectMacro[] | undefined;
  return {
    fn,
    external,
    get externalMacros() {
      return (externalMacros ??= projectMacros(project).filter(isExternalMacro));
    },
    isExternalMacro,
    noReturn: new Set(own.noReturn),
    clobbers: (name) => LIBC_CLOBBERERS.has(name) || !!fn(name)?.clobbersErrno,
    project,
    outline,
    get findsExternal() {
      return namesOf(project.functions).some((name) => !ownNames.has(name));
    },
  };
}

/** The names of a project's functions, listed once per record (a run's record is shared by every file). */
const functionNames = new WeakMap<object, readonly string[]>();

function namesOf(record: Readonly<Record<string, unknown>>): readonly string[] {
  let names = functionNames.get(record);
  if (!names) functionNames.set(record, (names = Object.keys(record)));
  return names;
}
