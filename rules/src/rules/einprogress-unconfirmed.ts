import { isStreamSocket } from '../model/c/socket-kind.js';
import { familyOf, socketFacts } from '../model/c/socket-facts.js';
import { socketUseAfter } from '../model/c/socket-uses.js';
import { outermostLoop, walk } from '../model/c/ast.js';
import { errnoConstantsIn } from '../model/c/errno-vocabulary.js';
import type { CFileModel, ConnectCall } from '../model/c/types.js';
import type { SyntaxNode } from '../parse/syntax.js';
import { createRule, NO_OPTIONS } from './rule.js';
import { addressTarget } from './shared/address.js';
import { IN_PROGRESS, intersects } from './shared/errno-families.js';
import { outcomeFacts } from './shared/outcome-facts.js';

/**
 * connect(2), ERRORS: "[EINPROGRESS] ... It is possible to select(2) for
 * completion by selecting the socket for writing." A socket becomes writable
 * when the attempt ends, in success or in failure: only SO_ERROR (getsockopt) or
 * getpeername() tells which. A second connect answering EISCONN is no proof: a
 * refused socket has answered EISCONN on Darwin.
 */
export default createRule({
  meta: {
    id: 'einprogress-unconfirmed',
    manpage: ['EINPROGRESS', 'EALREADY', 'EISCONN'],
    description:
      'After EINPROGRESS, wait for writability and read SO_ERROR before using the socket.',
    defaultSeverity: 'error',
    messages: {
      noWait:
        "EINPROGRESS is accepted, but '{{socket}}' is used before the code waits for it to become writable (select, poll, epoll, kqueue): the connection may not exist yet.",
      noConfirm:
        "The code waits for '{{socket}}' to become writable but never reads SO_ERROR (or calls getpeername): a failed connect makes the socket writable too.",
      eisconnProof:
        'EISCONN from a second connect() is taken for success without reading SO_ERROR: a refused connection has answered EISCONN on Darwin.',
    },
    ...NO_OPTIONS,
  },
  checks: {
    c({ model, report }) {
      const confirmers = model.confirms;
      for (const connect of model.connectCalls) {
        const outcome = outcomeFacts(connect, model);
        if (!outcome || !intersects(outcome.errnos, IN_PROGRESS)) continue;
        const facts = socketFacts(connect, model);
        const target = addressTarget(connect);
        if (
          !isStreamSocket(facts, connect, model) ||
          familyOf(facts.domain) === 'unix' ||
          target?.kind === 'sockaddr_un'
        )
          continue;
        const use = socketUseAfter(connect.fn, facts.key, connect.call.startIndex, confirmers);
        if (use.confirms) continue;
        const data = { socket: facts.key };
        const at = { start: connect.name, end: connect.call };
        // EISCONN taken for success is wrong wherever the socket goes next — when
        // this connect re-polls one already under way: in a loop, or on a socket
        // made elsewhere (haproxy's sock_conn_check). On a socket this function just
        // made, a first connect answering EISCONN "should not happen" (proto_tcp.c).
        const repolls = !!outermostLoop(connect.call) || !madeHere(facts.key, connect);
        if (repolls && takesEisconnForSuccess(outcome.outcome.failure, model)) {
          report({ messageId: 'eisconnProof', data, ...at });
          continue;
        }
        // Handed to an event loop, a helper or a caller: judged where it goes.
        if (use.escapes) continue;
        if (use.waits) {
          if (use.io)
            report({
              messageId: 'noConfirm',
              data,
              ...at,
              related: [{ node: use.waits, message: 'waits here' }],
            });
        } else if (use.io) {
          report({
            messageId: 'noWait',
            data,
            ...at,
            related: [{ node: use.io, message: 'used here' }],
          });
        }
      }
    },
  },
});

/** Is the socket made in this function before the connect (socket(), or `fd = make_socket()`)? */
function madeHere(key: string, connect: ConnectCall): boolean {
  let made = false;
  walk(connect.fn.body, (node) => {
    if (made || node.startIndex > connect.call.startIndex) return false;
    const target =
      node.type === 'assignment_expression'
        ? node.childForFieldName('left')
        : node.type === 'init_declarator'
          ? node.childForFieldName('declarator')
          : null;
    let value = node.childForFieldName(node.type === 'assignment_expression' ? 'right' : 'value');
    // `fd = conn->fd = make_socket(conn)`
    while (value?.type === 'assignment_expression') value = value.childForFieldName('right');
    // Made by a call (`fd = sock_create_server_socket(conn)`), not read from a field.
    if (target?.text === key && value?.type === 'call_expression') made = true;
  });
  return made;
}

/**
 * `if (errno == EISCONN) break;` (or `return fd;`): EISCONN alone in its test,
 * and a branch that neither closes the socket nor returns a failure.
 */
function takesEisconnForSuccess(failure: readonly SyntaxNode[], model: CFileModel): boolean {
  let found = false;
  for (const statement of failure) {
    walk(statement, (node) => {
      if (found || node.type !== 'if_statement') return;
      const condition = node.childForFieldName('condition');
      const consequence = node.childForFieldName('consequence');
      if (!condition || !consequence) return;
      const errnos = errnoConstantsIn(condition, model.errno);
      if (errnos.size !== 1 || !errnos.has('EISCONN')) return;
      // `if (errno && errno != EISCONN) goto fail;`: EISCONN falls through to success.
      if (/!=\s*EISCONN\b|\bEISCONN\s*!=/.test(condition.text)) {
        found = true;
        return;
      }
      if (/\b(close|closesocket)\s*\(|return\s*\(?\s*-/.test(consequence.text)) return;
      found = true;
    });
  }
  return found;
}
