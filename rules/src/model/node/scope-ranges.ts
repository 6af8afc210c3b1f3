import type { SyntaxNode } from '../../parse/syntax.js';
import { FUNCTION_TYPES } from './scopes.js';

/**
 * The functions and class bodies around a node, from its ancestors found by going down
 * from the root (`childWithDescendant`), kept per node. Climbing with `parent` costs a
 * descent from the root per step in tree-sitter, and listing every function of a file
 * costs a walk of the whole tree: either made the climbs from a few dozen mentions in a
 * big class cost more than its parse.
 */
export class ScopeRanges {
  private readonly known = new Map<string, SyntaxNode[]>();

  constructor(private readonly root: SyntaxNode) {}

  /** The node's ancestors, the root first (the node itself left out). */
  ancestors(node: SyntaxNode): SyntaxNode[] {
    const key = `${node.startIndex}:${node.endIndex}:${node.type}`;
    let chain = this.known.get(key);
    if (chain) return chain;
    chain = [];
    const id = node.id;
    for (
      let current: SyntaxNode | null = this.root;
      current && current.id !== id && chain.length < 10_000;
      current = current.childWithDescendant(node)
    )
      chain.push(current);
    this.known.set(key, chain);
    return chain;
  }

  /** The function the node is in (not the node itself), or undefined at top level. */
  functionOf(node: SyntaxNode): SyntaxNode | undefined {
    return this.nearest(node, (type) => FUNCTION_TYPES.has(type));
  }

  /** The class body the node is in. */
  classBodyOf(node: SyntaxNode): SyntaxNode | undefined {
    return this.nearest(node, (type) => type === 'class_body');
  }

  /** The body the node's names are visible in: its function's body, or the program. */
  scopeOf(node: SyntaxNode): SyntaxNode {
    const fn = this.functionOf(node);
    return fn ? (fn.childForFieldName('body') ?? fn) : this.root;
  }

  private nearest(node: SyntaxNode, wanted: (type: string) => boolean): SyntaxNode | undefined {
    const chain = this.ancestors(node);
    for (let i = chain.length - 1; i >= 0; i--) {
      const ancestor = chain[i];
      if (ancestor && wanted(ancestor.type)) return ancestor;
    }
    return undefined;
  }
}
