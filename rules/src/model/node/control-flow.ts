import type { SyntaxNode } from '../../parse/syntax.js';
import { encloses } from '../../parse/tree.js';
import { FUNCTION_TYPES } from './scopes.js';

/**
 * Can `later` run after `earlier` in one run of their function? False only when the
 * two sit in exclusive arms: the branches of an `if`/`else` or a `?:`, or two
 * different cases of a `switch` (TypeScript's and JavaScript's grammar: `switch_body`
 * holds `switch_case` and `switch_default`; a fall-through between cases is rare
 * enough to ignore). The C front end has its own, for its own grammar.
 */
export function mayFollow(
  earlier: SyntaxNode,
  later: SyntaxNode,
  parentOf: (node: SyntaxNode) => SyntaxNode | null = (node) => node.parent,
): boolean {
  let child = earlier;
  for (
    let parent = parentOf(earlier);
    parent && !FUNCTION_TYPES.has(parent.type);
    child = parent, parent = parentOf(parent)
  ) {
    if (!encloses(parent, later)) continue;
    // `parent` is the nearest construct holding both.
    if (
      parent.type === 'if_statement' ||
      parent.type === 'ternary_expression' ||
      parent.type === 'else_clause'
    ) {
      const condition = parent.childForFieldName('condition');
      if (condition && encloses(condition, earlier)) return true;
      return encloses(child, later);
    }
    if (parent.type === 'switch_body') {
      return !(
        (child.type === 'switch_case' || child.type === 'switch_default') &&
        !encloses(child, later)
      );
    }
    return true;
  }
  return true;
}
