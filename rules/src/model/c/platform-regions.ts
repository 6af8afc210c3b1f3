import { conditionalGroups, type Branch } from '../../parse/c-directives.js';
import { factKind } from '../fact-store.js';
import { branchValues, type Lookup } from '../../parse/c-condition.js';
import { PLATFORM_FACTS, PLATFORMS, type Platform } from '../../platform/platforms.js';
import type { CFileModel } from './types.js';
import { directiveLines } from './directive-lines.js';

/** The platform code at a place is judged for, and why when it is not the one asked for. */
export interface PlatformAt {
  platform: Platform;
  /** How messages name it: `Linux`, or `Linux (inside #ifdef HOST_OS_LINUX, line 9)`. */
  name: string;
}

/** Macros each platform's compilers define, and the names projects give their own. */
export const PLATFORM_MACROS: readonly [Platform, RegExp][] = [
  ['linux', /^(__linux__|__linux|linux|__gnu_linux__|_*(?:[A-Z0-9]+_)*LINUX_*)$/],
  ['macos', /^(__APPLE__|__MACH__|_*(?:[A-Z0-9]+_)*(?:DARWIN|MACOS|MACOSX|OSX|APPLE)_*)$/],
  ['freebsd', /^(__FreeBSD__|__FreeBSD_kernel__|_*(?:[A-Z0-9]+_)*FREEBSD_*)$/],
];
/**
 * Every name of `PLATFORM_MACROS` holds one of these. A text whose directives
 * (each line from a `#`, with its continuation lines) hold none has no
 * platform's code: every macro in a condition reads the same for every
 * platform, so a branch is compiled by all of them or by none, and no `#define`
 * belongs to one. Then no region need be read (a reading of every directive,
 * 0.4 ms per keystroke in a 5,000-line file). Keep it covering `PLATFORM_MACROS`.
 */
export const MAY_NAME_A_PLATFORM = /linux|LINUX|APPLE|MACH|DARWIN|MACOS|OSX|FreeBSD|FREEBSD/;
/** Windows' macros: none of the platforms judged defines them. */
const WINDOWS_MACROS = /^(_WIN32|_WIN64|WIN32|_MSC_VER|__MINGW32__|__MINGW64__)$/;
/**
 * `#ifndef _LINUX_` + `#define _LINUX_`: a header's include guard, not a platform test.
 * Sticky, tried only where a line starts with `#` (see `directiveLines`).
 */
const INCLUDE_GUARD = /[ \t]*#[ \t]*ifndef[ \t]+(\w+)[^\n]*\n[ \t]*#[ \t]*define[ \t]+\1\b/y;
/** `#define NAME`, sticky as `INCLUDE_GUARD`. */
const DEFINE = /[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)/y;

interface Regions {
  branches: Branch[];
  /** Macros the file defines only inside one platform's code: `#ifdef __linux__ / #define OS_LINUX`. */
  defined: Map<string, Platform>;
  guards: Set<string>;
}

const REGIONS = factKind<CFileModel, Regions>('platform regions');
const NAMES_A_PLATFORM = factKind<CFileModel, boolean>('names a platform');

/**
 * The platform the code at `offset` is judged for: the one asked for
 * (`--platform`), unless the code sits in an `#if` branch that platform never
 * compiles and another does — `#ifdef __linux__`, `#if defined(__APPLE__)`,
 * `#ifdef __FreeBSD__`, a project macro named for a platform (`HOST_OS_LINUX`) or
 * defined in the file inside such a branch, the `#else` of one. Code no judged
 * platform compiles (`#ifdef _WIN32`) stays with the one asked for.
 */
export function platformAt(model: CFileModel, offset: number, asked: Platform): PlatformAt {
  const plain = { platform: asked, name: PLATFORM_FACTS[asked].name };
  if (!model.text.includes('#')) return plain;
  if (!model.facts.get(NAMES_A_PLATFORM, model, () => directivesMayNameAPlatform(model.text)))
    return plain;
  const regions = model.facts.get(REGIONS, model, () => readRegions(model.text));
  const branch = innermostBranch(regions.branches, offset);
  if (!branch) return plain;
  const lookup = lookupFor(regions.defined, regions.guards);
  const compiled = PLATFORMS.filter((platform) => active(branch, lookup(platform)) !== false);
  if (compiled.length === 0 || compiled.includes(asked)) return plain;
  const platform = compiled[0] as Platform;
  // The directive that leaves the asked-for platform out: the innermost one.
  let why: Branch | undefined;
  for (let at: Branch | undefined = branch; at && !why; at = at.group.parent) {
    if (value(at, lookup(asked)) === false) why = at;
  }
  return {
    platform,
    name: `${PLATFORM_FACTS[platform].name}${why ? ` (${describe(why, model.text)})` : ''}`,
  };
}

