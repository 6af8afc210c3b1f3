import { alwaysExits, ancestors, LOOP_TYPES, walk } from '../model/c/ast.js';
import { isStreamSocket } from '../model/c/socket-kind.js';
import { socketFacts } from '../model/c/socket-facts.js';
import { WAIT_CALLS } from '../model/c/socket-uses.js';
import type { SyntaxNode } from '../parse/syntax.js';
import { createRule, NO_OPTIONS } from './rule.js';
import { INTERRUPTED, intersects } from './shared/errno-families.js';
import { outcomeFacts } from './shared/outcome-facts.js';
import { eintrPaths, meansNotEintr, testsEintr } from './eintr-reconnect-utils/eintr-paths.js';
import { freshSocket, retryTarget } from './eintr-reconnect-utils/retry.js';

/**
 * connect(2), ERRORS: "[EINTR] The connection attempt was interrupted by the
 * delivery of a signal. The connection will be established in the background,
 * as in the case of EINPROGRESS." Calling connect again does not restart it: it
 * answers EALREADY (or EISCONN), which the retry then takes for a failure.
 */
export default createRule({
  meta: {
    id: 'eintr-reconnect',
    manpage: ['EINTR', 'EINPROGRESS', 'EALREADY', 'EISCONN'],
    description:
      'After EINTR, wait for the connection in the background instead of calling connect again.',
    defaultSeverity: 'error',
    messages: {
      retried:
        'connect() is called again after EINTR, but the interrupted connection goes on in the background: the next call fails with EALREADY or EISCONN. Wait for writability and read SO_ERROR instead.',
      retryMacro:
        "'{{macro}}' calls connect() again after EINTR, but the interrupted connection goes on in the background: the next call fails with EALREADY or EISCONN.",
    },
    ...NO_OPTIONS,
  },
  checks: {
    c({ model, report }) {
      for (const connect of model.connectCalls) {
        const at = { start: connect.name, end: connect.call };
        const macro = retryMacro(connect.call, model.errno.classifiers);
        if (macro) {
          report({ messageId: 'retryMacro', data: { macro }, ...at });
          continue;
        }
        const outcome = outcomeFacts(connect, model);
        if (!outcome || !intersects(outcome.errnos, INTERRUPTED)) continue;
        const { condition, failure, loop } = outcome.outcome;
        const around = innermostLoop(connect.call);
        // The connect must run again on EINTR: the loop's own test asks for EINTR,
        // or a path taken on EINTR goes back (continue, a jump back, or the end of
        // the loop body) instead of leaving.
        const targets = eintrPaths(outcome.outcome, model.errno)
          .map((path) => retryTarget(path, connect.call, around, model.noReturn))
          .filter((target) => target !== undefined);
        if (loop && testsEintr(condition, model.errno) && !meansNotEintr(condition, model.errno))
          targets.push(loop.startIndex);
        // `do { if (connect(...) == 0) return 0; err = errno; } while (err == EINTR);`:
        // the loop around the connect goes round on EINTR, and the failure path stays in it.
        const roundCondition = around?.childForFieldName('condition');
        if (
          around &&
          roundCondition &&
          around !== loop &&
          testsEintr(roundCondition, model.errno) &&
          !meansNotEintr(roundCondition, model.errno) &&
          !failure.some((statement) => alwaysExits(statement, model.noReturn))
        )
          targets.push(around.startIndex);
        if (targets.length === 0) continue;
        // A datagram connect only sets the peer: it never blocks, and may run again.
        const facts = socketFacts(connect, model);
        if (!isStreamSocket(facts, connect, model)) continue;
        // A new socket before the connect runs again is a fresh start, not a restart.
        const creation = facts.creation?.call;
        const key = connect.socket.text;
        if (
          targets.every((target) =>
            freshSocket(failure, key, creation, connect.call, target, model.noReturn),
          )
        )
          continue;
        // `if (errno == EINTR || errno == EINPROGRESS) poll(...)`: waiting is the right answer.
        if (failure.some((statement) => callsAny(statement, WAIT_CALLS))) continue;
        report({ messageId: 'retried', ...at });
      }
    },
  },
});

/** `TEMP_FAILURE_RETRY(connect(...))`, or a macro of the file that loops on EINTR. */
function retryMacro(
  call: SyntaxNode,
  classifiers: ReadonlyMap<string, ReadonlySet<string>>,
): string | undefined {
  let node = call.parent;
  while (node && node.type === 'parenthesized_expression') node = node.parent;
  if (node?.type !== 'argument_list') return undefined;
  const name = node.parent?.childForFieldName('function')?.text;
  if (!name) return undefined;
  if (name === 'TEMP_FAILURE_RETRY' || name === 'HANDLE_EINTR') return name;
  return classifiers.get(name)?.has('EINTR') && /RETRY|EINTR|RESTART/i.test(name)
    ? name
    : undefined;
}

/** The innermost loop around `node` in its function. */
function innermostLoop(node: SyntaxNode): SyntaxNode | undefined {
  for (const ancestor of ancestors(node)) if (LOOP_TYPES.has(ancestor.type)) return ancestor;
  return undefined;
}

function callsAny(node: SyntaxNode, names: ReadonlySet<string>): boolean {
  let found = false;
  walk(node, (inner) => {
    if (found) return false;
    if (
      inner.type === 'call_expression' &&
      names.has(inner.childForFieldName('function')?.text ?? '')
    )
      found = true;
  });
  return found;
}
