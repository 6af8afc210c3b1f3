import { alwaysExits, outermostLoop, LOOP_TYPES, walk } from '../model/c/ast.js';
import { factKind } from '../model/fact-store.js';
import { socketFacts } from '../model/c/socket-facts.js';
import { isStreamSocket } from '../model/c/socket-kind.js';
import type { CFileModel, ConnectCall } from '../model/c/types.js';
import type { SyntaxNode } from '../parse/syntax.js';
import { createRule, NO_OPTIONS } from './rule.js';
import { repeatedNodeConnects } from './repeated-connect-utils/node.js';
import { IN_PROGRESS, INTERRUPTED, STILL_CONNECTING, intersects } from './shared/errno-families.js';
import { outcomeFacts } from './shared/outcome-facts.js';

/**
 * connect(2), DESCRIPTION: "Generally, stream sockets may successfully connect()
 * only once; datagram sockets may use connect() multiple times to change their
 * association." A stream socket whose connect failed is spent: the next connect
 * on it fails again (EINVAL, ECONNABORTED or EISCONN, by platform), so a retry
 * must close the socket and create a new one.
 */
export default createRule({
  meta: {
    id: 'repeated-connect',
    manpage: ['DESCRIPTION', 'EBADF', 'EALREADY', 'EISCONN'],
    description: 'A stream socket connects once: a retry must close it and create a new one.',
    defaultSeverity: 'error',
    messages: {
      retriedInLoop:
        "connect() runs again on '{{socket}}' after it failed, but the socket is not re-created in the loop: a stream socket connects only once.",
      streamAgain:
        "'{{socket}}' is already connecting or connected: Node allows connect() again only after 'close'. Create a new socket, or reconnect from the 'close' listener.",
      fromErrorListener:
        "'{{socket}}' is reconnected from its 'error' listener: Node emits 'close' after 'error', so the socket is still being closed. Reconnect from the 'close' listener, or make a new socket.",
      dgramTwice:
        "'{{socket}}' is a dgram socket already connected: Node throws ERR_SOCKET_DGRAM_IS_CONNECTED. Call disconnect() first.",
      inLoop:
        "connect() runs in a loop on '{{socket}}', made once outside it: a socket connects once; make a new one per attempt.",
      connectedAgain:
        "'{{socket}}' already went through connect() here; a stream socket connects only once, so this second connect fails whatever the address.",
    },
    ...NO_OPTIONS,
  },
  checks: {
    c({ model, report }) {
      for (const connect of model.connectCalls) {
        const facts = socketFacts(connect, model);
        // A datagram socket may connect again (a new peer, or AF_UNSPEC to drop it).
        if (!isStreamSocket(facts, connect, model)) continue;
        const outcome = outcomeFacts(connect, model);
        const errnos = outcome?.errnos ?? new Set<string>();
        // Re-polling after EINPROGRESS/EALREADY is the idiom; EINTR is eintr-reconnect's.
        if (
          intersects(errnos, IN_PROGRESS) ||
          intersects(errnos, STILL_CONNECTING) ||
          intersects(errnos, INTERRUPTED)
        ) {
          continue;
        }
        const at = { start: connect.name, end: connect.call };
        const creation = facts.creation
          ? [{ node: facts.creation.call, message: 'the socket is created here, once' }]
          : [];

        const loop = innermostLoop(connect.call);
        if (
          loop &&
          retriesAfterFailure(connect, loop, model) &&
          !recreatedIn(loop, facts.key, connect.fn.sockets)
        ) {
          report({
            messageId: 'retriedInLoop',
            data: { socket: facts.key },
            ...at,
            related: creation,
          });
          continue;
        }
        const earlier = earlierConnectOnFailurePath(connect, model);
        if (earlier) {
          report({
            messageId: 'connectedAgain',
            data: { socket: facts.key },
            ...at,
            related: [{ node: earlier.call, message: 'first connect on this socket' }, ...creation],
          });
        }
      }
    },
    node({ model, report }) {
      for (const finding of repeatedNodeConnects(model)) report(finding);
    },
  },
});

function innermostLoop(node: SyntaxNode): SyntaxNode | undefined {
  for (
    let parent = node.parent;
    parent && parent.type !== 'function_definition';
    parent = parent.parent
  ) {
    if (LOOP_TYPES.has(parent.type)) return parent;
  }
  return undefined;
}