/**
 * Does a directive line (up to the `\n` that ends it, as `conditionalGroups`
 * reads a directive's argument: a backslash before it continues the line)
 * hold a word that may name a platform?
 */
export function directivesMayNameAPlatform(text: string): boolean {
  for (const start of directiveLines(text)) {
    let end = text.indexOf('\n', start);
    while (end > 0 && continued(text, end)) end = text.indexOf('\n', end + 1);
    if (MAY_NAME_A_PLATFORM.test(text.slice(start, end < 0 ? text.length : end))) return true;
  }
  return false;
}

/** Is the `\n` at `newline` one a backslash (and maybe a `\r`) before it continues? */
function continued(text: string, newline: number): boolean {
  const before = text.charCodeAt(newline - 1);
  if (before === 0x5c) return true;
  return before === 0x0d && text.charCodeAt(newline - 2) === 0x5c;
}

function lookupFor(
  defined: ReadonlyMap<string, Platform>,
  guards: ReadonlySet<string>,
): (platform: Platform) => Lookup {
  return (platform) => (macro) => {
    if (guards.has(macro)) return undefined;
    if (WINDOWS_MACROS.test(macro)) return false;
    const owner = defined.get(macro) ?? PLATFORM_MACROS.find(([, names]) => names.test(macro))?.[0];
    return owner === undefined ? undefined : owner === platform;
  };
}

function readRegions(text: string): Regions {
  const branches = conditionalGroups(text).flatMap((group) => group.branches);
  const defined = new Map<string, Platform>();
  const conflicting = new Set<string>();
  const lines = directiveLines(text);
  const guards = new Set(stickyMatches(text, lines, INCLUDE_GUARD).map((match) => match[1] ?? ''));
  const builtIn = lookupFor(new Map(), guards);
  const lookups = PLATFORMS.map((platform) => [platform, builtIn(platform)] as const);
  // The platforms compiling a branch, once per branch: a file defines many macros in one branch.
  const compiledIn = new Map<Branch, readonly Platform[]>();
  const compiling = (branch: Branch) => {
    let platforms = compiledIn.get(branch);
    if (!platforms) {
      platforms = lookups
        .filter(([, lookup]) => active(branch, lookup) !== false)
        .map(([platform]) => platform);
      compiledIn.set(branch, platforms);
    }
    return platforms;
  };
  for (const match of stickyMatches(text, lines, DEFINE)) {
    const name = match[1] ?? '';
    const branch = innermostBranch(branches, match.index);
    const platforms = branch ? compiling(branch) : PLATFORMS;
    const only = platforms.length === 1 ? platforms[0] : undefined;
    if (!only || (defined.has(name) && defined.get(name) !== only)) conflicting.add(name);
    else defined.set(name, only);
  }
  for (const name of conflicting) defined.delete(name);
  return { branches, defined, guards };
}

/**
 * The matches `/^<sticky>/gm` would find: tried at each line start given, in
 * order, none inside an earlier match (a global search goes on from a match's end).
 */
function stickyMatches(
  text: string,
  lineStarts: readonly number[],
  sticky: RegExp,
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const start of lineStarts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (!match) continue;
    found.push(match);
    from = Math.max(start + 1, sticky.lastIndex);
  }
  return found;
}

/** The deepest branch whose lines hold `offset`. */
function innermostBranch(branches: readonly Branch[], offset: number): Branch | undefined {
  let found: Branch | undefined;
  for (const branch of branches) {
    if (branch.bodyStart > offset || branch.bodyEnd <= offset) continue;
    if (!found || branch.group.depth > found.group.depth) found = branch;
  }
  return found;
}

/** Is the branch compiled: its own condition after its group's earlier ones, and its parents'. */
function active(branch: Branch, lookup: Lookup): boolean | undefined {
  let result: boolean | undefined = true;
  for (let at: Branch | undefined = branch; at; at = at.group.parent) {
    const own = value(at, lookup);
    if (own === false) return false;
    if (own === undefined) result = undefined;
  }
  return result;
}

/** Is this branch the one its group compiles (`#else` when no earlier one is)? */
function value(branch: Branch, lookup: Lookup): boolean | undefined {
  return branchValues(branch.group.branches, lookup)[branch.group.branches.indexOf(branch)];
}

/** `inside #ifdef HOST_OS_LINUX, line 9`; `in the #else of #ifdef __linux__, line 12`. */
function describe(branch: Branch, text: string): string {
  const line = text.slice(0, branch.directiveStart).split('\n').length;
  const directive = (b: Branch) => `#${b.kind}${b.condition ? ` ${b.condition}` : ''}`;
  if (branch.kind !== 'else') return `inside ${directive(branch)}, line ${line}`;
  return `in the #else of ${directive(branch.group.branches[0] as Branch)}, line ${line}`;
}
