import type { SyntaxNode } from './syntax.js';

/** Tree helpers every front end uses (C, TypeScript, JavaScript). Walks are iterative. */

/** The same node, compared by span and type (node objects are not reused by the bindings). */
export function sameNode(a: SyntaxNode | null | undefined, b: SyntaxNode | null | undefined) {
  return (
    !!a && !!b && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type
  );
}

/** Iterative pre-order walk; `visit` returns false to skip a subtree. */
export function walk(root: SyntaxNode, visit: (node: SyntaxNode) => boolean | void): void {
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as SyntaxNode;
    if (visit(node) === false) continue;
    const children = node.namedChildren;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
}

const argumentsOf = new WeakMap<SyntaxNode, SyntaxNode[]>();

/**
 * A call's (or a `new`'s) arguments, comments left out. Kept per node object:
 * the model and several rules ask for the same calls' arguments.
 */
export function callArguments(call: SyntaxNode): SyntaxNode[] {
  const known = argumentsOf.get(call);
  if (known) return known;
  const list = call.childForFieldName('arguments');
  const args: SyntaxNode[] = [];
  for (const arg of list?.namedChildren ?? []) {
    if (arg && arg.type !== 'comment') args.push(arg);
  }
  argumentsOf.set(call, args);
  return args;
}

/** Is `inner` within `outer` (or the same span)? */
export function encloses(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}
