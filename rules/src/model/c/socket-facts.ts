import type { SyntaxNode } from '../../parse/syntax.js';
import { factKind } from '../fact-store.js';
import { dominates, mayFollow, outermostLoop, unwrapValue } from './ast.js';
import { blockingCalls } from './blocking.js';
import { nonBlockingCalls } from './sockets.js';
import type { CFileModel, ConnectCall, SocketKind, SocketModel } from './types.js';

/** What the function knows of the socket a connect call uses, at that call. */
export interface SocketFacts {
  /** The socket expression, as written (`fd`, `c->fd`). */
  key: string;
  /** The socket() call that made it in this function, the last one before the connect. */
  creation?: SocketModel;
  kind: SocketKind;
  domain?: string;
  /** Where it was made non-blocking before the connect (SOCK_NONBLOCK, fcntl, ioctl, helper). */
  nonBlocking: SyntaxNode[];
}

const SOCKET_FACTS = factKind<ConnectCall, SocketFacts>('socket facts');

/** The facts of a connect's socket, computed once per call (several rules ask). */
export function socketFacts(connect: ConnectCall, model: CFileModel): SocketFacts {
  return model.facts.get(SOCKET_FACTS, connect, () => computeSocketFacts(connect, model));
}

function computeSocketFacts(connect: ConnectCall, model: CFileModel): SocketFacts {
  const key = unwrapValue(connect.socket).text;
  const at = connect.call.startIndex;
  const loop = outermostLoop(connect.call);
  // In a loop, a creation later in the text may run earlier in time.
  // On every path to the connect (not in a branch it is not in); in a loop, a
  // creation later in the text may run earlier in time.
  const before = (node: SyntaxNode) =>
    dominates(node, connect.call) ||
    (!!loop &&
      node.startIndex >= loop.startIndex &&
      node.endIndex <= loop.endIndex &&
      node.startIndex > at);
  const creations = connect.fn.sockets.filter(
    (socket) => socket.holder === key && before(socket.call),
  );
  const creation = creations.at(-1);
  const nonBlocking = creation?.nonBlocking.filter((node) => dominates(node, connect.call)) ?? [];
  if (!creation) {
    // A descriptor from elsewhere (a parameter, a field): what this function does to it.
    for (const found of nonBlockingCalls(
      connect.fn,
      model.summaries,
      model.wrappers,
      model.facts,
    )) {
      if (unwrapValue(found.target).text === key && dominates(found.call, connect.call))
        nonBlocking.push(found.call);
    }
  }
  return {
    key,
    kind: creation?.kind ?? 'unknown',
    nonBlocking: stillNonBlocking(nonBlocking, key, connect, model),
    ...(creation ? { creation, domain: creation.domain } : {}),
  };
}

/** AF_UNIX, AF_LOCAL, PF_UNIX, PF_LOCAL → 'unix'; AF_INET → 'inet'; AF_INET6 → 'inet6'. */
export function familyOf(constant: string | undefined): 'unix' | 'inet' | 'inet6' | undefined {
  const text = constant?.trim() ?? '';
  if (/^[AP]F_(UNIX|LOCAL|FILE)$/.test(text)) return 'unix';
  if (/^[AP]F_INET$/.test(text)) return 'inet';
  if (/^[AP]F_INET6$/.test(text)) return 'inet6';
  return undefined;
}

/**
 * The non-blocking switches that no later call undoes before the connect: a
 * socket made blocking again (`fcntl(fd, F_SETFL, fl & ~O_NONBLOCK)`, FIONBIO
 * with 0, a blocking helper) connects as a blocking one. A switch back that may
 * run (in a branch) is enough to say nothing: precision before recall.
 */
function stillNonBlocking(
  switches: SyntaxNode[],
  key: string,
  connect: ConnectCall,
  model: CFileModel,
): SyntaxNode[] {
  if (switches.length === 0) return switches;
  const back = blockingCalls(connect.fn, model.wrappers, model.summaries).filter(
    (found) =>
      unwrapValue(found.target).text === key &&
      found.call.startIndex < connect.call.startIndex &&
      mayFollow(found.call, connect.call),
  );
  return switches.filter((node) => !back.some((found) => found.call.startIndex > node.startIndex));
}
