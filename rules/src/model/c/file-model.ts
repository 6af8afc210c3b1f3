import type { ParserBackend, QueryMatch, SyntaxNode } from '../../parse/syntax.js';
import { matchQueries } from '../../parse/queries.js';
import { callArguments, calleeName, functionSignature } from './ast.js';
import { COPIERS, type Copier } from './copiers.js';
import { classifyResultUse, storedValueIsRead, type ResultUse } from './result-use.js';
import { findSockets } from './sockets.js';
import { literalByteLength } from './string-literal.js';
import {
  byteLengths,
  macroReading,
  projectMacroFacts,
  stringMacroLength,
} from './project-macros.js';
import { buildErrnoVocabulary } from './errno-vocabulary.js';
import { factsFromMatches, functionFacts, type FunctionFacts } from './function-facts.js';
import { NONBLOCKING_CALLS } from './nonblocking.js';
import { summarizeFunctions } from './summaries.js';
import { summaryInputs, type SummaryInputs } from './summary-inputs.js';
import { projectView } from './project-view.js';
import { sortMatches, type BodyQueries } from './requery.js';
import type { FunctionSpan, OutlineState, UnreadSpan } from './outline-edit.js';
import { callsMemberConnect } from './cpp-classes.js';
import { CPP_SCOPES } from './cpp-syntax.js';
import {
  answer,
  loggedMap,
  loggedSet,
  loggedView,
  loggedVocabulary,
  NameReads,
  type NameFactSources,
  type NameQuestion,
} from './name-reads.js';
import { confirmingHelpers } from './socket-uses.js';
import { NO_PROJECT, type ProjectFacts } from '../../project/types.js';
import { escapeRegExp } from '../../text/regexp.js';
import { calledNames, spacesAfter, spacesBefore } from '../../text/char-codes.js';
import { ownCopy, TextMemo } from '../../text/text-memo.js';
import { FactStore } from '../fact-store.js';
import { SkippedCodeRead, type Span } from '../../parse/partial-parse.js';
import { declarationsIn, type DeclarationEntry } from './declarations.js';
import { familyAssignments, type FamilyAssignment } from './family-assignments.js';
import {
  NO_WRAPPERS,
  type CFileModel,
  type ConnectCall,
  type FunctionModel,
  type MacroLookup,
  type StringMacro,
  type SunPathCopy,
  type SunPathInitializer,
  type WrapperCall,
  type Wrappers,
} from './types.js';

/** The file's top level: its functions (in source order), macros and other declarations. */
export interface CFileScan {
  functions: FunctionModel[];
  macros: QueryMatch[];
  others: SyntaxNode[];
  /** Facts read along with a function's calls (one query for both), by body node. */
  knownFacts: Map<SyntaxNode, FunctionFacts>;
}

/**
 * Reads the file's top level (cheap: no query, no walk into bodies). `memo`:
 * keep signatures by text for the next version of the file (an editor's case).
 */
export function scanCFile(
  backend: ParserBackend,
  root: SyntaxNode,
  memo = false,
  language = 'c',
  /** The bodies' insides the parse skipped (`skippedSpans` of the tree). */
  skipped: readonly Span[] = [],
): CFileScan {
  const top = topLevel(root);
  const knownFacts = new Map<SyntaxNode, FunctionFacts>();
  const functions = collectFunctions(backend, top.functions, memo, knownFacts, language, skipped);
  return {
    functions,
    macros: top.macros,
    others: top.others,
    knownFacts,
  };
}

export interface CFileModelOptions {
  /** The file's scan, when the caller made it already. */
  scan?: CFileScan;
  /**
   * Asked once the file-wide facts are known (summaries, errno vocabulary): the
   * functions to model in full — calls, sockets, sun_path writes — or undefined
   * for all (an editor's re-analysis after an edit). Those facts are always read
   * from the whole file: they are what every function sees of the others.
   */
  focus?: (
    answer: (question: NameQuestion, name: string) => string,
  ) => ReadonlySet<FunctionModel> | undefined;
  /**
   * Log what is asked about the file's functions by name (`model.reads`): an
   * editor's cache compares the answers at the next version.
   */
  logReads?: boolean;
  /** The previous version's outline (`model.outline`, an editor's): an edit inside a body digests that function alone. */
  outline?: OutlineState | undefined;
  /** The previous version's `summaryInputs`: functions whose text is unchanged are not read again. */
  summaryInputs?: ReadonlyMap<string, SummaryInputs>;
  /** The project's functions and macros (from the project index), and this file's path in it. */
  project?: ProjectFacts;
  path?: string;
  /** The language table's id whose queries read the tree: `c`, or `cpp` (C++ builds this model too). */
  language?: string;
  /** An editor's: the calls and facts queries, carried over from the previous version where an edit left them (`requery.ts`). */
  bodyQueries?: BodyQueries;
}

