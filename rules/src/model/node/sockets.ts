import type { SyntaxNode } from '../../parse/syntax.js';
import { callArguments, encloses } from '../../parse/tree.js';
import type { Creator, ExportResolver } from './creators.js';
import { unwrapExpression } from './expressions.js';
import type { FileFunctions } from './functions.js';
import type { NameIndex } from './name-index.js';
import type { Ancestry } from './ancestry.js';
import type { NodeSocket, SocketUse } from './types.js';
import { ConnectPhase } from './connect-phase.js';
import { importedUses, type NodeProjectView } from './project-view.js';
import { socketUse, usedVia } from './socket-use.js';
import type { Flow, ValueFlow } from './value-flow.js';

/** What the file's sockets are read with: built once per file. */
export interface SocketReaders {
  index: NameIndex;
  exports: ExportResolver;
  functions: FileFunctions;
  flow: ValueFlow;
}

/** The socket a creation call or `new` makes, with where it flows and what is done to it. */
export function socketFromCreation(
  node: SyntaxNode,
  callee: SyntaxNode,
  readers: SocketReaders,
): NodeSocket | undefined {
  const creator = readers.exports.creatorOf(node, callee);
  if (!creator) return undefined;
  const socket = fromFlow(
    node,
    nameOf(callee),
    creator,
    callArguments(node),
    readers.flow.follow(node),
    readers,
  );
  if (creator.subclass) addSubclassUses(socket, creator.subclass, readers);
  return socket;
}

/**
 * The socket a factory of another module of the project makes (`getStream()`, through
 * the project index): of the kind it makes, connecting if it connects, with what the
 * factory did to it before returning it as uses at the call.
 */
export function socketFromProjectFactory(
  call: SyntaxNode,
  callee: SyntaxNode,
  project: NodeProjectView,
  readers: SocketReaders,
): NodeSocket | undefined {
  if (call.type !== 'call_expression') return undefined;
  const made = project.exportOf(callee)?.socket;
  if (!made) return undefined;
  const name = nameOf(callee);
  // The factory's own arguments are not a creator's options: none are read.
  const socket = fromFlow(call, name, made, [], readers.flow.follow(call), readers);
  const inside = importedUses(call, name, made.effects, call);
  socket.uses = [...inside, ...socket.uses].sort((a, b) => a.call.startIndex - b.call.startIndex);
  return socket;
}

/**
 * Sockets a factory of the file returns (`function dial() { return net.connect(...) }`),
 * once per call of the factory in the file: what the factory did to it, and what the
 * caller does. The factory's own socket escapes (returned) and is not judged there.
 */
export function socketsFromFactories(
  made: readonly NodeSocket[],
  readers: SocketReaders,
): NodeSocket[] {
  const derived: NodeSocket[] = [];
  for (const socket of made) {
    for (const factory of socket.returnedFrom) {
      const name = factoryName(factory);
      if (!name) continue;
      const receivers = new Set(['this', ...readers.functions.thisAliases]);
      for (const call of readers.index.callsNamed(name, readers.index.root)) {
        // `name(...)`, `this.name(...)`, `self.name(...)`: the factory of this file.
        const target = call.childForFieldName('function');
        const object =
          target?.type === 'member_expression' ? target.childForFieldName('object') : null;
        if (
          !target ||
          (object && !receivers.has(object.text)) ||
          (!object && target.type !== 'identifier')
        )
          continue;
        if (encloses(factory, call)) continue;
        if (readers.functions.resolve(call)?.startIndex !== factory.startIndex) continue;
        const flow = readers.flow.follow(call);
        const callerEscape = flow.escapes[0];
        const inner = socket.uses.map((use) => usedVia(use, use.via ?? call));
        const escapes =
          socket.escapes && !encloses(factory, socket.escapes) ? socket.escapes : undefined;
        derived.push({
          ...fromFlow(call, nameOf(target), socket, socket.args, flow, readers),
          uses: [...inner, ...flow.uses].sort((a, b) => a.call.startIndex - b.call.startIndex),
          ...(callerEscape || escapes ? { escapes: callerEscape ?? escapes } : {}),
          ...(socket.errorsHandledBy || flow.errorsHandledBy
            ? { errorsHandledBy: socket.errorsHandledBy ?? flow.errorsHandledBy }
            : {}),
        });
      }
    }
  }
  return derived;
}

