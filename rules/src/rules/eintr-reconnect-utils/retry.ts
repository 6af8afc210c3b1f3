import { alwaysExits, encloses, LOOP_TYPES, walk } from '../../model/c/ast.js';
import { leavesAfter } from '../../model/c/leaves.js';
import type { SyntaxNode } from '../../parse/syntax.js';
import type { EintrPath } from './eintr-paths.js';

/**
 * Where control goes back to from this EINTR path, to run the connect again: a
 * label before it that a `goto` names, or the loop around it (reached by a
 * `continue` at any depth, or by the end of the path). Undefined when the path
 * leaves instead.
 */
export function retryTarget(
  { path, after }: EintrPath,
  call: SyntaxNode,
  loop: SyntaxNode | undefined,
  noReturn: ReadonlySet<string>,
): number | undefined {
  const label = labelJumpedTo(path, call);
  if (label !== undefined) return label;
  if (!loop) return undefined;
  if (path.some((node) => continuesLoop(node, call))) return loop.startIndex;
  // Falling off the end of the path: what follows it, up to the loop's end, decides.
  const last = path.at(-1);
  const leaves =
    path.some((node) => alwaysExits(node, noReturn)) ||
    after.some((node) => alwaysExits(node, noReturn)) ||
    (!!last && leavesAfter(last, loop, noReturn));
  return leaves ? undefined : loop.startIndex;
}

/**
 * Is the socket a new one when the connect runs again? It is when the failure
 * path stores a new descriptor in it (not `s = -1` on the way out: a store
 * followed by break or return never reaches the connect again), or when the
 * socket is created between the retry's target (the loop, the label) and the
 * connect.
 */
export function freshSocket(
  failure: readonly SyntaxNode[],
  key: string,
  creation: SyntaxNode | undefined,
  call: SyntaxNode,
  target: number,
  noReturn: ReadonlySet<string>,
): boolean {
  if (creation && creation.startIndex >= target && creation.startIndex < call.startIndex)
    return true;
  let fresh = false;
  for (const statement of failure) {
    walk(statement, (node) => {
      if (fresh) return false;
      if (node.type !== 'assignment_expression') return;
      if (node.childForFieldName('left')?.text !== key) return;
      const value = node.childForFieldName('right');
      if (!value || isNoSocket(value)) return;
      if (!leavesAfter(node, statement, noReturn)) fresh = true;
    });
  }
  return fresh;
}

/** `-1`, `INVALID_SOCKET`, `(int)-1`: the value a descriptor holds when there is none. */
function isNoSocket(value: SyntaxNode): boolean {
  const text = value.text.replace(/\s+/g, '').replace(/^\((int|SOCKET|evutil_socket_t)\)/, '');
  return (
    /^\(?-\d+\)?$/.test(text) || /^[A-Z_]*(INVALID|BAD|NO)_?[A-Z_]*(SOCKET|FD)[A-Z_]*$/.test(text)
  );
}

/** A `continue` of a loop that holds the connect (not of an inner loop). */
function continuesLoop(node: SyntaxNode, call: SyntaxNode): boolean {
  let found = false;
  walk(node, (inner) => {
    if (found) return false;
    if (inner.type !== 'continue_statement') return;
    for (let up = inner.parent; up; up = up.parent) {
      if (!LOOP_TYPES.has(up.type)) continue;
      found = encloses(up, call);
      break;
    }
  });
  return found;
}

/** The position of a label before the connect that a `goto` on the path names. */
function labelJumpedTo(path: readonly SyntaxNode[], call: SyntaxNode): number | undefined {
  const names = new Set<string>();
  for (const statement of path) {
    walk(statement, (node) => {
      if (node.type === 'goto_statement') names.add(node.childForFieldName('label')?.text ?? '');
    });
  }
  if (names.size === 0) return undefined;
  let fn: SyntaxNode | null = call;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  let at: number | undefined;
  if (fn) {
    walk(fn, (node) => {
      if (node.startIndex > call.startIndex) return false;
      if (
        node.type === 'labeled_statement' &&
        names.has(node.childForFieldName('label')?.text ?? '')
      )
        at = node.startIndex;
    });
  }
  return at;
}
