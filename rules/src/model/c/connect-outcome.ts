import type { SyntaxNode } from '../../parse/syntax.js';
import { alwaysExits, NO_RETURN_FUNCTIONS, sameNode, unwrapParens, walk } from './ast.js';
import type { ResultUse } from './result-use.js';

/**
 * Where the code decides that a connect failed, and what it does then.
 *
 *   if (connect(...) < 0) { FAILURE }             if (connect(...) == 0) {...} else { FAILURE }
 *   rc = connect(...); if (rc == -1 && errno != EINPROGRESS) goto FAILURE-label;
 *   while (connect(...) < 0) { FAILURE }          do { rc = connect(...); } while (rc < 0 && ...);
 *   if (connect(...) == 0) return fd;  FAILURE...  (the rest of the block)
 */
export interface ConnectOutcome {
  /** The if, loop or conditional that branches on the result. */
  test: SyntaxNode;
  condition: SyntaxNode;
  /** Statements (or expressions) run when connect failed, in order. */
  failure: SyntaxNode[];
  /** The test is a loop's condition: on failure the loop runs again. */
  loop?: SyntaxNode;
}

/** The outcome of the connect `call`, whose result use is `use`, in `body`. */
export function connectOutcome(
  call: SyntaxNode,
  use: ResultUse,
  body: SyntaxNode,
  noReturn: ReadonlySet<string> = NO_RETURN_FUNCTIONS,
): ConnectOutcome | undefined {
  if (use.kind === 'tested') {
    const test = enclosingTest(call);
    return test ? outcomeOf(test.node, test.condition, call, noReturn) : undefined;
  }
  if (use.kind === 'stored' && use.variable && use.store) {
    const found = firstTestOf(use.variable, use.store, body);
    return found ? outcomeOf(found.node, found.condition, found.read, noReturn) : undefined;
  }
  return undefined;
}

const TESTS = new Set([
  'if_statement',
  'while_statement',
  'do_statement',
  'for_statement',
  'conditional_expression',
]);

function enclosingTest(call: SyntaxNode): { node: SyntaxNode; condition: SyntaxNode } | undefined {
  let node = call;
  for (let parent = node.parent; parent; node = parent, parent = parent.parent) {
    if (TESTS.has(parent.type)) {
      const condition = parent.childForFieldName('condition');
      return condition && sameNode(condition, node) ? { node: parent, condition } : undefined;
    }
    if (/statement$|^compound/.test(parent.type)) return undefined;
  }
  return undefined;
}

/** The first test after `store` that reads `variable`. */
function firstTestOf(
  variable: string,
  store: SyntaxNode,
  body: SyntaxNode,
): { node: SyntaxNode; condition: SyntaxNode; read: SyntaxNode } | undefined {
  let found: { node: SyntaxNode; condition: SyntaxNode; read: SyntaxNode } | undefined;
  // A do-while whose body stores: the condition is after the store in the text.
  walk(body, (node) => {
    if (found) return false;
    if (node.endIndex <= store.endIndex && !TESTS.has(node.type)) return false;
    if (!TESTS.has(node.type)) return;
    const condition = node.childForFieldName('condition');
    if (!condition || condition.startIndex < store.endIndex) return;
    walk(condition, (inner) => {
      if (!found && inner.type === 'identifier' && inner.text === variable) {
        found = { node, condition, read: inner };
      }
    });
  });
  return found;
}

function outcomeOf(
  test: SyntaxNode,
  condition: SyntaxNode,
  result: SyntaxNode,
  noReturn: ReadonlySet<string>,
): ConnectOutcome {
  const failureWhenTrue = failsWhenTrue(result, condition);
  const loop = /while|for|do/.test(test.type) ? test : undefined;
  let failure: SyntaxNode[] = [];
  if (test.type === 'if_statement' || test.type === 'conditional_expression') {
    const consequence = test.childForFieldName('consequence');
    const alternative = test.childForFieldName('alternative');
    const otherwise = alternative?.type === 'else_clause' ? alternative.namedChild(0) : alternative;
    const branch = failureWhenTrue ? consequence : otherwise;
    if (branch) failure = [branch];
    // `if (connect(...) == 0) return fd;` then the rest of the block is the failure path.
    else if (!failureWhenTrue && alwaysExits(consequence, noReturn)) {
      failure = followingStatements(test);
    }
  } else if (loop && failureWhenTrue) {
    const loopBody = test.childForFieldName('body');
    if (loopBody) failure = [loopBody];
  }
  return { test, condition, failure, ...(loop ? { loop } : {}) };
}

/** The statements after `statement` in its block: the failure path of `if (ok) return;`. */
function followingStatements(statement: SyntaxNode): SyntaxNode[] {
  const following: SyntaxNode[] = [];
  for (let next = statement.nextNamedSibling; next; next = next.nextNamedSibling)
    following.push(next);
  return following;
}

/**
 * Does the condition hold when connect failed? connect returns 0 or -1, so
 * `r < 0`, `r == -1`, `r != 0` and plain `r` mean failure; `r == 0`, `r >= 0`,
 * `!r` mean success; `!` flips.
 */
export function failsWhenTrue(result: SyntaxNode, condition: SyntaxNode): boolean {
  let failure = true;
  let node = result;
  for (
    let parent = node.parent;
    parent && !sameNode(node, condition);
    node = parent, parent = parent.parent
  ) {
    if (parent.type === 'assignment_expression') continue;
    if (parent.type === 'unary_expression' && parent.childForFieldName('operator')?.text === '!') {
      failure = !failure;
      continue;
    }
    if (parent.type === 'binary_expression') {
      const operator = parent.childForFieldName('operator')?.text ?? '';
      if (operator === '&&' || operator === '||') continue;
      const other = sameNode(parent.childForFieldName('left'), node)
        ? parent.childForFieldName('right')
        : parent.childForFieldName('left');
      const value = other ? comparedValue(unwrapParens(other)) : undefined;
      const resultOnLeft = sameNode(parent.childForFieldName('left'), node);
      failure = comparisonMeansFailure(operator, value, resultOnLeft);
    }
  }
  return failure;
}

function comparedValue(node: SyntaxNode): number | undefined {
  const text = node.text.replace(/\s+/g, '');
  // Winsock's SOCKET_ERROR, and projects' own spellings of it (OpenLDAP's AC_SOCKET_ERROR).
  if (/(^|_)SOCKET_ERROR$/.test(text) || text === '-1') return -1;
  if (/^\d+$/.test(text)) return Number(text);
  return undefined;
}

function comparisonMeansFailure(
  operator: string,
  value: number | undefined,
  resultOnLeft: boolean,
): boolean {
  const flipped: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
  const op = resultOnLeft ? operator : (flipped[operator] ?? operator);
  if (value === undefined) return true;
  switch (op) {
    case '<':
      return value <= 0;
    case '<=':
      return value < 0;
    case '==':
      return value !== 0;
    case '!=':
      return value === 0;
    case '>=':
      return value > 0;
    case '>':
      return value >= 0;
    default:
      return true;
  }
}
