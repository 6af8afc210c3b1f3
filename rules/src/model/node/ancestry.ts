import type { SyntaxNode } from '../../parse/syntax.js';
import { FUNCTION_TYPES } from './scopes.js';

/** A node with its id, read once (each property of a node is a call into the parser). */
interface Known {
  node: SyntaxNode;
  id: number;
}

/**
 * The parents of the file's nodes, and the functions and class bodies around them.
 * tree-sitter finds a node's parent by descending from the root, so a climb with
 * `parent` costs a descent per step: a climb to the function or class around a node
 * is done here in one descent from the root (`firstChildForIndex`), which also keeps
 * the parent of every node on the way; a single step up asks the parser once. Either
 * is kept, by node id, for every later question. (Listing every function of the file
 * instead costs a walk of the whole tree.)
 */
export class Ancestry {
  /** By node id: its parent (null for the root). */
  private readonly parents = new Map<number, Known | null>();

  constructor(private readonly root: SyntaxNode) {}

  /** The node's parent (null for the root). */
  parentOf(node: SyntaxNode): SyntaxNode | null {
    const id = node.id;
    let known = this.parents.get(id);
    if (known === undefined) {
      const parent = node.parent;
      known = parent ? { node: parent, id: parent.id } : null;
      this.parents.set(id, known);
    }
    return known?.node ?? null;
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

  /** The nearest ancestor of a wanted type: up through what is known, then down from the root. */
  private nearest(node: SyntaxNode, wanted: (type: string) => boolean): SyntaxNode | undefined {
    const id = node.id;
    if (!this.chainKnown(id)) this.descend(node, id);
    for (let up = this.parents.get(id); up; up = this.parents.get(up.id))
      if (wanted(up.node.type)) return up.node;
    return undefined;
  }

  /** Is every ancestor of the node known (up to the root)? */
  private chainKnown(id: number): boolean {
    for (let up = this.parents.get(id); up !== undefined; up = this.parents.get(up.id))
      if (up === null) return true;
    return false;
  }

  /** From the root down to `node`, keeping each step's parent. */
  private descend(node: SyntaxNode, id: number): void {
    const start = node.startIndex;
    const end = node.endIndex;
    let above: Known | null = null;
    for (let current: SyntaxNode | null = this.root; current;) {
      const here: Known = { node: current, id: current.id };
      if (!this.parents.has(here.id)) this.parents.set(here.id, above);
      if (here.id === id) return;
      above = here;
      const next: SyntaxNode | null = current.firstChildForIndex(start);
      // Not on the way to the node (a zero-width node, say): climb with the parser instead.
      if (!next || next.startIndex > start || next.endIndex < end) break;
      current = next;
    }
    for (let current: SyntaxNode = node; ;) {
      const parent = this.parentOf(current);
      if (!parent) return;
      current = parent;
    }
  }
}
