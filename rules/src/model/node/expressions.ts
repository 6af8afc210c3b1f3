import type { SyntaxNode } from '../../parse/syntax.js';

/** Wrappers that hand on their operand's value unchanged. */
const TRANSPARENT = new Set([
  'parenthesized_expression',
  'non_null_expression',
  'as_expression',
  'satisfies_expression',
  'type_assertion',
  'await_expression',
]);

/**
 * The expression a value comes from, past parentheses, TypeScript's assertions and
 * compiled output's `(0, net_1.connect)` (a sequence's value is its last expression).
 */
export function unwrapExpression(node: SyntaxNode): SyntaxNode {
  let current = node;
  for (let depth = 0; depth < 64; depth++) {
    if (current.type === 'sequence_expression') {
      const last = current.namedChild(current.namedChildCount - 1);
      if (!last) return current;
      current = last;
    } else if (TRANSPARENT.has(current.type)) {
      // `x as T`, `<T>x`: the value is the first named child that is not a type.
      const inner = current.namedChildren.find((child) => !!child && !/type/.test(child.type));
      if (!inner) return current;
      current = inner;
    } else return current;
  }
  return current;
}

/** Does a parent of this type hand its child's value on unchanged (`(s)`, `s!`, `await s`)? */
export function isTransparent(type: string): boolean {
  return TRANSPARENT.has(type);
}
