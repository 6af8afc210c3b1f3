import type { NodeFileModel, NodeSocket, SocketUse } from '../../model/node/types.js';
import type { SyntaxNode } from '../../parse/syntax.js';
import { mayFollow } from '../../model/node/control-flow.js';
import { encloses, walk } from '../../parse/tree.js';
import type { Ancestry } from '../../model/node/ancestry.js';
import type { Report } from '../rule.js';
import { wrapsSocket } from '../shared/node-tls-wrap.js';
import { connectUses, insideListener, listeners } from '../shared/node-socket.js';

/** The rule's messages this part reports. */
type RepeatReport = Report<'streamAgain' | 'fromErrorListener' | 'dgramTwice' | 'inLoop'>;

const LOOPS = new Set(['for_statement', 'for_in_statement', 'while_statement', 'do_statement']);

/**
 * Node: `socket.connect()` on a stream socket that is connecting or connected
 * ("This function should only be used for reconnecting a socket after 'close' has
 * been emitted", Node's net docs), and a dgram socket connected twice without
 * disconnect() (ERR_SOCKET_DGRAM_IS_CONNECTED).
 */
export function repeatedNodeConnects(model: NodeFileModel): RepeatReport[] {
  return model.sockets.flatMap((socket) =>
    socket.kind === 'dgram'
      ? dgramTwice(socket, model.ancestry)
      : streamAgain(socket, socket.connecting && !wrapsSocket(socket, model.text), model.ancestry),
  );
}

function streamAgain(socket: NodeSocket, connecting: boolean, ancestry: Ancestry): RepeatReport[] {
  const up = (node: SyntaxNode) => ancestry.parentOf(node);
  const closes = listeners(socket, 'close');
  const errors = listeners(socket, 'error');
  const reports: RepeatReport[] = [];
  const uses = connectUses(socket);
  uses.forEach((use, index) => {
    // Reconnecting from a 'close' listener is what Node asks for.
    if (insideListener(use.call, closes)) return;
    // Across two methods of a class the order of the calls is unknown: compare
    // with an earlier connect only when this one is inside its function (a
    // listener's callback is).
    const sameFunction = (node: SyntaxNode) => encloses(ancestry.scopeOf(node), use.call);
    const earlier = connecting
      ? sameFunction(socket.creation)
        ? socket.creation
        : undefined
      : uses.slice(0, index).find((u) => !insideListener(u.call, closes) && sameFunction(u.call))
          ?.call;
    const errorListener = reconnectingListener(use, errors, ancestry);
    if (earlier && mayFollow(earlier, use.call, up)) {
      reports.push(report('streamAgain', socket, use, earlier));
    } else if (errorListener) {
      reports.push(
        report('fromErrorListener', socket, use, errorListener.call, "the 'error' listener"),
      );
    } else if (inLoopWithout(use.call, socket.creation, ancestry)) {
      reports.push(report('inLoop', socket, use, socket.creation));
    }
  });
  return reports;
}

function dgramTwice(socket: NodeSocket, ancestry: Ancestry): RepeatReport[] {
  const reports: RepeatReport[] = [];
  let connected: SyntaxNode | undefined;
  for (const use of socket.uses) {
    if (use.method === 'disconnect') connected = undefined;
    if (use.method !== 'connect') continue;
    if (connected && mayFollow(connected, use.call, (node) => ancestry.parentOf(node)))
      reports.push(report('dgramTwice', socket, use, connected));
    else if (
      inLoopWithout(use.call, socket.creation, ancestry) &&
      !socket.uses.some((u) => u.method === 'disconnect')
    ) {
      reports.push(report('inLoop', socket, use, socket.creation));
    }
    connected = use.call;
  }
  return reports;
}

/** `use` runs in a loop that the socket's creation is outside of. */
function inLoopWithout(node: SyntaxNode, creation: SyntaxNode, ancestry: Ancestry): boolean {
  for (const current of ancestry.ancestors(node)) {
    if (/function|arrow_function|method_definition/.test(current.type)) return false;
    if (LOOPS.has(current.type))
      return !(creation.startIndex >= current.startIndex && creation.endIndex <= current.endIndex);
  }
  return false;
}

/**
 * The 'error' listener that runs this connect through a function or method of the
 * file (`s.on('error', () => this.reconnect())`, `s.on('error', this.reconnect.bind(this))`,
 * `s.on('error', reconnect)`), the connect being in that function's body. Node emits
 * 'close' after 'error': the socket is still being closed when the listener runs.
 */
function reconnectingListener(
  use: SocketUse,
  errors: readonly SocketUse[],
  ancestry: Ancestry,
): SocketUse | undefined {
  const fn = ancestry.functionOf(use.call);
  const name = fn ? functionName(fn, ancestry) : undefined;
  if (!name) return undefined;
  const calls = new RegExp(`^(?:(?:this|self|that|me|_this)\\.)?${name}(?:\\.bind)?$`);
  return errors.find((listener) => {
    const callback = listener.args[1];
    if (!callback) return false;
    if (calls.test(callback.childForFieldName('function')?.text ?? callback.text)) return true;
    if (!/function|arrow_function/.test(callback.type)) return false;
    let found = false;
    walk(callback, (node) => {
      if (found || node.type !== 'call_expression') return !found;
      // A timer in the listener runs after 'close' has come.
      if (/setTimeout|setImmediate/.test(node.childForFieldName('function')?.text ?? ''))
        return false;
      if (calls.test(node.childForFieldName('function')?.text ?? '')) found = true;
      return true;
    });
    return found;
  });
}

function functionName(fn: SyntaxNode, ancestry: Ancestry): string | undefined {
  if (fn.type === 'method_definition' || fn.type === 'function_declaration')
    return fn.childForFieldName('name')?.text;
  const parent = ancestry.parentOf(fn);
  if (parent?.type === 'variable_declarator') return parent.childForFieldName('name')?.text;
  if (parent?.type === 'assignment_expression')
    return /([\w$]+)$/.exec(parent.childForFieldName('left')?.text ?? '')?.[1];
  if (parent?.type === 'public_field_definition' || parent?.type === 'field_definition')
    return parent.childForFieldName('name')?.text;
  return undefined;
}

function report(
  messageId: RepeatReport['messageId'],
  socket: NodeSocket,
  use: SocketUse,
  earlier: SyntaxNode,
  message = 'connected here first',
): RepeatReport {
  return {
    messageId,
    data: { socket: socket.holder ?? 'this socket' },
    start: use.name,
    end: use.call,
    related: [{ node: earlier, message }],
  };
}
