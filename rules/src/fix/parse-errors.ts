import type { SyntaxNode, SyntaxTree } from '../parse/syntax.js';

/**
 * How many places of the tree did not parse: ERROR nodes and nodes the parser
 * had to invent (MISSING). A fix may not add one: its result must parse at
 * least as well as the text it changed. Only subtrees that hold an error are
 * walked, so a clean tree costs one check.
 */
export function parseErrors(tree: SyntaxTree): number {
  let count = 0;
  const stack: SyntaxNode[] = [tree.rootNode];
  while (stack.length > 0) {
    const node = stack.pop() as SyntaxNode;
    if (node.type === 'ERROR' || node.isMissing) count++;
    if (!node.hasError) continue;
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i);
      if (child && (child.hasError || child.isMissing)) stack.push(child);
    }
  }
  return count;
}
