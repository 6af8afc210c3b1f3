import type { ParseOptions } from './partial-parse.js';
/**
 * The slice of the tree-sitter API the engine uses. Both backends (the native
 * `tree-sitter` binding and `web-tree-sitter`) satisfy it structurally, so nothing
 * above `parse/` knows which one is running.
 *
 * Offsets (`startIndex`, `endIndex`) are UTF-16 code-unit indices into the JS
 * string that was parsed: both bindings feed tree-sitter UTF-16.
 */
export interface Point {
  row: number;
  column: number;
}

export interface SyntaxNode {
  readonly id: number;
  readonly type: string;
  readonly text: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: Point;
  readonly endPosition: Point;
  readonly parent: SyntaxNode | null;
  readonly childCount: number;
  readonly namedChildCount: number;
  /** All named children at once: one crossing into the parser instead of one per child. */
  readonly namedChildren: (SyntaxNode | null)[];
  readonly isNamed: boolean;
  readonly isMissing: boolean;
  readonly hasError: boolean;
  readonly previousNamedSibling: SyntaxNode | null;
  readonly nextNamedSibling: SyntaxNode | null;
  child(index: number): SyntaxNode | null;
  namedChild(index: number): SyntaxNode | null;
  childForFieldName(name: string): SyntaxNode | null;
  descendantsOfType(types: string | string[]): (SyntaxNode | null)[];
  /** The smallest node that spans [start, end]. */
  descendantForIndex(start: number, end?: number): SyntaxNode;
  /** The smallest named node that spans [start, end]. */
  namedDescendantForIndex(start: number, end?: number): SyntaxNode;
  /**
   * The first child that ends after `index`: one step down towards the node there. Going
   * down from the root finds all of a node's ancestors for the cost of one `parent`
   * (tree-sitter finds a parent by descending from the root). (`childWithDescendant`
   * would say it better, but the native binding 0.25.1 crashes in it.)
   */
  firstChildForIndex(index: number): SyntaxNode | null;
}

export interface InputEdit {
  startIndex: number;
  oldEndIndex: number;
  newEndIndex: number;
  startPosition: Point;
  oldEndPosition: Point;
  newEndPosition: Point;
}

export interface SyntaxTree {
  readonly rootNode: SyntaxNode;
  edit(edit: InputEdit): void;
}

export interface QueryCapture {
  name: string;
  node: SyntaxNode;
}

export interface QueryMatch {
  captures: QueryCapture[];
}

export interface CompiledQuery {
  matches(node: SyntaxNode): QueryMatch[];
}

/** A parser backend: one per process, one parser per language, reused. */
export interface ParserBackend {
  readonly name: 'native' | 'wasm';
  /** `options.skip`: what the parse may leave out (a backend may read it all: see `skippedSpans`). */
  parse(languageId: string, text: string, oldTree?: SyntaxTree, options?: ParseOptions): SyntaxTree;
  query(languageId: string, source: string): CompiledQuery;
}