/** The queries read over a function whose calls matter, in one pass. */
export const CALLS_AND_FACTS = ['calls', 'function-facts'];

/** Builds the model of a parsed C file (see `types.ts`). */
export function buildCFileModel(
  backend: ParserBackend,
  root: SyntaxNode,
  wrappers: Wrappers = NO_WRAPPERS,
  options: CFileModelOptions = {},
): CFileModel {
  // The top level (through preprocessor conditionals) gives the functions and
  // macros without a query over the whole tree; the other queries run only where
  // they can match. Comments only when a suppression directive may be among them.
  const text = root.text;
  // The model's facts; those read while it is built (sockets) are kept in it too.
  const facts = new FactStore();
  const language = options.language ?? 'c';
  const top = options.scan ?? scanCFile(backend, root, false, language);
  const { functions } = top;
  const of = (name: string, nodes: readonly SyntaxNode[]) =>
    nodes.flatMap((node) => matchQueries(backend, language, [name], node).get(name) ?? []);
  const comments = text.includes('connectlint-') ? of('comments', [root]) : [];
  const queried = new Set<FunctionModel>();
  const queryCalls = (fn: FunctionModel) => {
    if (queried.has(fn)) return;
    if (fn.skipped) throw new SkippedCodeRead(`the body of ${fn.name}()`);
    queried.add(fn);
    // A function whose calls matter needs its facts too (how a result is used,
    // what holds a socket): one pass over the body for both.
    const found = options.bodyQueries
      ? options.bodyQueries.matches(fn.node, fn.body, text)
      : matchQueries(backend, language, CALLS_AND_FACTS, fn.body);
    if (!options.bodyQueries) for (const list of found.values()) sortMatches(list);
    top.knownFacts.set(fn.body, factsFromMatches(fn.params, found.get('function-facts') ?? []));
    for (const match of found.get('calls') ?? []) {
      const call = match.captures.find((capture) => capture.name === 'call')?.node;
      const name = match.captures.find((capture) => capture.name === 'name')?.node;
      if (call && name) fn.calls.push({ call, name, fn });
    }
    fn.calls.sort((a, b) => a.call.startIndex - b.call.startIndex);
  };
  // Calls are gathered only in the functions that may matter: those that name
  // connect, socket() or a non-blocking call, or a configured wrapper — and then
  // those that call a wrapper or helper found among them (see below). No rule
  // reads the calls of any other function. What the summaries need of a
  // function is kept by its text (an editor's next version reuses it).
  const fileFunctions = new Set(functions.map((fn) => fn.name));
  const view = projectView(
    options.path ?? '',
    text,
    options.project ?? NO_PROJECT,
    options.logReads
      ? {
          previous: options.outline,
          spanAt: (offset) => spanAt(functions, offset),
          unreadAt: (offset) => unreadSpanAt(root, offset),
        }
      : undefined,
  );
  // Helpers of other files this file calls: their callers need their calls read too.
  // Without another file's function to find (a file outside any project, or a
  // project of this file alone), no name is looked for.
  const externalCalled = view.findsExternal
    ? [...namesCalled(text, functions, !!options.logReads)].flatMap(
        (name) => view.external(name) ?? [],
      )
    : [];
  const externalHelpers = externalCalled
    .filter(
      (found) =>
        !!found &&
        (found.returnsConnectResult ||
          found.socket !== undefined ||
          found.nonBlockingParams.length > 0 ||
          found.blockingParams.length > 0),
    )
    .map((found) => found.name);
  const inputsOf = new Map<FunctionModel, SummaryInputs>();
  const inputsByText = new Map<string, SummaryInputs>();
  const gather = (names: readonly string[]) => {
    if (names.length === 0) return;
    const pattern = new RegExp(`\\b(${names.map(escapeRegExp).join('|')})\\s*\\(`);
    for (const fn of functions) {
      if (inputsOf.has(fn) || !pattern.test(fn.bodyText)) continue;
      const fnText = fn.text;
      let inputs = options.summaryInputs?.get(fnText);
      if (!inputs) {
        queryCalls(fn);
        inputs = summaryInputs(fn, fn.calls);
      }
      inputsOf.set(fn, inputs);
      inputsByText.set(fnText, inputs);
    }
  };
  gather([
    'connect',
    'socket',
    ...NONBLOCKING_CALLS,
    ...wrappers.connect,
    ...wrappers.socket,
    ...wrappers.nonBlocking,
    ...wrappers.blocking,
    ...externalHelpers,
  ]);

  // A file that defines its own `connect` calls that one, not connect(2).
  const definesConnect = fileFunctions.has('connect');
  const summarize = () =>
    summarizeFunctions(functions, inputsOf, definesConnect, wrappers, view.external);
  let summaries = summarize();
  // Callers of the file's own wrappers and non-blocking helpers need their calls too.
  for (let known = -1; known !== inputsOf.size;) {
    known = inputsOf.size;
    const helpers = [...summaries.values()]
      .filter(
        (summary) =>
          !summary.external && (summary.returnsConnectResult || summary.nonBlockingParams.size > 0),
      )
      .map((summary) => summary.name);
    gather(helpers);
    if (inputsOf.size !== known) summaries = summarize();
  }
  const macros = collectMacros(top.macros);
  // The project's macros that say something of errno, but this file's own.
  const projectMacros = projectMacroFacts(view.project);
  const externalMacros = projectMacros.errno.filter(view.isExternalMacro).map(macroReading);
  const fileErrno = buildErrnoVocabulary([...externalMacros, ...macros], functions, externalCalled);
  let confirmers: ReadonlySet<string> | undefined;
  const sources: NameFactSources = {
    summaries,
    errno: fileErrno,
    view,
    get confirms() {
      return (confirmers ??= confirmingHelpers(functions));
    },
  };
  const focus = options.focus?.((question, name) => answer(sources, question, name));
  // From here on, what is asked about the file's functions by name is logged (editors).
  const reads = options.logReads ? new NameReads(sources, fileFunctions) : undefined;
  const errno = reads ? loggedVocabulary(fileErrno, reads) : fileErrno;
  const modelView = reads ? loggedView(view, reads) : view;
  const asked = reads ? loggedMap(summaries, 'summary', reads) : summaries;
  const inFocus = (fn: FunctionModel | undefined) => !focus || (fn !== undefined && focus.has(fn));

  const connectCalls: ConnectCall[] = [];
  const wrapperCalls: WrapperCall[] = [];
  for (const fn of functions) {
    if (!inFocus(fn) || !inputsOf.has(fn)) continue;
    queryCalls(fn);
    fn.sockets.push(...findSockets(fn, asked, wrappers, facts));
    for (const { call, name } of fn.calls) {
      const callee = name.text;
      // A local of that name (C++'s `auto dial = [&] {…};`, a function pointer) hides the function.
      const summary = fn.locals.has(callee) ? undefined : asked.get(callee);
      if (summary?.returnsConnectResult) {
        wrapperCalls.push({ call, name, wrapper: summary, fn, ...resultUse(call, fn) });
        continue;
      }
      // connect(2) — and the wrappers named in the configuration: they live in
      // other files, and their calls are connect calls with connect's arguments.
      const isConnect =
        callee === 'connect' && !definesConnect && !callsMemberConnect(fn.node, name);
      if (!isConnect && (summary || !wrappers.connect.includes(callee))) continue;
      const args = callArguments(call);
      // Not connect(2): another arity (Qt's connect takes four), or arguments the C
      // grammar cannot read (C++ in a header: `&Sender::signal`, lambdas).
      if (args.length !== 3 || call.hasError) continue;
      const [socket, address, length] = args as [SyntaxNode, SyntaxNode, SyntaxNode];
      connectCalls.push({ call, name, socket, address, length, fn, ...resultUse(call, fn) });
    }
  }

  // The file's path constants, over its headers' (their length is known; their place is
  // another file). Looked up by name: a tree's headers define thousands, a file uses a few.
  const ownStrings = collectStringMacros(macros);
  const stringMacros: MacroLookup<StringMacro> = {
    get(name) {
      const own = ownStrings.get(name);
      if (own) return own;
      const found = projectMacros.strings.get(name);
      return found && view.isExternalMacro(found.macro)
        ? { byteLength: found.byteLength, path: found.macro.path }
        : undefined;
    },
  };
  const macroLengths = byteLengths(stringMacros);
  const { copies, initializers } = collectSunPathWrites(
    of('sun-path', [
      ...functions.filter((fn) => inFocus(fn) && fn.text.includes('sun_path')).map(readableNode),
      ...top.others.filter((node) => node.text.includes('sun_path')),
    ]),
    (offset) => functionAt(functions, offset),
    macroLengths,
    (name) => modelView.fn(name)?.copier,
  );

  const commentNodes = comments.flatMap((match) => match.captures.map((capture) => capture.node));

  return {
    functions,
    summaries: asked,
    connectCalls,
    wrapperCalls,
    sunPathCopies: copies,
    sunPathInitializers: initializers,
    stringMacros,
    comments: commentNodes,
    errno,
    wrappers,
    text,
    summaryInputs: inputsByText,
    project: modelView,
    noReturn: modelView.noReturn,
    get confirms() {
      return reads ? loggedSet(sources.confirms, 'confirms', reads) : sources.confirms;
    },
    facts,
    outline: view.outline,
    ...(reads ? { reads } : {}),
    ...(focus ? { focus } : {}),
  };
}

