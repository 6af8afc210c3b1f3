import type { SyntaxNode } from '../../parse/syntax.js';
import { walk } from './ast.js';
import { memberDeclarations } from './cpp-classes.js';

/** What a declaration says of a name: `struct sockaddr_in *sin` → type `struct sockaddr_in`, pointer. */
export interface Declared {
  /** The type as written, whitespace collapsed: `struct sockaddr_in`, `SOCKADDR_IN`. */
  type: string;
  pointer: boolean;
  array: boolean;
  node: SyntaxNode;
}

/**
 * The declaration of `name` visible in `fn` (its parameters and body, the last
 * one before `before`), or at file scope.
 */
export function declarationOf(name: string, fn: SyntaxNode, before: number): Declared | undefined {
  let found: Declared | undefined;
  const consider = (declaration: SyntaxNode) => {
    const type = declaration.childForFieldName('type')?.text.replace(/\s+/g, ' ');
    if (!type) return;
    for (let i = 0; i < declaration.namedChildCount; i++) {
      const child = declaration.namedChild(i);
      if (!child || child.startIndex === declaration.childForFieldName('type')?.startIndex)
        continue;
      const shape = declaratorShape(child, name);
      if (shape) found = { type, ...shape, node: declaration };
    }
  };
  walk(fn, (node) => {
    if (node.startIndex > before) return false;
    if (node.type === 'declaration' || node.type === 'parameter_declaration') consider(node);
  });
  if (found) return found;
  // A C++ method's data members: `sizeof(addr_)`, `&addr_`.
  for (const member of memberDeclarations(fn)) consider(member);
  if (found) return found;
  let root: SyntaxNode | null = fn;
  while (root?.parent) root = root.parent;
  for (let i = 0; root && i < root.namedChildCount; i++) {
    const child = root.namedChild(i);
    if (child?.type === 'declaration' && child.startIndex < before) consider(child);
  }
  return found;
}

/** If `declarator` declares `name`, is it a pointer or an array? */
function declaratorShape(
  declarator: SyntaxNode,
  name: string,
): { pointer: boolean; array: boolean } | undefined {
  let pointer = false;
  let array = false;
  let current: SyntaxNode | null = declarator;
  while (current) {
    switch (current.type) {
      case 'identifier':
      case 'field_identifier':
        return current.text === name ? { pointer, array } : undefined;
      case 'pointer_declarator':
        pointer = true;
        break;
      case 'array_declarator':
        array = true;
        break;
      case 'init_declarator':
      case 'parenthesized_declarator':
      case 'reference_declarator':
        break;
      default:
        return undefined;
    }
    current =
      current.childForFieldName('declarator') ??
      (current.type === 'parenthesized_declarator' || current.type === 'reference_declarator'
        ? current.namedChild(0)
        : null);
  }
  return undefined;
}

/** The sockaddr struct a type names: `struct sockaddr_in6` → `sockaddr_in6`; typedefs by their usual names. */
export function sockaddrKind(type: string): string | undefined {
  // C++ (and C with a typedef of the same name) may leave out `struct`.
  const match =
    /^(?:const\s+)?(?:struct\s+)?(?:::)?(sockaddr(?:_in6?|_un|_storage|_dl|_ll|_nl)?)\b/.exec(
      type,
    ) ?? /\bstruct\s+(sockaddr(?:_in6?|_un|_storage|_dl|_ll|_nl)?)\b/.exec(type);
  if (match) return match[1];
  const typedefs: Record<string, string> = {
    SOCKADDR: 'sockaddr',
    SOCKADDR_IN: 'sockaddr_in',
    SOCKADDR_IN6: 'sockaddr_in6',
    SOCKADDR_STORAGE: 'sockaddr_storage',
    SOCKADDR_UN: 'sockaddr_un',
  };
  return typedefs[type.replace(/^const\s+/, '').trim()];
}
