import type { ProjectFacts, ProjectMacro } from '../../project/types.js';
import { decodedLength } from './string-literal.js';
import { macroErrno } from './errno-vocabulary.js';
import type { MacroLookup, StringMacro } from './types.js';

/**
 * The project's macros as each file's model reads them, derived once per
 * project, not once per file: a CLI worker or an ESLint run analyses many
 * files with one project's facts, and a tree's headers define thousands of
 * macros a rule may read (path constants above all). Listing them, and testing
 * each for a string literal and for errno, once per analysed file cost more
 * than most of that file's own model. Kept by the project's and the macro's
 * objects (weakly): they live as long as the facts they come from.
 */

/** A macro as the model reads it: its name, its value, whether it takes arguments. */
export interface MacroReading {
  name: string;
  value: string;
  functionLike: boolean;
}

const listed = new WeakMap<ProjectFacts, readonly ProjectMacro[]>();
const derived = new WeakMap<ProjectFacts, ProjectMacroFacts>();
const readings = new WeakMap<ProjectMacro, MacroReading>();

/** What a file's model reads of the project's macros; each file keeps those not its own. */
export interface ProjectMacroFacts {
  /** Macros whose value tests an E-constant or reads errno (the errno vocabulary's), in the record's order. */
  errno: readonly ProjectMacro[];
  /** Macros that are one string literal (path constants), with its length in bytes, by name. */
  strings: ReadonlyMap<string, { macro: ProjectMacro; byteLength: number }>;
}

export function projectMacroFacts(project: ProjectFacts): ProjectMacroFacts {
  let facts = derived.get(project);
  if (!facts) {
    const errno: ProjectMacro[] = [];
    const strings = new Map<string, { macro: ProjectMacro; byteLength: number }>();
    for (const macro of projectMacros(project)) {
      const reading = macroReading(macro);
      const said = macroErrno(reading);
      if (said.constants.size > 0 || said.readsErrno) errno.push(macro);
      const byteLength = stringMacroLength(reading);
      if (byteLength !== undefined) strings.set(macro.name, { macro, byteLength });
    }
    facts = { errno, strings };
    derived.set(project, facts);
  }
  return facts;
}

/** The project's macros, in the order of its record. */
export function projectMacros(project: ProjectFacts): readonly ProjectMacro[] {
  let macros = listed.get(project);
  if (!macros) {
    macros = Object.values(project.macros);
    listed.set(project, macros);
  }
  return macros;
}

/** The same reading of a project macro for every file (so what is derived from it is kept too). */
export function macroReading(macro: ProjectMacro): MacroReading {
  let reading = readings.get(macro);
  if (!reading) {
    reading = { name: macro.name, value: macro.value, functionLike: macro.params !== undefined };
    readings.set(macro, reading);
  }
  return reading;
}

/** The byte length of a macro that is a single plain literal: `#define P "/run/x.sock"`. */
export function stringMacroLength(macro: {
  value: string;
  functionLike: boolean;
}): number | undefined {
  const text = macro.value.trim();
  if (macro.functionLike || !/^(u8)?"([^"\\]|\\.)*"$/.test(text)) return undefined;
  return decodedLength(text);
}

/** The byte lengths of path constants looked up by name (what `literalByteLength` reads). */
export function byteLengths(strings: MacroLookup<StringMacro>): MacroLookup<number> {
  return { get: (name) => strings.get(name)?.byteLength };
}
