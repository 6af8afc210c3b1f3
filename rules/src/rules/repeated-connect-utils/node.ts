import type { NodeFileModel, NodeSocket, SocketUse } from '../../model/node/types.js';
import type { SyntaxNode } from '../../parse/syntax.js';
import { mayFollow } from '../../model/node/control-flow.js';
import { encloses } from '../../parse/tree.js';
import { scopeOf } from '../../model/node/scopes.js';
import type { Report } from '../rule.js';
import { connectUses, insideListener, listeners } from '../shared/node-socket.js';

const LOOPS = new Set(['for_statement', 'for_in_statement', 'while_statement', 'do_statement']);

/**
 * Node: `socket.connect()` on a stream socket that is connecting or connected
 * ("This function should only be used for reconnecting a socket after 'close' has
 * been emitted", Node's net docs), and a dgram socket connected twice without
 * disconnect() (ERR_SOCKET_DGRAM_IS_CONNECTED).
 */
export function repeatedNodeConnects(model: NodeFileModel): Report[] {
  return model.sockets.flatMap((socket) =>
    socket.kind === 'dgram' ? dgramTwice(socket) : streamAgain(socket),
  );
}

function streamAgain(socket: NodeSocket): Report[] {
  const closes = listeners(socket, 'close');
  const reports: Report[] = [];
  const uses = connectUses(socket);
  uses.forEach((use, index) => {
    // Reconnecting from a 'close' listener is what Node asks for.
    if (insideListener(use.call, closes)) return;
    // Across two methods of a class the order of the calls is unknown: compare
    // with an earlier connect only when this one is inside its function (a
    // listener's callback is).
    const sameFunction = (node: SyntaxNode) => encloses(scopeOf(node), use.call);
    const earlier = socket.connecting
      ? sameFunction(socket.creation)
        ? socket.creation
        : undefined
      : uses.slice(0, index).find((u) => !insideListener(u.call, closes) && sameFunction(u.call))
          ?.call;
    if (earlier && mayFollow(earlier, use.call)) {
      reports.push(report('streamAgain', socket, use, earlier));
    } else if (inLoopWithout(use.call, socket.creation)) {
      reports.push(report('inLoop', socket, use, socket.creation));
    }
  });
  return reports;
}

function dgramTwice(socket: NodeSocket): Report[] {
  const reports: Report[] = [];
  let connected: SyntaxNode | undefined;
  for (const use of socket.uses) {
    if (use.method === 'disconnect') connected = undefined;
    if (use.method !== 'connect') continue;
    if (connected && mayFollow(connected, use.call))
      reports.push(report('dgramTwice', socket, use, connected));
    else if (
      inLoopWithout(use.call, socket.creation) &&
      !socket.uses.some((u) => u.method === 'disconnect')
    ) {
      reports.push(report('inLoop', socket, use, socket.creation));
    }
    connected = use.call;
  }
  return reports;
}

/** `use` runs in a loop that the socket's creation is outside of. */
function inLoopWithout(node: SyntaxNode, creation: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (/function|arrow_function|method_definition/.test(current.type)) return false;
    if (LOOPS.has(current.type))
      return !(creation.startIndex >= current.startIndex && creation.endIndex <= current.endIndex);
  }
  return false;
}

function report(
  messageId: string,
  socket: NodeSocket,
  use: SocketUse,
  earlier: SyntaxNode,
): Report {
  return {
    messageId,
    data: { socket: socket.holder ?? 'this socket' },
    start: use.name,
    end: use.call,
    related: [{ node: earlier, message: 'connected here first' }],
  };
}
