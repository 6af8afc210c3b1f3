import type { SyntaxNode } from '../../parse/syntax.js';

/** The declarations, assignments and classes the Node model reads. */
const TYPES = [
  'variable_declarator',
  'assignment_expression',
  'function_declaration',
  'class_declaration',
  'class',
] as const;
export type FileNodeType = (typeof TYPES)[number];

/**
 * The file's nodes of the few types the model's tables are built from, gathered in one
 * native call: a call per type and per function cost as much as the parse (measured on
 * the npm corpus: `descendantsOfType` was half the analysis).
 */
export class FileNodes {
  private readonly byType = new Map<string, SyntaxNode[]>();

  constructor(root: SyntaxNode) {
    for (const type of TYPES) this.byType.set(type, []);
    for (const node of root.descendantsOfType([...TYPES]))
      if (node) this.byType.get(node.type)?.push(node);
  }

  /** The nodes of these types, in source order. */
  of(...types: FileNodeType[]): SyntaxNode[] {
    if (types.length === 1) return this.byType.get(types[0] as string) ?? [];
    return types
      .flatMap((type) => this.byType.get(type) ?? [])
      .sort((a, b) => a.startIndex - b.startIndex);
  }
}