/** The names each function's text calls, by that text: an editor's next version re-reads only what changed. */
const calledByText = new TextMemo<readonly string[]>();

/**
 * Every name the text calls (an identifier followed by `(`): in the functions
 * and between them. The expression takes 4-8 ms over 5,000 lines; an editor
 * asks after each keystroke, so there (`memo`) each function's names are kept
 * by its text and only the edited function and the text outside functions are
 * read again.
 */
function namesCalled(
  text: string,
  functions: readonly FunctionModel[],
  memo: boolean,
): Set<string> {
  if (!memo) return new Set(calledNames(text));
  const names = new Set<string>();
  const add = (found: readonly string[] | null) => {
    for (const name of found ?? []) names.add(name);
  };
  // The text between two functions (declarations, macros, comments) is kept by its text too.
  const namesIn = (part: string) => calledByText.get(part, () => calledNames(part).map(ownCopy));
  let from = 0;
  for (const fn of [...functions].sort((a, b) => a.node.startIndex - b.node.startIndex)) {
    // A function inside another's text (a nested definition) was read with it.
    if (fn.node.startIndex < from) continue;
    add(namesIn(text.slice(from, fn.node.startIndex)));
    add(namesIn(fn.text));
    from = fn.node.endIndex;
  }
  add(namesIn(text.slice(from)));
  return names;
}

