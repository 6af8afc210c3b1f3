import type { SyntaxNode } from '../../parse/syntax.js';
import { callArguments, walk } from '../../parse/tree.js';
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
): string | undefined {
  if (callee.type === 'identifier') {
    const binding = bindings.get(callee.text);
    if (binding?.kind !== 'export' || shadowed(callee)) return undefined;
    return `${binding.module}.${binding.name}`;
  }
  if (callee.type !== 'member_expression') return undefined;
  const object = callee.childForFieldName('object');
  const property = callee.childForFieldName('property')?.text;
  if (!object || !property) return undefined;
  if (object.type === 'identifier') {
    const binding = bindings.get(object.text);
    if (binding?.kind === 'namespace' && !shadowed(object)) return `${binding.module}.${property}`;
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
function shadowed(use: SyntaxNode): boolean {
  const name = use.text;
  for (let scope = use.parent; scope && scope.type !== 'program'; scope = scope.parent) {
    if (scope.type !== 'statement_block' && !FUNCTION_TYPES.has(scope.type)) continue;
    // An arrow function's single parameter: `connect => connect(80)`.
    if (scope.type === 'arrow_function' && scope.childForFieldName('parameter')?.text === name)
      return true;
    for (const child of scope.namedChildren) {
      if (child && declares(child, name)) return true;
    }
  }
  return false;
}

function declares(node: SyntaxNode, name: string): boolean {
  if (node.type === 'lexical_declaration' || node.type === 'variable_declaration') {
    return node.namedChildren.some(
      (d) => d?.type === 'variable_declarator' && d.childForFieldName('name')?.text === name,
    );
  }
  if (node.type === 'function_declaration') return node.childForFieldName('name')?.text === name;
  if (node.type === 'formal_parameters') {
    return node.namedChildren.some(
      (parameter) => (parameter?.childForFieldName('pattern') ?? parameter)?.text === name,
    );
  }
  return false;
}

/** Finds the sockets a creation call or `new` makes, with their holders and uses. */
export function socketFromCreation(
  node: SyntaxNode,
  callee: SyntaxNode,
  args: SyntaxNode[],
  bindings: ReadonlyMap<string, Binding>,
): NodeSocket | undefined {
  const resolved = resolveCallee(callee, bindings);
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
    socket.uses = [...chain, ...holderUses(socket.scope, holder, node)].sort(
      (a, b) => a.call.startIndex - b.call.startIndex,
    );
    socket.escapes = escapeOf(socket.scope, holder, node);
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

/** Calls `holder.method(...)` in the scope (and chains on them). */
function holderUses(scope: SyntaxNode, holder: string, creation: SyntaxNode): SocketUse[] {
  const uses: SocketUse[] = [];
  walk(scope, (node) => {
    if (node.type !== 'member_expression') return;
    const object = node.childForFieldName('object');
    if (!object || object.text.replace(/\s+/g, '').replace(/\?$/, '') !== holder) return;
    if (object.startIndex >= creation.startIndex && object.endIndex <= creation.endIndex) return;
    const call = node.parent;
    const name = node.childForFieldName('property');
    if (
      call?.type !== 'call_expression' ||
      call.childForFieldName('function')?.startIndex !== node.startIndex ||
      !name
    )
      return;
    uses.push({ call, name, method: name.text, args: callArguments(call) });
    uses.push(...chainedUses(call).chain);
  });
  return uses;
}

/** Event-waiting and stream helpers that take the socket and surface its errors. */
const ERROR_SURFACING =
  /^(events\.)?once$|^(stream\.)?(pipeline|finished)$|^(stream\.promises\.)?(pipeline|finished)$/;

/** Where the holder leaves the scope: returned, stored elsewhere, handed to a function. */
function escapeOf(scope: SyntaxNode, holder: string, creation: SyntaxNode): SyntaxNode | undefined {
  let escape: SyntaxNode | undefined;
  walk(scope, (node) => {
    if (escape) return false;
    const text =
      node.type === 'identifier' || node.type === 'member_expression'
        ? node.text.replace(/\s+/g, '')
        : '';
    if (text !== holder) return;
    if (node.startIndex >= creation.startIndex && node.endIndex <= creation.endIndex) return false;
    const parent = node.parent;
    if (!parent) return false;
    if (
      parent.type === 'member_expression' &&
      parent.childForFieldName('object')?.startIndex === node.startIndex
    )
      return false;
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
    return false;
  });
  // `{ socket }` shorthand in an object literal
  if (!escape && !holder.includes('.')) {
    walk(scope, (node) => {
      if (!escape && node.type === 'shorthand_property_identifier' && node.text === holder)
        escape = node;
    });
  }
  return escape;
}

/** `await once(s, 'connect')` inside a try block, or `pipeline(s, ...)`/`finished(s, ...)`. */
export function errorSurfacing(
  scope: SyntaxNode,
  holder: string | undefined,
  creation: SyntaxNode,
): SyntaxNode | undefined {
  let found: SyntaxNode | undefined;
  const mentions = (arg: SyntaxNode | null | undefined) =>
    !!arg &&
    (arg.startIndex === creation.startIndex ||
      (!!holder && arg.text.replace(/\s+/g, '') === holder));
  walk(scope, (node) => {
    if (found || node.type !== 'call_expression') return;
    const callee = node.childForFieldName('function')?.text ?? '';
    if (!ERROR_SURFACING.test(callee)) return;
    const args = node.childForFieldName('arguments');
    let passed = false;
    for (let i = 0; args && i < args.namedChildCount; i++)
      if (mentions(args.namedChild(i))) passed = true;
    if (!passed) return;
    if (/pipeline|finished/.test(callee)) found = node;
    else if (insideTry(node) && node.parent?.type === 'await_expression') found = node;
  });
  return found;
}

function insideTry(node: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (FUNCTION_TYPES.has(current.type)) return false;
    if (current.type === 'statement_block' && current.parent?.type === 'try_statement') return true;
  }
  return false;
}

export { FUNCTION_TYPES, scopeOf };
