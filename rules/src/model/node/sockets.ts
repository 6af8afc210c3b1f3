import type { SyntaxNode } from '../../parse/syntax.js';
import { callArguments, encloses } from '../../parse/tree.js';
import type { NameIndex } from './name-index.js';
import type { Binding, NodeSocket, SocketKind, SocketUse } from './types.js';

/** What makes a socket, by module and export name. */
const CREATORS: Readonly<
  Record<string, { kind: SocketKind; connecting: boolean; isNew: boolean }>
> = {
  'net.connect': { kind: 'stream', connecting: true, isNew: false },
  'net.createConnection': { kind: 'stream', connecting: true, isNew: false },
  'tls.connect': { kind: 'tls', connecting: true, isNew: false },
  'net.Socket': { kind: 'stream', connecting: false, isNew: true },
  'net.Stream': { kind: 'stream', connecting: false, isNew: true },
  'tls.TLSSocket': { kind: 'tls', connecting: false, isNew: true },
  'dgram.createSocket': { kind: 'dgram', connecting: false, isNew: false },
};

const FUNCTION_TYPES = new Set([
  'function_declaration',
  'function_expression',
  'function',
  'arrow_function',
  'method_definition',
  'generator_function_declaration',
  'generator_function',
]);

/** `net.connect`, `connect` (imported), `require('net').connect` → 'net.connect'. */
export function resolveCallee(
  callee: SyntaxNode,
  bindings: ReadonlyMap<string, Binding>,
  index: NameIndex,
): string | undefined {
  if (callee.type === 'identifier') {
    const binding = bindings.get(callee.text);
    if (binding?.kind !== 'export' || shadowed(callee, index)) return undefined;
    return `${binding.module}.${binding.name}`;
  }
  if (callee.type !== 'member_expression') return undefined;
  const object = callee.childForFieldName('object');
  const property = callee.childForFieldName('property')?.text;
  if (!object || !property) return undefined;
  if (object.type === 'identifier') {
    const binding = bindings.get(object.text);
    if (binding?.kind === 'namespace' && !shadowed(object, index))
      return `${binding.module}.${property}`;
    return undefined;
  }
  // require('net').connect(...)
  const inline = /^require\(\s*['"](?:node:)?(net|tls|dgram)['"]\s*\)$/.exec(object.text);
  return inline ? `${inline[1]}.${property}` : undefined;
}

/**
 * Is the imported name hidden at `use` by a declaration of an enclosing block or
 * function (`const connect = ...`, a parameter, a nested function)?
 */
function shadowed(use: SyntaxNode, index: NameIndex): boolean {
  const name = use.text;
  for (let scope = use.parent; scope && scope.type !== 'program'; scope = scope.parent) {
    if (scope.type !== 'statement_block' && !FUNCTION_TYPES.has(scope.type)) continue;
    // An arrow function's single parameter: `connect => connect(80)`.
    if (scope.type === 'arrow_function' && scope.childForFieldName('parameter')?.text === name)
      return true;
    // Each scope's declarations are read once: 10,000 connects in one block ask again and again.
    const block = scope;
    const declared = index.memo('declared', '', scope, () => {
      const names = new Set<string>();
      for (const child of block.namedChildren) if (child) declaredNames(child, names);
      return names;
    });
    if (declared.has(name)) return true;
  }
  return false;
}

/** The names a statement or parameter list declares, added to `names`. */
function declaredNames(node: SyntaxNode, names: Set<string>): void {
  if (node.type === 'lexical_declaration' || node.type === 'variable_declaration') {
    for (const d of node.namedChildren) {
      const name = d?.type === 'variable_declarator' ? d.childForFieldName('name') : undefined;
      if (name) names.add(name.text);
    }
  } else if (node.type === 'function_declaration') {
    const name = node.childForFieldName('name');
    if (name) names.add(name.text);
  } else if (node.type === 'formal_parameters') {
    for (const parameter of node.namedChildren) {
      const name = parameter?.childForFieldName('pattern') ?? parameter;
      if (name) names.add(name.text);
    }
  }
}

/** Finds the sockets a creation call or `new` makes, with their holders and uses. */
export function socketFromCreation(
  node: SyntaxNode,
  callee: SyntaxNode,
  args: SyntaxNode[],
  bindings: ReadonlyMap<string, Binding>,
  index: NameIndex,
): NodeSocket | undefined {
  const resolved = resolveCallee(callee, bindings, index);
  const creator = resolved ? CREATORS[resolved] : undefined;
  if (!creator || creator.isNew !== (node.type === 'new_expression')) return undefined;
  const creationName =
    callee.type === 'member_expression' ? (callee.childForFieldName('property') ?? callee) : callee;
  const { chain, top } = chainedUses(node);
  const socket: NodeSocket = {
    kind: creator.kind,
    creation: node,
    creationName,
    connecting: creator.connecting,
    args,
    scope: scopeOf(node),
    uses: chain,
  };
  const holder = holderOf(top);
  if (holder === 'escapes') socket.escapes = top;
  else if (holder) {
    socket.holder = holder;
    if (holder.startsWith('this.')) socket.scope = classBodyOf(node) ?? socket.scope;
    socket.uses = [...chain, ...holderUses(socket.scope, holder, node, index)].sort(
      (a, b) => a.call.startIndex - b.call.startIndex,
    );
    socket.escapes = escapeOf(socket.scope, holder, node, index);
  }
  return socket;
}

/** `.on(...).once(...)` chained on an expression: each returns the socket again. */
function chainedUses(expression: SyntaxNode): { chain: SocketUse[]; top: SyntaxNode } {
  const chain: SocketUse[] = [];
  let top = expression;
  for (;;) {
    let parent = top.parent;
    while (parent?.type === 'parenthesized_expression' || parent?.type === 'non_null_expression') {
      top = parent;
      parent = top.parent;
    }
    if (
      parent?.type !== 'member_expression' ||
      parent.childForFieldName('object')?.startIndex !== top.startIndex
    )
      break;
    const call = parent.parent;
    const name = parent.childForFieldName('property');
    if (call?.type !== 'call_expression' || !name) break;
    chain.push({ call, name, method: name.text, args: callArguments(call) });
    // Only the EventEmitter and socket methods that return the socket continue the chain.
    if (!CHAINING.has(name.text)) return { chain, top: call };
    top = call;
  }
  return { chain, top };
}

const CHAINING = new Set([
  'on',
  'once',
  'addListener',
  'prependListener',
  'prependOnceListener',
  'off',
  'removeListener',
  'setTimeout',
  'setNoDelay',
  'setKeepAlive',
  'setEncoding',
  'connect',
  'ref',
  'unref',
  'pause',
  'resume',
]);

/** What the expression at the top of a chain is stored in, or 'escapes'. */
function holderOf(top: SyntaxNode): string | 'escapes' | undefined {
  let node = top;
  let parent = node.parent;
  while (
    parent &&
    (parent.type === 'await_expression' ||
      parent.type === 'parenthesized_expression' ||
      parent.type === 'as_expression' ||
      parent.type === 'non_null_expression')
  ) {
    node = parent;
    parent = node.parent;
  }
  if (!parent) return undefined;
  if (parent.type === 'variable_declarator') {
    const name = parent.childForFieldName('name');
    // `export const s = net.connect(...)`: the importers have it.
    if (parent.parent?.parent?.type === 'export_statement') return 'escapes';
    return name?.type === 'identifier' ? name.text : 'escapes';
  }
  if (parent.type === 'assignment_expression') {
    const left = parent.childForFieldName('left');
    if (!left) return undefined;
    if (left.type === 'identifier') return left.text;
    if (left.type === 'member_expression' && left.childForFieldName('object')?.type === 'this') {
      return left.text.replace(/\s+/g, '');
    }
    return 'escapes';
  }
  // class C { sock = new net.Socket(); }: the class's `this.sock`.
  if (parent.type === 'public_field_definition' || parent.type === 'field_definition') {
    const name = parent.childForFieldName('name') ?? parent.childForFieldName('property');
    return name ? `this.${name.text}` : 'escapes';
  }
  if (parent.type === 'expression_statement') return undefined;
  // Returned, passed as an argument, put in an object or array, yielded...
  return 'escapes';
}

/** The body the creation's holder is visible in: its function, or the program. */
function scopeOf(node: SyntaxNode): SyntaxNode {
  let current: SyntaxNode | null = node.parent;
  let last = node;
  while (current) {
    if (FUNCTION_TYPES.has(current.type)) return current.childForFieldName('body') ?? current;
    last = current;
    current = current.parent;
  }
  return last;
}

function classBodyOf(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'class_body') return current;
  }
  return undefined;
}