/** The use of a call's value, and for a stored value whether it is read later. */
export function resultUse(
  call: SyntaxNode,
  fn: FunctionModel,
): { use: ResultUse; storedIsRead?: boolean } {
  const use = classifyResultUse(call, fn.locals);
  if (use.kind !== 'stored' || !use.store || !use.variable) return { use };
  return { use, storedIsRead: storedValueIsRead(use.store, use.variable, fn.body) };
}

/**
 * The file's top level, looking into #if/#ifdef/#else blocks: its function
 * definitions and macro definitions (shaped as the query matches of
 * functions.scm and macros.scm would be), and its other declarations.
 */
function topLevel(root: SyntaxNode): {
  functions: QueryMatch[];
  macros: QueryMatch[];
  others: SyntaxNode[];
} {
  const functions: QueryMatch[] = [];
  const macros: QueryMatch[] = [];
  const others: SyntaxNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as SyntaxNode;
    for (const child of node.namedChildren) {
      if (!child) continue;
      // Read once: with the wasm binding each read of a node's type is a call into it.
      const type = child.type;
      if (type === 'function_definition') {
        const declarator = child.childForFieldName('declarator');
        const body = child.childForFieldName('body');
        if (!declarator || body?.type !== 'compound_statement') continue;
        functions.push({
          captures: [
            { name: 'function', node: child },
            { name: 'declarator', node: declarator },
            { name: 'body', node: body },
          ],
        });
      } else if (type === 'preproc_def' || type === 'preproc_function_def') {
        const name = child.childForFieldName('name');
        const value = child.childForFieldName('value');
        if (name && value) {
          macros.push({
            captures: [
              { name: 'macro', node: child },
              { name: 'name', node: name },
              { name: 'value', node: value },
            ],
          });
        }
      } else if (/^preproc_(if|ifdef|elif|elifdef|else)$/.test(type)) {
        stack.push(child);
      } else if (CPP_SCOPES.has(type) || type === 'ERROR') {
        // C++: functions inside namespaces, classes, templates and extern "C" blocks.
        // And a top-level parse error (a macro the grammar cannot read, common in
        // C++) holds whole, well-formed function definitions after it.
        stack.push(child);
      } else {
        others.push(child);
      }
    }
  }
  return { functions, macros, others };
}

