import { alwaysExits, outermostLoop, walk } from '../model/c/ast.js';
import { errnoConstantsIn } from '../model/c/errno-vocabulary.js';
import type { CFileModel } from '../model/c/types.js';
import { WAIT_CALLS } from '../model/c/socket-uses.js';
import type { SyntaxNode } from '../parse/syntax.js';
import { createRule, NO_OPTIONS } from './rule.js';
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
    manpage: ['EINTR', 'EINPROGRESS', 'EALREADY', 'EISCONN'],
    languages: ['c'],
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
  check({ model, report }) {
    for (const connect of model.connectCalls) {
      const at = { start: connect.name, end: connect.call };
      const macro = retryMacro(connect.call, model.errno.classifiers);
      if (macro) {
        report({ messageId: 'retryMacro', data: { macro }, ...at });
        continue;
      }
      const outcome = outcomeFacts(connect, model);
      if (!outcome || !intersects(outcome.errnos, INTERRUPTED)) continue;
      // The connect must run again on EINTR: the loop's own test asks for EINTR,
      // or the branch that tests EINTR goes round (continue, a jump back, or
      // falls through) inside a loop, instead of leaving.
      const loopTestsEintr =
        !!outcome.outcome.loop &&
        intersects(errnoConstantsIn(outcome.outcome.condition, model.errno), INTERRUPTED);
      const inLoop = !!outermostLoop(connect.call);
      const branchRetries = eintrPaths(outcome.outcome.failure, model).some(
        ({ path, after }) =>
          jumpsBack(path, connect.call) ||
          (inLoop &&
            (path.some(continues) ||
              (!path.some((node) => alwaysExits(node, model.noReturn)) &&
                !after.some((node) => alwaysExits(node, model.noReturn))))),
      );
      if (!loopTestsEintr && !branchRetries) continue;
      // A new socket on the EINTR path is a fresh start, not a restart.
      if (outcome.outcome.failure.some((statement) => assigns(statement, connect.socket.text)))
        continue;
      // `if (errno == EINTR || errno == EINPROGRESS) poll(...)`: waiting is the right answer.
      if (outcome.outcome.failure.some((statement) => callsAny(statement, WAIT_CALLS))) continue;
      report({ messageId: 'retried', ...at });
    }
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

/**
 * The code that runs when errno is EINTR, and the statements after it in its
 * block: `if (errno == EINTR) <path>`, `if (errno != EINTR) return; <path...>`,
 * `case EINTR: <path>`.
 */
function eintrPaths(
  failure: readonly SyntaxNode[],
  model: CFileModel,
): { path: SyntaxNode[]; after: SyntaxNode[] }[] {
  const paths: { path: SyntaxNode[]; after: SyntaxNode[] }[] = [];
  const following = (node: SyntaxNode) => {
    const rest: SyntaxNode[] = [];
    for (let next = node.nextNamedSibling; next; next = next.nextNamedSibling) rest.push(next);
    return rest;
  };
  for (const statement of failure) {
    walk(statement, (node) => {
      if (node.type === 'case_statement') {
        const value = node.childForFieldName('value');
        if (value && INTERRUPTED.has(value.text)) {
          const body: SyntaxNode[] = [];
          for (let i = 0; i < node.namedChildCount; i++) {
            const child = node.namedChild(i);
            if (child && child.startIndex !== value.startIndex) body.push(child);
          }
          paths.push({ path: body, after: [] });
        }
        return;
      }
      if (node.type !== 'if_statement') return;
      const condition = node.childForFieldName('condition');
      if (!condition || !intersects(errnoConstantsIn(condition, model.errno), INTERRUPTED)) return;
      const consequence = node.childForFieldName('consequence');
      const alternative = node.childForFieldName('alternative');
      const otherwise =
        alternative?.type === 'else_clause' ? alternative.namedChild(0) : alternative;
      if (!meansNotEintr(condition)) {
        if (consequence) paths.push({ path: [consequence], after: following(node) });
      } else if (otherwise) {
        paths.push({ path: [otherwise], after: following(node) });
      } else {
        paths.push({ path: following(node), after: [] });
      }
    });
  }
  return paths;
}

/** `errno != EINTR` (or `!(errno == EINTR)`): the condition holds when errno is not EINTR. */
function meansNotEintr(condition: SyntaxNode): boolean {
  let negative = false;
  walk(condition, (node) => {
    if (node.type !== 'binary_expression') return;
    const right = node.childForFieldName('right')?.text ?? '';
    const left = node.childForFieldName('left')?.text ?? '';
    if (!INTERRUPTED.has(right) && !INTERRUPTED.has(left)) return;
    let not = node.childForFieldName('operator')?.text === '!=';
    for (
      let up = node.parent;
      up && up.startIndex >= condition.startIndex && up !== condition;
      up = up.parent
    ) {
      if (up.type === 'unary_expression' && up.childForFieldName('operator')?.text === '!')
        not = !not;
      if (up.startIndex === condition.startIndex && up.endIndex === condition.endIndex) break;
    }
    negative = not;
  });
  return negative;
}

function assigns(node: SyntaxNode, key: string): boolean {
  let found = false;
  walk(node, (inner) => {
    if (inner.type === 'assignment_expression' && inner.childForFieldName('left')?.text === key)
      found = true;
  });
  return found;
}

function continues(branch: SyntaxNode): boolean {
  if (branch.type === 'continue_statement') return true;
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
    if (
      inner.type === 'call_expression' &&
      names.has(inner.childForFieldName('function')?.text ?? '')
    )
      found = true;
  });
  return found;
}
