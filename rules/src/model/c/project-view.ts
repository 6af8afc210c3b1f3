import { digestC } from '../../project/c-digest.js';
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
const summaries = new Map<string, { key: string; own: ProjectFacts }>();
/** Files whose summary is kept: the documents an editor has open, give or take. */
const SUMMARIES_KEPT = 32;

function ownFacts(path: string, digest: FileDigest, project: ProjectFacts): ProjectFacts {
  const key = `${project.digest}\0${JSON.stringify(digest, (name, value: unknown) => (name === 'line' ? undefined : value))}`;
  const kept = summaries.get(path);
  if (kept?.key === key) return kept.own;
  const own = summarizeProject([digest], { base: project, includeStatic: true });
  if (summaries.size >= SUMMARIES_KEPT) summaries.clear();
  summaries.set(path, { key, own });
  return own;
}

export function projectView(path: string, text: string, project: ProjectFacts): ProjectView {
  const digest = takeDigest(path, text) ?? digestC(path, text, functionDigests);
  const own = ownFacts(path, digest, project);
  const ownNames = new Set(digest.functions.map((fn) => fn.name));
  const ownMacros = new Set(digest.macros.map((macro) => macro.name));
  const external = (name: string) =>
    ownNames.has(name) ? undefined : ownEntry(project.functions, name);
  const fn = (name: string) => ownEntry(own.functions, name) ?? external(name);
  return {
    fn,
    external,
    get externalMacros() {
      return Object.values(project.macros).filter(
        (macro) => macro.path !== path && !ownMacros.has(macro.name),
      );
    },
    noReturn: new Set(own.noReturn),
    clobbers: (name) => LIBC_CLOBBERERS.has(name) || !!fn(name)?.clobbersErrno,
    project,
  };
}
