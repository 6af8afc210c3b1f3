import type { Point, SyntaxNode } from './syntax.js';

/**
 * A node of a tree known by its type and span — a query's capture carried over
 * from the previous version of the tree (`model/c/requery.ts`) — found in the
 * tree only when something asks more than its span, type or text. Most of a
 * long function's captures are read for their span and text alone (a call's
 * name, where it is); finding each in the tree would cost about what the query
 * over the whole function does.
 */
export class CarriedNode implements SyntaxNode {
  private found: SyntaxNode | undefined;

  constructor(
    /** The node of the tree under which it is (the function's body). */
    private readonly within: SyntaxNode,
    /** The text the tree was parsed from (`root.text`). */
    private readonly source: string,
    readonly type: string,
    readonly startIndex: number,
    readonly endIndex: number,
  ) {}

  /** The tree's node: the smallest named node over the span, or the ancestor over the same span with the type. */
  node(): SyntaxNode {
    if (this.found) return this.found;
    let node: SyntaxNode | null = this.within.namedDescendantForIndex(
      this.startIndex,
      this.endIndex,
    );
    while (
      node &&
      node.type !== this.type &&
      node.startIndex === this.startIndex &&
      node.endIndex === this.endIndex
    )
      node = node.parent;
    if (
      !node ||
      node.type !== this.type ||
      node.startIndex !== this.startIndex ||
      node.endIndex !== this.endIndex
    )
      throw new Error(`no ${this.type} at ${this.startIndex}-${this.endIndex}`);
    return (this.found = node);
  }

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }
  get id(): number {
    return this.node().id;
  }
  get startPosition(): Point {
    return this.node().startPosition;
  }
  get endPosition(): Point {
    return this.node().endPosition;
  }
  get parent(): SyntaxNode | null {
    return this.node().parent;
  }
  get childCount(): number {
    return this.node().childCount;
  }
  get namedChildCount(): number {
    return this.node().namedChildCount;
  }
  get namedChildren(): (SyntaxNode | null)[] {
    return this.node().namedChildren;
  }
  get isNamed(): boolean {
    return this.node().isNamed;
  }
  get isMissing(): boolean {
    return this.node().isMissing;
  }
  get hasError(): boolean {
    return this.node().hasError;
  }
  get previousNamedSibling(): SyntaxNode | null {
    return this.node().previousNamedSibling;
  }
  get nextNamedSibling(): SyntaxNode | null {
    return this.node().nextNamedSibling;
  }
  child(index: number): SyntaxNode | null {
    return this.node().child(index);
  }
  namedChild(index: number): SyntaxNode | null {
    return this.node().namedChild(index);
  }
  childForFieldName(name: string): SyntaxNode | null {
    return this.node().childForFieldName(name);
  }
  descendantsOfType(types: string | string[]): (SyntaxNode | null)[] {
    return this.node().descendantsOfType(types);
  }
  descendantForIndex(start: number, end?: number): SyntaxNode {
    return this.node().descendantForIndex(start, end);
  }
  namedDescendantForIndex(start: number, end?: number): SyntaxNode {
    return this.node().namedDescendantForIndex(start, end);
  }
  firstChildForIndex(index: number): SyntaxNode | null {
    return this.node().firstChildForIndex(index);
  }
}