/** Can the loop come round again after this connect failed? */
function retriesAfterFailure(connect: ConnectCall, loop: SyntaxNode, model: CFileModel): boolean {
  const outcome = outcomeFacts(connect, model);
  if (!outcome) return false;
  // `while (connect(...) < 0) sleep(1);`: the loop's own test.
  if (outcome.outcome.loop && outcome.outcome.loop.startIndex === loop.startIndex) return true;
  // Otherwise the failure path goes round: a `continue` of this loop, or it
  // does not leave at all.
  const failure = outcome.outcome.failure;
  return (
    continuesLoop(failure, loop) || !failure.some((statement) => leaves(statement, model.noReturn))
  );
}

/** Leaves the loop or the function: return, goto, break, exit(); `continue` does not. */
function leaves(statement: SyntaxNode, noReturn: ReadonlySet<string>): boolean {
  return alwaysExits(statement, noReturn) && statement.type !== 'continue_statement';
}

function continuesLoop(failure: readonly SyntaxNode[], loop: SyntaxNode): boolean {
  let found = false;
  for (const statement of failure) {
    walk(statement, (node) => {
      if (found) return false;
      if (node.type === 'continue_statement' && innermostLoop(node)?.startIndex === loop.startIndex)
        found = true;
    });
  }
  return found;
}

function recreatedIn(
  loop: SyntaxNode,
  key: string,
  sockets: readonly { holder?: string; call: SyntaxNode }[],
): boolean {
  if (
    sockets.some(
      (socket) =>
        socket.holder === key &&
        socket.call.startIndex >= loop.startIndex &&
        socket.call.endIndex <= loop.endIndex,
    )
  ) {
    return true;
  }
  // Re-created by any assignment in the loop (a helper that returns a new socket).
  let assigned = false;
  walk(loop, (node) => {
    if (assigned) return false;
    if (node.type === 'assignment_expression' && node.childForFieldName('left')?.text === key)
      assigned = true;
  });
  return assigned;
}

const BY_SOCKET = factKind<CFileModel, Map<string, ConnectCall[]>>('connects by socket');

/** The connect calls of `fn` on the socket `key`, grouped once per file. */
function sameSocket(model: CFileModel, fn: ConnectCall['fn'], key: string): ConnectCall[] {
  const groups = model.facts.get(BY_SOCKET, model, () => {
    const found = new Map<string, ConnectCall[]>();
    for (const call of model.connectCalls) {
      const group = `${call.fn.node.startIndex}:${socketFacts(call, model).key}`;
      const list = found.get(group) ?? [];
      list.push(call);
      found.set(group, list);
    }
    return found;
  });
  return groups.get(`${fn.node.startIndex}:${key}`) ?? [];
}

const FAILING = factKind<ConnectCall[], ConnectCall[]>('connects with a failure path');

/**
 * The connects of a group whose result is tested: only they have a failure path
 * that may lead to another connect. Once per group — 5,000 connects of one
 * socket would otherwise each look at all the others.
 */
function withFailurePath(group: ConnectCall[], model: CFileModel): ConnectCall[] {
  return model.facts.get(FAILING, group, () =>
    group.filter((call) => (outcomeFacts(call, model)?.outcome.failure.length ?? 0) > 0),
  );
}

/** A connect on the same socket whose failure path leads here, with no new socket between. */
function earlierConnectOnFailurePath(
  connect: ConnectCall,
  model: CFileModel,
): ConnectCall | undefined {
  const key = socketFacts(connect, model).key;
  for (const earlier of withFailurePath(sameSocket(model, connect.fn, key), model)) {
    if (earlier === connect || earlier.call.startIndex >= connect.call.startIndex) continue;
    const outcome = outcomeFacts(earlier, model);
    if (
      !outcome ||
      intersects(outcome.errnos, IN_PROGRESS) ||
      intersects(outcome.errnos, INTERRUPTED)
    )
      continue;
    const onFailurePath = outcome.outcome.failure.some(
      (statement) =>
        statement.startIndex <= connect.call.startIndex &&
        statement.endIndex >= connect.call.endIndex,
    );
    // Before the walk below: it reads the whole span between the two calls, for each pair.
    if (!onFailurePath || outermostLoop(earlier.call)) continue;
    // A new socket between the two: socket(), or any assignment (`fd = make_socket();`).
    let recreated = false;
    walk(connect.fn.body, (node) => {
      if (
        recreated ||
        node.endIndex < earlier.call.endIndex ||
        node.startIndex > connect.call.startIndex
      )
        return false;
      if (node.type === 'assignment_expression' && node.childForFieldName('left')?.text === key) {
        recreated = node.startIndex > earlier.call.endIndex;
      }
    });
    if (!recreated) return earlier;
  }
  return undefined;
}