/** Signatures by declarator text: most functions keep theirs from one edit to the next. */
const signatures = new TextMemo<{ name: string; params: string[] } | undefined>();

function collectFunctions(
  backend: ParserBackend,
  found: readonly QueryMatch[],
  memo: boolean,
  knownFacts: ReadonlyMap<SyntaxNode, FunctionFacts>,
  language: string,
  skippedSpans: readonly Span[],
): FunctionModel[] {
  const functions: FunctionModel[] = [];
  // Each skipped span is the inside of one function's body, or the parse read
  // something else as a body: then nothing of the tree is what the file says.
  const skippedEnds = new Map(skippedSpans);
  let skippedFound = 0;
  for (const match of found) {
    const node = match.captures.find((capture) => capture.name === 'function')?.node;
    const declarator = match.captures.find((capture) => capture.name === 'declarator')?.node;
    const body = match.captures.find((capture) => capture.name === 'body')?.node;
    if (!node || !declarator || !body) continue;
    const signature = memo
      ? signatures.get(declarator.text, () => {
          const found = functionSignature(declarator);
          return found && { name: ownCopy(found.name), params: found.params.map(ownCopy) };
        })
      : functionSignature(declarator);
    const skipped = skippedEnds.get(body.startIndex + 1) === body.endIndex - 1;
    if (skipped) skippedFound++;
    if (!signature) continue;
    let facts: FunctionFacts | undefined;
    const factsOf = () => {
      if (skipped) throw new SkippedCodeRead(`the body of ${signature.name}()`);
      return (facts ??=
        knownFacts.get(body) ?? functionFacts(backend, signature.params, body, language));
    };
    let text: string | undefined;
    let bodyText: string | undefined;
    let declarations: ReadonlyMap<string, readonly DeclarationEntry[]> | undefined;
    let assignments: readonly FamilyAssignment[] | undefined;
    functions.push({
      name: signature.name,
      params: signature.params,
      node,
      body,
      // One string each, asked for many times: one crossing into the parser,
      // and one hash when it is a map key (the editor's caches).
      get text() {
        return (text ??= node.text);
      },
      get bodyText() {
        return (bodyText ??= body.text);
      },
      // Most functions never need these: one query over the body, on first use.
      get locals() {
        return factsOf().locals;
      },
      get facts() {
        return factsOf();
      },
      get declarations() {
        if (skipped) throw new SkippedCodeRead(`the body of ${signature.name}()`);
        return (declarations ??= declarationsIn(node));
      },
      get familyAssignments() {
        if (skipped) throw new SkippedCodeRead(`the body of ${signature.name}()`);
        return (assignments ??= familyAssignments(body));
      },
      sockets: [],
      calls: [],
      ...(skipped ? { skipped } : {}),
    });
  }
  if (skippedFound !== skippedEnds.size) throw new SkippedCodeRead('code that is no function body');
  return functions.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** A function's node, for a query over its syntax: never one whose body the parse skipped. */
function readableNode(fn: FunctionModel): SyntaxNode {
  if (fn.skipped) throw new SkippedCodeRead(`the body of ${fn.name}()`);
  return fn.node;
}

/** Where the function around an offset is (see `outline-edit.ts`). */
export function spanAt(
  functions: readonly FunctionModel[],
  offset: number,
): FunctionSpan | undefined {
  const fn = functionAt(functions, offset);
  if (!fn) return undefined;
  return {
    start: fn.node.startIndex,
    end: fn.node.endIndex,
    bodyStart: fn.body.startIndex,
    bodyEnd: fn.body.endIndex,
    row: fn.node.startPosition.row,
    endRow: fn.node.endPosition.row,
  };
}

/**
 * Where around an offset the file's digest (`c-lexer.ts`) reads nothing, as the
 * parse sees it: inside a comment, between its marks (the lexer drops
 * comments), or inside the braces of a top-level initializer list (a table of
 * options: the lexer takes the braces for a body, and drops it for its header,
 * which is no function's), or in the blanks between two top-level items (a blank
 * line; what the preprocessor view blanked there): only blanks may change
 * there (`blanksOnly`). An edit there that changes no token the lexer reads
 * (`outline-edit.ts`) leaves the digest as it was. Undefined elsewhere.
 */
export function unreadSpanAt(root: SyntaxNode, offset: number): UnreadSpan | undefined {
  const node = root.descendantForIndex(offset);
  if (node.type === 'comment') return { start: node.startIndex + 2, end: node.endIndex - 2 };
  if (node.type === 'translation_unit') {
    const text = root.text;
    return { start: spacesBefore(text, offset), end: spacesAfter(text, offset), blanksOnly: true };
  }
  let list: SyntaxNode | undefined;
  for (let at: SyntaxNode | null = node; at; at = at.parent) {
    if (at.type === 'initializer_list') list = at;
    else if (at.type === 'function_definition' || at.type === 'ERROR') return undefined;
    else if (at.parent?.type === 'translation_unit')
      return at.type === 'declaration' && list
        ? { start: list.startIndex + 1, end: list.endIndex - 1 }
        : undefined;
  }
  return undefined;
}

/** The function around an offset (functions are sorted and do not nest in C). */
export function functionAt(
  functions: readonly FunctionModel[],
  offset: number,
): FunctionModel | undefined {
  let low = 0;
  let high = functions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const fn = functions[mid] as FunctionModel;
    if (offset < fn.node.startIndex) high = mid - 1;
    else if (offset >= fn.node.endIndex) low = mid + 1;
    else return fn;
  }
  return undefined;
}

