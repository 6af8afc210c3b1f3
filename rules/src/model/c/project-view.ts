import { digestC } from '../../project/c-digest.js';
import { takeDigest } from '../../project/known-digests.js';
import { summarizeProject } from '../../project/summarize.js';
import {
  own as ownEntry,
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

export function projectView(path: string, text: string, project: ProjectFacts): ProjectView {
  const digest = takeDigest(path, text) ?? digestC(path, text);
  const own = summarizeProject([digest], { base: project, includeStatic: true });
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
