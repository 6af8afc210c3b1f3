import type { OutlineState } from './outline-edit.js';
import type { SyntaxNode } from '../../parse/syntax.js';
import type { Copier } from './copiers.js';
import type { ErrnoVocabulary } from './errno-vocabulary.js';
import type { FunctionFacts } from './function-facts.js';
import type { ResultUse } from './result-use.js';
import type { SummaryInputs } from './summary-inputs.js';
import type { ProjectFunction } from '../../project/types.js';
import type { ProjectView } from './project-view.js';
import type { FactStore } from '../fact-store.js';
import type { NameReads } from './name-reads.js';
import type { DeclarationEntry } from './declarations.js';
import type { FamilyAssignment } from './family-assignments.js';

/** The model of one C file: what the rules read. Built once per parse. */
export interface CFileModel {
  functions: FunctionModel[];
  /** By function name, for wrapper lookups within the translation unit. */
  summaries: ReadonlyMap<string, FunctionSummary>;
  connectCalls: ConnectCall[];
  /** Calls of functions whose summary says they return connect's result. */
  wrapperCalls: WrapperCall[];
  sunPathCopies: SunPathCopy[];
  sunPathInitializers: SunPathInitializer[];
  /** `#define NAME "literal"`: name → byte length of the value. */
  /** Path constants by name: the file's own, else its headers' (`#define P "/run/x.sock"`). */
  stringMacros: MacroLookup<StringMacro>;
  comments: SyntaxNode[];
  errno: ErrnoVocabulary;
  wrappers: Wrappers;
  /** The source text, for fixes that copy its indentation. */
  text: string;
  /**
   * When set, only these functions' calls, sockets and sun_path writes are in the
   * model (see `CFileModelOptions.focus`); `functions` and `summaries` are whole.
   */
  focus?: ReadonlySet<FunctionModel>;
  /** Each gathered function's summary inputs, by the function's text: for the next version's model. */
  summaryInputs: ReadonlyMap<string, SummaryInputs>;
  /** The file's own functions and macros over the project's (see `project-view.ts`). */
  project: ProjectView;
  /** Calls that never return (the C library's, err(3)'s, the file's and the project's). */
  noReturn: ReadonlySet<string>;
  /** The file's functions that confirm a connection: read SO_ERROR or call getpeername. */
  readonly confirms: ReadonlySet<string>;
  /** Facts computed on first use by the rules and helpers that read them, kept with the model. */
  facts: FactStore;
  /** What was asked about the file's functions by name, when logged (an editor's analysis). */
  reads?: NameReads;
  /** The file's outline as the project view read it: where the next version's may start (an editor's). */
  outline?: OutlineState;
}

export interface FunctionModel {
  name: string;
  params: string[];
  node: SyntaxNode;
  body: SyntaxNode;
  /** `node.text` and `body.text`, read once. */
  readonly text: string;
  readonly bodyText: string;
  /** Parameters and every name declared in the body. */
  locals: ReadonlySet<string>;
  /** Declarations, returns, stores and labels, gathered on first use. */
  facts: FunctionFacts;
  /** Every declaration in it (parameters and body) by name, in source order: on first use. */
  readonly declarations: ReadonlyMap<string, readonly DeclarationEntry[]>;
  /** Its assignments to `*_family` members, in source order: on first use. */
  readonly familyAssignments: readonly FamilyAssignment[];
  sockets: SocketModel[];
  /** Every call by plain name in the function, in source order. */
  calls: NamedCall[];
  /**
   * The parse skipped its body (`skippableBodies`): its text and signature are
   * there, its syntax is not, and reading it throws `SkippedCodeRead`.
   */
  readonly skipped?: boolean;
}

/** A call by plain name, as `queries/c/calls.scm` captures it. */
export interface NamedCall {
  call: SyntaxNode;
  name: SyntaxNode;
  fn: FunctionModel | undefined;
}

/** Project functions the file cannot see (they live in other translation units). */
export interface Wrappers {
  /** Take connect's arguments and return its result. */
  connect: readonly string[];
  /** Return a new socket; their arguments are read like socket()'s. */
  socket: readonly string[];
  /** Make their first argument non-blocking. */
  nonBlocking: readonly string[];
  /** Make their first argument blocking again. */
  blocking: readonly string[];
}

export const NO_WRAPPERS: Wrappers = { connect: [], socket: [], nonBlocking: [], blocking: [] };

export interface SocketModel {
  /** `socket(...)` call (or a configured socket wrapper's). */
  call: SyntaxNode;
  /** What holds the descriptor: a local name, or the text of a field (`c->fd`). */
  holder?: string;
  domain: string;
  /** The type argument without its flags: `SOCK_STREAM`. */
  type: string;
  /** Flags or-ed into the type argument: `SOCK_NONBLOCK`, `SOCK_CLOEXEC`. */
  flags: string[];
  /** Where the socket is made non-blocking (flag, fcntl, ioctl or helper call). */
  nonBlocking: SyntaxNode[];
  /** `stream` (SOCK_STREAM, SOCK_SEQPACKET), `datagram` (SOCK_DGRAM, SOCK_RAW) or unknown. */
  kind: SocketKind;
}

export type SocketKind = 'stream' | 'datagram' | 'unknown';

export interface FunctionSummary {
  name: string;
  /**
   * The function returns connect(2)'s result (directly or through a wrapper):
   * the call whose result it returns, or for a function of another file, where
   * that function is.
   */
  returnsConnectResult?: SyntaxNode | ExternalSite;
  /** Indices of parameters the function makes non-blocking. */
  nonBlockingParams: ReadonlySet<number>;
  /** Indices of parameters the function makes blocking again. */
  blockingParams?: ReadonlySet<number>;
  /** Set for a function defined in another file of the project: its facts there. */
  external?: ProjectFunction;
}

/** A place in another file of the project. */
export interface ExternalSite {
  path: string;
  line: number;
}

export interface ConnectCall {
  call: SyntaxNode;
  /** The `connect` identifier: findings start here. */
  name: SyntaxNode;
  socket: SyntaxNode;
  address: SyntaxNode;
  length: SyntaxNode;
  use: ResultUse;
  /** For a stored result: is the variable read afterwards? */
  storedIsRead?: boolean;
  fn: FunctionModel;
}

export interface WrapperCall {
  call: SyntaxNode;
  name: SyntaxNode;
  wrapper: FunctionSummary;
  use: ResultUse;
  storedIsRead?: boolean;
  fn: FunctionModel;
}

export interface SunPathCopy {
  call: SyntaxNode;
  copierName: string;
  copier: Copier;
  destination: SyntaxNode;
  args: SyntaxNode[];
  use: ResultUse;
  storedIsRead?: boolean;
  fn: FunctionModel | undefined;
}

export interface SunPathInitializer {
  literal: SyntaxNode;
  byteLength: number | undefined;
}

/** Macros' facts by name (a lookup, not a list: a tree's headers define thousands). */
export interface MacroLookup<T> {
  get(name: string): T | undefined;
}

export interface StringMacro {
  /** The value's node, for a macro of this file; for a header's, the header's path. */
  node?: SyntaxNode;
  path?: string;
  byteLength: number;
}
