import type { SyntaxNode } from '../../parse/syntax.js';
import { alwaysExits, encloses } from './ast.js';

/**
 * Does the statement always leave its loop or function (return, break, goto,
 * a noreturn call), as opposed to going round (`continue`)?
 */
export function leaves(
  statement: SyntaxNode | null,
  noReturn: ReadonlySet<string>,
  depth = 0,
): boolean {
  // Nesting deeper than any real code (a fuzzer's): say no, as alwaysExits does.
  if (!statement || depth > 500) return false;
  switch (statement.type) {
    case 'continue_statement':
      return false;
    case 'compound_statement':
      return statement.namedChildren.some((child) => leaves(child, noReturn, depth + 1));
    case 'if_statement': {
      const alternative = statement.childForFieldName('alternative');
      const otherwise =
        alternative?.type === 'else_clause' ? alternative.namedChild(0) : alternative;
      return (
        leaves(statement.childForFieldName('consequence'), noReturn, depth + 1) &&
        leaves(otherwise, noReturn, depth + 1)
      );
    }
    default:
      return alwaysExits(statement, noReturn);
  }
}

/**
 * Once `node` has run, does control always leave before the end of `within`?
 * True when a statement after it, in its block or in a block around it inside
 * `within`, always leaves: `close(s); s = -1; break;`.
 */
export function leavesAfter(
  node: SyntaxNode,
  within: SyntaxNode,
  noReturn: ReadonlySet<string>,
): boolean {
  for (let child = node, up = node.parent; up && encloses(within, up); child = up, up = up.parent) {
    if (up.type !== 'compound_statement' && up.type !== 'case_statement') continue;
    for (let next = child.nextNamedSibling; next; next = next.nextNamedSibling) {
      if (leaves(next, noReturn)) return true;
    }
  }
  return false;
}

/**
 * Does control always leave between `from` and `to` (a later node of the same
 * function)? True when, in a block around `from` that does not hold `to`, a
 * statement after `from` and before `to` always leaves: `{ close(fd); return 0; }`
 * then `if (errno == EINPROGRESS)` — the close cannot reach the read.
 */
export function leavesBetween(
  from: SyntaxNode,
  to: SyntaxNode,
  noReturn: ReadonlySet<string>,
): boolean {
  for (let child = from, up = from.parent; up && !encloses(up, to); child = up, up = up.parent) {
    if (up.type !== 'compound_statement' && up.type !== 'case_statement') continue;
    for (let next = child.nextNamedSibling; next; next = next.nextNamedSibling) {
      if (next.startIndex >= to.startIndex) break;
      if (leaves(next, noReturn)) return true;
    }
  }
  return false;
}
