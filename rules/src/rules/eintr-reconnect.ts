import { alwaysExits, NO_RETURN_FUNCTIONS, outermostLoop, walk } from '../model/c/ast.js';
import { errnoConstantsIn } from '../model/c/errno-vocabulary.js';
import type { CFileModel } from '../model/c/types.js';
import { WAIT_CALLS } from '../model/c/socket-uses.js';
import type { SyntaxNode } from '../parse/syntax.js';
import { createRule } from './rule.js';
import { INTERRUPTED, intersects } from './shared/errno-families.js';
import { outcomeFacts } from './shared/outcome-facts.js';

/**
 * connect(2), ERRORS: "[EINTR] The connection attempt was interrupted by the
 * delivery of a signal. The connection will be established in the background,
 * as in the case of EINPROGRESS." Calling connect again does not restart it: it
 * answers EALREADY (or EISCONN), which the retry then takes for a failure.
 */
export default createRule<Record<string, never>>({
  meta: {
    id: 'eintr-reconnect',
    languages: ['c'],
    description: 'After EINTR, wait for the connection in the background instead of calling connect again.',
    defaultSeverity: 'error',
    messages: {
      retried:
        'connect() is called again after EINTR, but the interrupted connection goes on in the background: the next call fails with EALREADY or EISCONN. Wait for writability and read SO_ERROR instead.',
      retryMacro:
        "'{{macro}}' calls connect() again after EINTR, but the interrupted connection goes on in the background: the next call fails with EALREADY or EISCONN.",
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  check({ model, report }) {
    for (const connect of model.connectCalls) {
      const at = { start: connect.name, end: connect.call };
      const macro = retryMacro(connect.call, model.errno.classifiers);
      if (macro) {
        report({ messageId: 'retryMacro', data: { macro }, ...at });
        continue;
      }
      const outcome = outcomeFacts(connect, model.errno);
      if (!outcome || !intersects(outcome.errnos, INTERRUPTED)) continue;
      // The connect must run again on EINTR: the loop's own test asks for EINTR,
      // or the branch that tests EINTR goes round (continue, a jump back, or
      // falls through) inside a loop, instead of leaving.
      const loopTestsEintr =
        !!outcome.outcome.loop &&
        intersects(errnoConstantsIn(outcome.outcome.condition, model.errno), INTERRUPTED);
      const branchRetries = eintrBranches(outcome.outcome.failure, model).some(
        (branch) =>
          jumpsBack([branch], connect.call) ||
          (!!outermostLoop(connect.call) && (continues(branch) || !alwaysExits(branch, NO_RETURN_FUNCTIONS))),
      );
      if (!loopTestsEintr && !branchRetries) continue;
      // `if (errno == EINTR || errno == EINPROGRESS) poll(...)`: waiting is the right answer.
      if (outcome.outcome.failure.some((statement) => callsAny(statement, WAIT_CALLS))) continue;
      report({ messageId: 'retried', ...at });
    }
  },
});

/** `TEMP_FAILURE_RETRY(connect(...))`, or a macro of the file that loops on EINTR. */
function retryMacro(call: SyntaxNode, classifiers: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  let node = call.parent;
  while (node && node.type === 'parenthesized_expression') node = node.parent;
  if (node?.type !== 'argument_list') return undefined;
  const name = node.parent?.childForFieldName('function')?.text;
  if (!name) return undefined;
  if (name === 'TEMP_FAILURE_RETRY' || name === 'HANDLE_EINTR') return name;
  return classifiers.get(name)?.has('EINTR') && /RETRY|EINTR|RESTART/i.test(name) ? name : undefined;
}

/** The branches taken when errno is EINTR: `if (errno == EINTR) <branch>`. */
function eintrBranches(failure: readonly SyntaxNode[], model: CFileModel): SyntaxNode[] {
  const branches: SyntaxNode[] = [];
  for (const statement of failure) {
    walk(statement, (node) => {
      if (node.type !== 'if_statement') return;
      const condition = node.childForFieldName('condition');
      const consequence = node.childForFieldName('consequence');
      if (condition && consequence && intersects(errnoConstantsIn(condition, model.errno), INTERRUPTED)) {
        branches.push(consequence);
      }
    });
  }
  return branches;
}

function continues(branch: SyntaxNode): boolean {
  let found = false;
  walk(branch, (node) => {
    if (node.type === 'continue_statement') found = true;
  });
  return found;
}

function jumpsBack(failure: readonly SyntaxNode[], call: SyntaxNode): boolean {
  const labels = new Set<string>();
  for (const statement of failure) {
    walk(statement, (node) => {
      if (node.type === 'goto_statement') labels.add(node.childForFieldName('label')?.text ?? '');
    });
  }
  if (labels.size === 0) return false;
  let fn: SyntaxNode | null = call;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  let back = false;
  if (fn) {
    walk(fn, (node) => {
      if (node.type === 'labeled_statement' && node.startIndex < call.startIndex) {
        if (labels.has(node.childForFieldName('label')?.text ?? '')) back = true;
      }
    });
  }
  return back;
}

function callsAny(node: SyntaxNode, names: ReadonlySet<string>): boolean {
  let found = false;
  walk(node, (inner) => {
    if (found) return false;
    if (inner.type === 'call_expression' && names.has(inner.childForFieldName('function')?.text ?? '')) found = true;
  });
  return found;
}
