import type { SyntaxNode } from '../../parse/syntax.js';
import { FUNCTION_TYPES } from './scopes.js';

/**
 * The parents of the file's nodes, and the functions and class bodies around them.
 * tree-sitter finds a node's parent by descending from the root, so a climb with
 * `parent` costs a descent per step: the first climb from a node to the function or
 * class around it is done here in one descent from the root (`firstChildForIndex`),
 * which links every node on the way to its parent; a single step up asks the parser
 * once. Both are kept with the node objects, so that climbing again from any of them
 * asks the parser nothing. (Listing every function of the file instead costs a walk of
 * the whole tree; a node's `id` is a call into the parser too.)
 */
export class Ancestry {
  private readonly parents = new WeakMap<SyntaxNode, SyntaxNode | null>();
  /** Nodes whose ancestors are all linked, up to the root. */
  private readonly linked = new WeakSet<SyntaxNode>();

  constructor(private readonly root: SyntaxNode) {}

  /** The node's parent (null for the root). */
  parentOf(node: SyntaxNode): SyntaxNode | null {
    let parent = this.parents.get(node);
    if (parent === undefined) {
      parent = node.parent;
      this.parents.set(node, parent);
    }
    return parent;
  }

  /** The node's ancestors, the nearest first. */
  *ancestors(node: SyntaxNode): Generator<SyntaxNode> {
    if (!this.linked.has(node)) this.descend(node);
    for (let up = this.parentOf(node); up; up = this.parentOf(up)) yield up;
  }

  /** The function the node is in (not the node itself), or undefined at top level. */
  functionOf(node: SyntaxNode): SyntaxNode | undefined {
    for (const ancestor of this.ancestors(node))
      if (FUNCTION_TYPES.has(ancestor.type)) return ancestor;
    return undefined;
  }

  /** The class body the node is in. */
  classBodyOf(node: SyntaxNode): SyntaxNode | undefined {
    for (const ancestor of this.ancestors(node))
      if (ancestor.type === 'class_body') return ancestor;
    return undefined;
  }

  /** The body the node's names are visible in: its function's body, or the program. */
  scopeOf(node: SyntaxNode): SyntaxNode {
    const fn = this.functionOf(node);
    return fn ? (fn.childForFieldName('body') ?? fn) : this.root;
  }

  /** From the root down to `node`, linking each node on the way to its parent. */
  private descend(node: SyntaxNode): void {
    const start = node.startIndex;
    const end = node.endIndex;
    const type = node.type;
    const chain: SyntaxNode[] = [];
    for (let current: SyntaxNode | null = this.root; current;) {
      chain.push(current);
      const next: SyntaxNode | null = current.firstChildForIndex(start);
      // Not on the way to the node (a zero-width node, say): the parser climbs instead.
      if (!next || next.startIndex > start || next.endIndex < end) return;
      if (next.startIndex === start && next.endIndex === end && next.type === type) break;
      current = next;
    }
    this.parents.set(this.root, null);
    for (let i = 1; i < chain.length; i++) {
      const here = chain[i] as SyntaxNode;
      this.parents.set(here, chain[i - 1] ?? null);
      this.linked.add(here);
    }
    this.parents.set(node, chain[chain.length - 1] ?? null);
    this.linked.add(node);
  }
}