interface MacroDefinition {
  name: string;
  value: string;
  node: SyntaxNode;
  functionLike: boolean;
}

function collectMacros(found: readonly QueryMatch[]): MacroDefinition[] {
  const macros: MacroDefinition[] = [];
  for (const match of found) {
    const name = match.captures.find((capture) => capture.name === 'name')?.node;
    const value = match.captures.find((capture) => capture.name === 'value')?.node;
    const macro = match.captures.find((capture) => capture.name === 'macro')?.node;
    if (!name || !value || !macro) continue;
    macros.push({
      name: name.text,
      value: value.text,
      node: value,
      functionLike: macro.type === 'preproc_function_def',
    });
  }
  return macros;
}

function collectStringMacros(macros: readonly MacroDefinition[]): Map<string, StringMacro> {
  const strings = new Map<string, StringMacro>();
  for (const macro of macros) {
    const byteLength = stringMacroLength(macro);
    if (byteLength !== undefined) strings.set(macro.name, { node: macro.node, byteLength });
  }
  return strings;
}

function collectSunPathWrites(
  found: readonly QueryMatch[],
  functionAt: (offset: number) => FunctionModel | undefined,
  macroLengths: MacroLookup<number>,
  projectCopier: (name: string) => Copier | undefined,
): { copies: SunPathCopy[]; initializers: SunPathInitializer[] } {
  const copies: SunPathCopy[] = [];
  const initializers: SunPathInitializer[] = [];
  const seen = new Set<number>();
  for (const match of found) {
    const capture = (name: string) => match.captures.find((c) => c.name === name)?.node;
    const literal = capture('literal');
    if (literal) {
      initializers.push({ literal, byteLength: literalByteLength(literal, macroLengths) });
      continue;
    }
    const call = capture('copy');
    const copierName = capture('copier')?.text;
    const destination = capture('destination');
    if (!call || !copierName || !destination || seen.has(call.startIndex)) continue;
    // C++'s `std::strcpy` and `::strcpy` are the C library's; `Foo::strcpy` is not.
    if (calleeName(call) !== copierName) continue;
    // The C library's copiers, and the project's helpers that behave like one.
    const copier =
      (Object.hasOwn(COPIERS, copierName) ? COPIERS[copierName] : undefined) ??
      projectCopier(copierName);
    // bcopy is matched by its own pattern; the first-argument pattern would see its source.
    const destinationIndex = copierName === 'bcopy' ? 1 : 0;
    const args = callArguments(call);
    if (!copier || args[destinationIndex]?.startIndex !== destination.startIndex) continue;
    seen.add(call.startIndex);
    const fn = functionAt(call.startIndex);
    const use = fn ? resultUse(call, fn) : { use: { kind: 'discarded' as const } };
    copies.push({ call, copierName, copier, destination, args, fn, ...use });
  }
  return { copies, initializers };
}