/** Calls `holder.method(...)` in the scope (and chains on them), outside the creation. */
function holderUses(
  scope: SyntaxNode,
  holder: string,
  creation: SyntaxNode,
  index: NameIndex,
): SocketUse[] {
  const all = index.memo('uses', holder, scope, () => allHolderUses(scope, holder, index));
  return all.filter(({ object }) => !encloses(creation, object)).flatMap(({ uses }) => uses);
}

function allHolderUses(
  scope: SyntaxNode,
  holder: string,
  index: NameIndex,
): { object: SyntaxNode; uses: SocketUse[] }[] {
  const found: { object: SyntaxNode; uses: SocketUse[] }[] = [];
  for (const object of index.named(holder, scope)) {
    const node = object.parent;
    if (
      node?.type !== 'member_expression' ||
      node.childForFieldName('object')?.startIndex !== object.startIndex
    )
      continue;
    const call = node.parent;
    const name = node.childForFieldName('property');
    if (
      call?.type !== 'call_expression' ||
      call.childForFieldName('function')?.startIndex !== node.startIndex ||
      !name
    )
      continue;
    const use = { call, name, method: name.text, args: callArguments(call) };
    found.push({ object, uses: [use, ...chainedUses(call).chain] });
  }
  return found;
}

/** Event-waiting and stream helpers that take the socket and surface its errors. */
const ERROR_SURFACING =
  /^(events\.)?once$|^(stream\.)?(pipeline|finished)$|^(stream\.promises\.)?(pipeline|finished)$/;

