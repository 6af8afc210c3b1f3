import type { Copier } from '../model/c/copiers.js';
import type { SocketKind } from '../model/c/types.js';
import type { NodeProjectFacts } from './node-types.js';

/**
 * The shape of `FileDigest` and `FunctionDigest`, for stores that keep digests
 * across runs (the CLI's `--cache`): a digest of another shape is read again.
 * 2: `namesSunPath`, which the index reads to choose the calls it follows.
 */
export const DIGEST_FORMAT = 2;

/**
 * What one C file tells the rest of the project, read from its text alone (see
 * `c-digest.ts`): plain data, cached by the file's content, combined with the
 * other files' digests to a fixed point (`summarize.ts`).
 */
export interface FileDigest {
  path: string;
  functions: FunctionDigest[];
  /** Prototypes whose declaration says they do not return, and those carrying macros that might. */
  prototypes: { name: string; markers: string[] }[];
  macros: MacroDigest[];
  includes: string[];
}

export interface MacroDigest {
  name: string;
  params?: string[];
  value: string;
  line: number;
}

/** A call made with one of the function's parameters as an argument: `helper(fd, 1)`. */
export interface ParamCall {
  name: string;
  /** The argument's position in the call. */
  arg: number;
  /** The parameter's position in the caller. */
  param: number;
}

export interface FunctionDigest {
  name: string;
  line: number;
  isStatic: boolean;
  /**
   * Only the name, line, parameter count and calls were read (a static function
   * of a file digested for the index alone, see `digestForIndex`): the other
   * fields say nothing, and no summary reads them.
   */
  callsOnly?: true;
  params: number;
  /** Identifiers in the header that may declare it noreturn (`_Noreturn`, `NORETURN`, the attribute). */
  markers: string[];
  /** Every name the body calls. */
  calls: string[];
  /** The body names `sun_path`: unix-path-bounds judges it, so its calls' facts are needed. */
  namesSunPath?: true;
  /** Names whose call's value the function returns (directly or through a variable). */
  returnsCalls: string[];
  /** connect(2)'s socket argument, when connect's result is returned: the parameter's position, or -1. */
  connectSocketParam?: number;
  paramCalls: ParamCall[];
  nonBlockingParams: number[];
  blockingParams: number[];
  /** The socket the function makes and returns with socket(2). */
  socket?: CreatedSocket;
  /** Calls that take the returned descriptor as an argument (a factory's helpers): `set_nonblock(fd)`. */
  returnedPassedTo: { name: string; arg: number }[];
  /** A copy from a parameter into a parameter's buffer with a C library copier. */
  copy?: DigestCopy;
  /** errno saved and restored around the calls. */
  keepsErrno: boolean;
  /** Takes nothing and returns errno. */
  returnsErrno: boolean;
  /** E-constants a small test function compares with. */
  classifies: string[];
  /** The last statement's call, when the body has no `return`. */
  endsWithCall?: string;
}

export interface CreatedSocket {
  domain: string;
  type: string;
  flags: string[];
  kind: SocketKind;
  nonBlocking: boolean;
}

export interface DigestCopy {
  /** The C library copier (or project helper) called. */
  via: string;
  dest: number;
  source?: number;
  size?: number;
  format?: number;
  /** `size` computed from the source (`strlen(src) + 1`): a copy with no bound at all. */
  unbounded: boolean;
  /** The copier's result is returned or tested: truncation reaches the caller. */
  tells: boolean;
}

/** A project function as its callers in other files see it. */
export interface ProjectFunction {
  name: string;
  path: string;
  line: number;
  returnsConnectResult: boolean;
  /** The parameter that carries connect's socket, when known. */
  connectSocketParam?: number;
  socket?: CreatedSocket;
  nonBlockingParams: number[];
  blockingParams: number[];
  clobbersErrno: boolean;
  noReturn: boolean;
  readsErrno: boolean;
  classifies: string[];
  /** A copy helper, described as the C library copier it behaves like. */
  copier?: Copier;
}

export interface ProjectMacro {
  name: string;
  params?: string[];
  value: string;
  path: string;
  line: number;
}

/**
 * The project as one file's analysis sees it: the functions and macros other
 * files define (a file's own definitions always win over these). Plain data,
 * so that the CLI hands it to its workers as it is.
 */
export interface ProjectFacts {
  functions: Record<string, ProjectFunction>;
  macros: Record<string, ProjectMacro>;
  /** Functions declared noreturn (prototypes in headers included). */
  noReturn: string[];
  /** Functions that return connect(2)'s result: a file that calls one is worth a parse. */
  connectWrappers: string[];
  /** The Node modules' sockets (see node-types.ts), when the project has any. */
  node?: NodeProjectFacts;
  /** Changes whenever any fact does: a cache key. */
  digest: string;
}

/** `record[name]` without what every object inherits (`constructor`, `toString`: C names too). */
export function own<T>(record: Record<string, T> | undefined, name: string): T | undefined {
  return record && Object.hasOwn(record, name) ? record[name] : undefined;
}

export const NO_PROJECT: ProjectFacts = {
  functions: {},
  macros: {},
  noReturn: [],
  connectWrappers: [],
  digest: '',
};
