import type { NodeSocket, SocketUse } from '../../model/node/types.js';
import type { SyntaxNode } from '../../parse/syntax.js';
import type { Related } from '../rule.js';

/** EventEmitter methods that add a listener. */
export const LISTEN_METHODS: ReadonlySet<string> = new Set([
  'on',
  'once',
  'addListener',
  'prependListener',
  'prependOnceListener',
]);

/** The event name of a listener call, when it is a string literal. */
export function eventName(use: SocketUse): string | undefined {
  return use.event;
}

/** Listener calls for `event` on the socket. */
export function listeners(socket: NodeSocket, event: string): SocketUse[] {
  return socket.uses.filter((use) => LISTEN_METHODS.has(use.method) && eventName(use) === event);
}

/** `.connect(...)` calls on the socket after its creation. */
export function connectUses(socket: NodeSocket): SocketUse[] {
  return socket.uses.filter((use) => use.method === 'connect');
}

/** Is `node` inside the callback of one of these listener calls? */
export function insideListener(node: SyntaxNode, uses: readonly SocketUse[]): boolean {
  return uses.some((use) => {
    const callback = use.args[1];
    return (
      !!callback && node.startIndex >= callback.startIndex && node.endIndex <= callback.endIndex
    );
  });
}

/**
 * Where findings about the socket's connect point: its connecting creation, or its
 * first `.connect()`. A connect in a helper the socket was handed to (or in its
 * subclass's own methods) points at the call that took it there, so that each
 * socket's finding is its own (and related information names the connect).
 */
export function connectSite(
  socket: NodeSocket,
): { start: SyntaxNode; end: SyntaxNode; related?: Related[] } | undefined {
  if (socket.connecting) return { start: socket.creationName, end: socket.creation };
  const first = connectUses(socket)[0];
  if (!first) return undefined;
  if (!first.via) return { start: first.name, end: first.call };
  return {
    start: calledName(first.via),
    end: first.via,
    related: [{ node: first.call, message: 'it connects here' }],
  };
}

/** `attach` of `this.attach(s)`, `Conn` of `new Conn()`. */
function calledName(call: SyntaxNode): SyntaxNode {
  const callee = call.childForFieldName('function') ?? call.childForFieldName('constructor');
  if (!callee) return call;
  return callee.type === 'member_expression'
    ? (callee.childForFieldName('property') ?? callee)
    : callee;
}

/** The value of `key` in an object literal (`{ key: v }`, `{ key }`, `{ 'key': v }`). */
export function objectKey(object: SyntaxNode, key: string): SyntaxNode | undefined {
  for (const entry of object.namedChildren) {
    if (!entry) continue;
    if (entry.type === 'shorthand_property_identifier' && entry.text === key) return entry;
    if (entry.type !== 'pair') continue;
    const name = entry.childForFieldName('key')?.text.replace(/^['"]|['"]$/g, '');
    if (name === key) return entry.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

/** The statement that holds `node`, and the indentation of its line. */
export function statementOf(
  node: SyntaxNode,
  text: string,
): { statement: SyntaxNode; indent: string } | undefined {
  let current: SyntaxNode | null = node;
  while (current && !/statement$|^lexical_declaration$|^variable_declaration$/.test(current.type)) {
    // A class field: there is no statement to add a line after.
    if (current.type === 'class_body') return undefined;
    current = current.parent;
  }
  if (!current) return undefined;
  const lineStart = text.lastIndexOf('\n', current.startIndex - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, current.startIndex))?.[0] ?? '';
  return { statement: current, indent };
}