/** Where the holder leaves the scope: returned, stored elsewhere, handed to a function. */
function escapeOf(
  scope: SyntaxNode,
  holder: string,
  creation: SyntaxNode,
  index: NameIndex,
): SyntaxNode | undefined {
  const all = index.memo('escapes', holder, scope, () => allEscapes(scope, holder, index));
  const escape = all.find(({ node }) => !encloses(creation, node))?.escape;
  if (escape) return escape;
  // `{ socket }` shorthand in an object literal
  return holder.includes('.') ? undefined : index.shorthand(holder, scope)[0];
}

/** Each mention of the holder that hands it on, with where it goes, in source order. */
function allEscapes(
  scope: SyntaxNode,
  holder: string,
  index: NameIndex,
): { node: SyntaxNode; escape: SyntaxNode }[] {
  const found: { node: SyntaxNode; escape: SyntaxNode }[] = [];
  for (const node of index.named(holder, scope)) {
    const parent = node.parent;
    if (!parent) continue;
    if (
      parent.type === 'member_expression' &&
      parent.childForFieldName('object')?.startIndex === node.startIndex
    )
      continue;
    let escape: SyntaxNode | undefined;
    if (
      parent.type === 'return_statement' ||
      parent.type === 'yield_expression' ||
      parent.type === 'pair' ||
      parent.type === 'array' ||
      parent.type === 'shorthand_property_identifier'
    ) {
      escape = parent;
    } else if (parent.type === 'arguments') {
      const callee = parent.parent?.childForFieldName('function')?.text ?? '';
      if (!ERROR_SURFACING.test(callee)) escape = parent.parent ?? parent;
    } else if (
      parent.type === 'assignment_expression' &&
      parent.childForFieldName('right')?.startIndex === node.startIndex
    ) {
      escape = parent;
    } else if (
      parent.type === 'variable_declarator' &&
      parent.childForFieldName('value')?.startIndex === node.startIndex
    ) {
      escape = parent; // an alias: its uses are not followed, so judge nothing
    }
    if (escape) found.push({ node, escape });
  }
  return found;
}

/** `await once(s, 'connect')` inside a try block, or `pipeline(s, ...)`/`finished(s, ...)`. */
export function errorSurfacing(
  scope: SyntaxNode,
  holder: string | undefined,
  creation: SyntaxNode,
  index: NameIndex,
): SyntaxNode | undefined {
  const mentions = (arg: SyntaxNode | null | undefined) =>
    !!arg &&
    (arg.startIndex === creation.startIndex ||
      (!!holder && arg.text.replace(/\s+/g, '') === holder));
  for (const node of index.callsTo(ERROR_SURFACING, scope)) {
    const callee = node.childForFieldName('function')?.text ?? '';
    const args = node.childForFieldName('arguments');
    let passed = false;
    for (let i = 0; args && i < args.namedChildCount; i++)
      if (mentions(args.namedChild(i))) passed = true;
    if (!passed) continue;
    if (/pipeline|finished/.test(callee)) return node;
    if (insideTry(node) && node.parent?.type === 'await_expression') return node;
  }
  return undefined;
}

function insideTry(node: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (FUNCTION_TYPES.has(current.type)) return false;
    if (current.type === 'statement_block' && current.parent?.type === 'try_statement') return true;
  }
  return false;
}

export { FUNCTION_TYPES, scopeOf };
