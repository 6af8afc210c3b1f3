import type { SyntaxNode } from '../../parse/syntax.js';

/**
 * Did tree-sitter misparse the code around this node? True when the node sits
 * in an ERROR node, or when the statement that holds it (the whole `if` or
 * loop, its test and its branches: what the rules read of a connect) has a
 * parse error. Macro-heavy code does this (a statement macro without its
 * semicolon, an attribute macro the grammar does not know); no finding should
 * rest on a tree that is not the code. Errors elsewhere in the function leave
 * the node alone.
 */
export function brokenAround(node: SyntaxNode): boolean {
  for (let up = node.parent; up && up.type !== 'function_definition'; up = up.parent) {
    if (up.type === 'ERROR') return true;
    const parent = up.parent?.type;
    if (parent === 'compound_statement' || parent === 'translation_unit') return up.hasError;
  }
  return false;
}