/**
 * The socket's kind belongs to each assignment, not to the name: a class that keeps a
 * TCP socket in `this.sock` in one method and a dgram socket in another is not
 * connecting a dgram socket wherever it calls `this.sock.connect()`. Where one name
 * holds sockets of different kinds, a connect outside the function that stored this
 * socket is not this socket's.
 */
export function keepKindsApart(sockets: readonly NodeSocket[], scopes: Ancestry): void {
  const kinds = new Map<string, Set<string>>();
  const keyOf = (holder: { key: string; scope: SyntaxNode }) =>
    `${holder.key}\0${holder.scope.startIndex}\0${holder.scope.endIndex}`;
  for (const socket of sockets)
    for (const holder of socket.holders) {
      const set = kinds.get(keyOf(holder)) ?? new Set<string>();
      set.add(socket.kind === 'dgram' ? 'dgram' : 'stream');
      kinds.set(keyOf(holder), set);
    }
  for (const socket of sockets) {
    if (!socket.holders.some((holder) => (kinds.get(keyOf(holder))?.size ?? 0) > 1)) continue;
    const own = scopes.functionOf(socket.creation);
    socket.uses = socket.uses.filter(
      (use) =>
        !/^(connect|disconnect)$/.test(use.method) ||
        scopes.functionOf(use.call)?.startIndex === own?.startIndex,
    );
  }
}

function fromFlow(
  creation: SyntaxNode,
  creationName: SyntaxNode,
  creator: Pick<Creator, 'kind' | 'connecting'>,
  args: SyntaxNode[],
  flow: Flow,
  { functions, index }: SocketReaders,
): NodeSocket {
  const first = flow.holders[0];
  // Handed on once connected: the connect was this code's (see connect-phase.ts).
  const phase = new ConnectPhase(creation, creator.connecting, args, flow.uses, functions, index);
  const escapes = flow.escapes.find((escape) => !phase.connectedAt(escape));
  return {
    kind: creator.kind,
    creation,
    creationName,
    connecting: creator.connecting,
    args,
    scope: first?.scope ?? index.ancestry.scopeOf(creation),
    ...(first ? { holder: first.display } : {}),
    holders: flow.holders.map(({ key, scope }) => ({ key, scope })),
    uses: flow.uses,
    returnedFrom: flow.returnedFrom,
    ...(escapes ? { escapes } : {}),
    ...(flow.listenedElsewhere ? { listenedElsewhere: flow.listenedElsewhere } : {}),
    ...(flow.errorsHandledBy ? { errorsHandledBy: flow.errorsHandledBy } : {}),
  };
}

/**
 * `class Conn extends net.Socket`: its instances are sockets, and the class's own
 * calls on `this` (`this.connect(...)`, `this.on('error', ...)`, `super.connect()`) are
 * calls on each of them. A method the class defines itself is not the socket's.
 */
function addSubclassUses(socket: NodeSocket, subclass: SyntaxNode, readers: SocketReaders): void {
  const body = subclass.childForFieldName('body');
  if (!body) return;
  const receivers = ['this', 'super', ...readers.functions.thisAliases];
  const inside: SocketUse[] = [];
  for (const call of readers.index.methodCalls(receivers, body)) {
    const callee = call.childForFieldName('function');
    const object = callee?.childForFieldName('object');
    const name = callee?.childForFieldName('property');
    if (!name || !object) continue;
    if (object.type !== 'super' && readers.functions.definesMethod(call, name.text)) continue;
    inside.push(usedVia(socketUse(call, name, readers.index.text), socket.creation));
  }
  socket.uses = [...inside, ...socket.uses].sort((a, b) => a.call.startIndex - b.call.startIndex);
}

/** `connect` of `net.connect(...)`, `Socket` of `new net.Socket()`, `dial` of `this.dial()`. */
function nameOf(callee: SyntaxNode): SyntaxNode {
  const bare = unwrapExpression(callee);
  return bare.type === 'member_expression' ? (bare.childForFieldName('property') ?? bare) : bare;
}

function factoryName(fn: SyntaxNode): string | undefined {
  const own = fn.childForFieldName('name');
  if (own && fn.type !== 'function_expression' && fn.type !== 'function') return own.text;
  const parent = fn.parent;
  if (parent?.type === 'variable_declarator') return parent.childForFieldName('name')?.text;
  if (parent?.type === 'public_field_definition' || parent?.type === 'field_definition')
    return (parent.childForFieldName('name') ?? parent.childForFieldName('property'))?.text;
  return undefined;
}
