import type { SyntaxNode } from '../../parse/syntax.js';
import { calleeName, walk } from './ast.js';
import type { FunctionModel } from './types.js';
import type { ProjectFunction } from '../../project/types.js';
import { escapeRegExp } from '../../text/regexp.js';

/**
 * How this file spells errno and its tests, beyond `errno` itself:
 *   #define SOCKERRNO (errno)            an alias that reads errno
 *   WSAGetLastError(), GetLastError()    Windows' errno for sockets
 *   static int sock_errno(void) { return errno; }          a reader function
 *   #define SOCK_INPROGRESS(e) ((e) == EINPROGRESS)        a classifier
 *   static int would_block(int e) { return e == EAGAIN || e == EINPROGRESS; }
 */
export interface ErrnoVocabulary {
  /** Identifiers that read errno (`errno`, object-like alias macros). */
  readers: ReadonlySet<string>;
  /** Function-like macros (and Windows' functions) whose call reads errno. */
  readerCalls: ReadonlySet<string>;
  /**
   * Functions without parameters that return errno or a value made from it:
   * their call without arguments reads errno. (A C++ overload with parameters,
   * `stringerror(saved)`, reads what it is given.)
   */
  readerFunctions: ReadonlySet<string>;
  /** Macros and functions by name → the E-constants their definition tests. */
  classifiers: ReadonlyMap<string, ReadonlySet<string>>;
}

const ERRNO_CONSTANT = /^(WSA)?E[A-Z0-9]+$/;
const WINDOWS_READERS = ['WSAGetLastError', 'GetLastError'];

/**
 * `macros`: the file's and its project's (headers'); `external`: functions of
 * other files that the file calls, as the project index sees them.
 */
export function buildErrnoVocabulary(
  macros: readonly { name: string; value: string; functionLike: boolean }[],
  functions: readonly FunctionModel[],
  external: readonly ProjectFunction[] = [],
): ErrnoVocabulary {
  const readers = new Set(['errno']);
  const readerCalls = new Set(WINDOWS_READERS);
  const readerFunctions = new Set<string>();
  const classifiers = new Map<string, ReadonlySet<string>>();
  // One expression for each set of names (any of them, as a test of each would find),
  // made again only when a set has grown: a long function returns a hundred times.
  let reads: { sizes: string; pattern: RegExp } | undefined;
  const readsErrno = (text: string) => {
    const sizes = `${readers.size}:${readerCalls.size}:${readerFunctions.size}`;
    if (reads?.sizes !== sizes) {
      const any = (names: ReadonlySet<string>) => [...names].map(escapeRegExp).join('|');
      const alternatives = [`\\b(?:${any(readers)})\\b`, `\\b(?:${any(readerCalls)})\\s*\\(`];
      if (readerFunctions.size > 0)
        alternatives.push(`\\b(?:${any(readerFunctions)})\\s*\\(\\s*\\)`);
      reads = { sizes, pattern: new RegExp(alternatives.join('|')) };
    }
    return reads.pattern.test(text);
  };
  for (const macro of macros) {
    const { constants, readsErrno } = macroErrno(macro);
    if (constants.size > 0) classifiers.set(macro.name, constants);
    if (readsErrno) (macro.functionLike ? readerCalls : readers).add(macro.name);
  }
  for (const fn of external) {
    if (fn.readsErrno) readerFunctions.add(fn.name);
    if (fn.classifies.length > 0) classifiers.set(fn.name, new Set(fn.classifies));
  }
  // Read from each function's text: a tree walk of every body costs far more.
  for (const fn of functions) {
    const body = fn.bodyText;
    const constants = new Set(body.match(/\b(WSA)?E[A-Z0-9]{2,}\b/g) ?? []);
    // Only a function without parameters reads errno by its call alone.
    const returnsErrno =
      fn.params.length === 0 &&
      [...body.matchAll(/\breturn\b([^;]*);/g)].some((match) => readsErrno(match[1] ?? ''));
    if (returnsErrno) readerFunctions.add(fn.name);
    if (constants.size > 0) classifiers.set(fn.name, constants);
  }
  return { readers, readerCalls, readerFunctions, classifiers };
}

/** What a macro's value says of errno: the E-constants it tests, and whether it reads errno. */
export interface MacroErrno {
  constants: ReadonlySet<string>;
  readsErrno: boolean;
}

/**
 * Kept by the macro's object: the project's macros are the same objects for
 * every file of a run (`project-macros.ts`), and a tree's headers have thousands.
 */
const macroErrnoKept = new WeakMap<object, MacroErrno>();

export function macroErrno(macro: { value: string }): MacroErrno {
  let found = macroErrnoKept.get(macro);
  if (found) return found;
  const value = macro.value.trim();
  found = {
    constants: new Set(value.match(/\b(WSA)?E[A-Z0-9]{2,}\b/g) ?? []),
    readsErrno:
      /^\(*\s*(errno|WSAGetLastError\s*\(\s*\)|GetLastError\s*\(\s*\))\s*\)*$/.test(value) ||
      // A macro that uses errno's value: `#define ERRSTR strerror(errno)`,
      // `#define LOG_SYSERR(m) log("%s: %s", m, strerror(errno))`.
      (/\berrno\b/.test(value) && !/\berrno\s*=(?!=)/.test(value)),
  };
  macroErrnoKept.set(macro, found);
  return found;
}

/** The E-constants a piece of code tests, directly or through a classifier. */
export function errnoConstantsIn(node: SyntaxNode, vocabulary: ErrnoVocabulary): Set<string> {
  const found = new Set<string>();
  walk(node, (inner) => {
    if (inner.type === 'identifier') {
      if (ERRNO_CONSTANT.test(inner.text)) found.add(inner.text);
      for (const constant of vocabulary.classifiers.get(inner.text) ?? []) found.add(constant);
    }
  });
  return found;
}

/** Does this node read errno: `errno`, an alias, a reader call? */
export function isErrnoRead(node: SyntaxNode, vocabulary: ErrnoVocabulary): boolean {
  if (node.type === 'identifier') return vocabulary.readers.has(node.text);
  if (node.type !== 'call_expression') return false;
  const name = calleeName(node) ?? '';
  if (vocabulary.readerCalls.has(name)) return true;
  return (
    vocabulary.readerFunctions.has(name) &&
    (node.childForFieldName('arguments')?.namedChildCount ?? 0) === 0
  );
  return false;
}
