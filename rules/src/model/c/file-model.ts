import type { ParserBackend, QueryMatch, SyntaxNode } from '../../parse/syntax.js';
import { matchQueries } from '../../parse/queries.js';
import { callArguments, functionSignature } from './ast.js';
import { COPIERS } from './copiers.js';
import { classifyResultUse, storedValueIsRead, type ResultUse } from './result-use.js';
import { findSockets } from './sockets.js';
import { literalByteLength, decodedLength } from './string-literal.js';
import { buildErrnoVocabulary } from './errno-vocabulary.js';
import { functionFacts, type FunctionFacts } from './function-facts.js';
import { summarizeFunctions } from './summaries.js';
import {
  NO_WRAPPERS,
  type CFileModel,
  type ConnectCall,
  type FunctionModel,
  type NamedCall,
  type StringMacro,
  type SunPathCopy,
  type SunPathInitializer,
  type WrapperCall,
  type Wrappers,
} from './types.js';

/** Builds the model of a parsed C file (see `types.ts`). */
export function buildCFileModel(
  backend: ParserBackend,
  root: SyntaxNode,
  wrappers: Wrappers = NO_WRAPPERS,
): CFileModel {
  // One pass of all the C queries over the tree.
  const matches = matchQueries(
    backend,
    'c',
    ['functions', 'calls', 'macros', 'sun-path', 'comments'],
    root,
  );
  const of = (name: string) => matches.get(name) ?? [];
  const functions = collectFunctions(backend, of('functions'));
  const functionAt = functionLocator(functions);
  const callsByName = new Map<string, NamedCall[]>();
  for (const match of of('calls')) {
    const call = match.captures.find((capture) => capture.name === 'call')?.node;
    const name = match.captures.find((capture) => capture.name === 'name')?.node;
    if (!call || !name) continue;
    const named = { call, name, fn: functionAt(call.startIndex) };
    const list = callsByName.get(name.text) ?? [];
    list.push(named);
    callsByName.set(name.text, list);
    named.fn?.calls.push(named);
  }
  for (const fn of functions) fn.calls.sort((a, b) => a.call.startIndex - b.call.startIndex);

  // A file that defines its own `connect` calls that one, not connect(2).
  const definesConnect = functions.some((fn) => fn.name === 'connect');
  const connectCalls: ConnectCall[] = [];
  for (const { call, name, fn } of definesConnect ? [] : (callsByName.get('connect') ?? [])) {
    const args = callArguments(call);
    // Not connect(2): another arity (Qt's connect takes four), or arguments the C
    // grammar cannot read (C++ in a header: `&Sender::signal`, lambdas).
    if (!fn || args.length !== 3 || call.hasError) continue;
    const [socket, address, length] = args as [SyntaxNode, SyntaxNode, SyntaxNode];
    connectCalls.push({ call, name, socket, address, length, fn, ...resultUse(call, fn) });
  }

  const summaries = summarizeFunctions(functions, connectCalls, callsByName, wrappers);
  for (const fn of functions) fn.sockets.push(...findSockets(fn, summaries, wrappers));
  const wrapperCalls: WrapperCall[] = [];
  for (const summary of summaries.values()) {
    if (!summary.returnsConnectResult) continue;
    for (const { call, name, fn } of callsByName.get(summary.name) ?? []) {
      if (!fn) continue;
      wrapperCalls.push({ call, name, wrapper: summary, fn, ...resultUse(call, fn) });
    }
  }
  // Wrappers named in the configuration live in other files: their calls are
  // connect calls with connect's arguments.
  for (const wrapperName of wrappers.connect) {
    if (summaries.has(wrapperName)) continue;
    for (const { call, name, fn } of callsByName.get(wrapperName) ?? []) {
      const args = callArguments(call);
      if (!fn || args.length !== 3 || call.hasError) continue;
      const [socket, address, length] = args as [SyntaxNode, SyntaxNode, SyntaxNode];
      connectCalls.push({ call, name, socket, address, length, fn, ...resultUse(call, fn) });
    }
  }
  connectCalls.sort((a, b) => a.call.startIndex - b.call.startIndex);

  const macros = collectMacros(of('macros'));
  const stringMacros = collectStringMacros(macros);
  const macroLengths = new Map([...stringMacros].map(([name, macro]) => [name, macro.byteLength]));
  const { copies, initializers } = collectSunPathWrites(of('sun-path'), functionAt, macroLengths);

  const comments = of('comments').flatMap((match) => match.captures.map((capture) => capture.node));

  return {
    functions,
    summaries,
    connectCalls,
    wrapperCalls,
    sunPathCopies: copies,
    sunPathInitializers: initializers,
    stringMacros,
    comments,
    errno: buildErrnoVocabulary(macros, functions),
    wrappers,
    text: root.text,
  };
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

function collectFunctions(backend: ParserBackend, found: readonly QueryMatch[]): FunctionModel[] {
  const functions: FunctionModel[] = [];
  for (const match of found) {
    const node = match.captures.find((capture) => capture.name === 'function')?.node;
    const declarator = match.captures.find((capture) => capture.name === 'declarator')?.node;
    const body = match.captures.find((capture) => capture.name === 'body')?.node;
    if (!node || !declarator || !body) continue;
    const signature = functionSignature(declarator);
    if (!signature) continue;
    let facts: FunctionFacts | undefined;
    const factsOf = () => (facts ??= functionFacts(backend, signature.params, body));
    functions.push({
      name: signature.name,
      params: signature.params,
      node,
      body,
      // Most functions never need these: one query over the body, on first use.
      get locals() {
        return factsOf().locals;
      },
      get facts() {
        return factsOf();
      },
      sockets: [],
      calls: [],
    });
  }
  return functions.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** Maps an offset to the function around it (functions do not nest in C). */
function functionLocator(
  functions: FunctionModel[],
): (offset: number) => FunctionModel | undefined {
  return (offset) => {
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
  };
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
    const text = macro.value.trim();
    // Only a single plain literal: `#define P "/run/x.sock"`.
    if (macro.functionLike || !/^(u8)?"([^"\\]|\\.)*"$/.test(text)) continue;
    const byteLength = decodedLength(text);
    if (byteLength !== undefined) strings.set(macro.name, { node: macro.node, byteLength });
  }
  return strings;
}

function collectSunPathWrites(
  found: readonly QueryMatch[],
  functionAt: (offset: number) => FunctionModel | undefined,
  macroLengths: ReadonlyMap<string, number>,
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
    const copier = COPIERS[copierName];
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
