import type { SyntaxNode } from '../../parse/syntax.js';
import type { FunctionModel } from './types.js';
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
export function declarationOf(
  name: string,
  fn: Pick<FunctionModel, 'node' | 'declarations'>,
  before: number,
): Declared | undefined {
  let found: Declared | undefined;
  for (const entry of fn.declarations.get(name) ?? []) {
    if (entry.start > before) break;
    found = entry.declared;
  }
  if (found) return found;
  const consider = (declaration: SyntaxNode) => {
    for (const entry of declared(declaration)) if (entry.name === name) found = entry.declared;
  };
  // A C++ method's data members: `sizeof(addr_)`, `&addr_`.
  for (const member of memberDeclarations(fn.node)) consider(member);
  if (found) return found;
  let root: SyntaxNode | null = fn.node;
  while (root?.parent) root = root.parent;
  for (let i = 0; root && i < root.namedChildCount; i++) {
    const child = root.namedChild(i);
    if (child?.type === 'declaration' && child.startIndex < before) consider(child);
  }
  return found;
}

/** A declaration of a name in a function, where it starts. */
export interface DeclarationEntry {
  start: number;
  declared: Declared;
}

/**
 * Every declaration of a function (its parameters and body), by name, in
 * source order: read once per function (`FunctionModel.declarations`, on first
 * use). Rules ask for a name's declaration once per connect; a walk of the
 * function each time took seconds on a function with hundreds of connects (an
 * edit that unbalances a brace makes one function of a whole file).
 */
export function declarationsIn(fn: SyntaxNode): Map<string, DeclarationEntry[]> {
  const index = new Map<string, DeclarationEntry[]>();
  walk(fn, (node) => {
    if (node.type !== 'declaration' && node.type !== 'parameter_declaration') return;
    for (const { name, declared: shape } of declared(node)) {
      const list = index.get(name) ?? [];
      list.push({ start: node.startIndex, declared: shape });
      index.set(name, list);
    }
  });
  return index;
}

/** What a declaration declares: each declarator's name, with the type and its shape. */
function declared(declaration: SyntaxNode): { name: string; declared: Declared }[] {
  const typeNode = declaration.childForFieldName('type');
  const type = typeNode?.text.replace(/\s+/g, ' ');
  if (!type) return [];
  const out: { name: string; declared: Declared }[] = [];
  for (let i = 0; i < declaration.namedChildCount; i++) {
    const child = declaration.namedChild(i);
    if (!child || child.startIndex === typeNode?.startIndex) continue;
    const shape = declaratorShape(child);
    if (shape)
      out.push({
        name: shape.name,
        declared: { type, pointer: shape.pointer, array: shape.array, node: declaration },
      });
  }
  return out;
}

/** The name a declarator declares, and whether as a pointer or an array. */
function declaratorShape(
  declarator: SyntaxNode,
): { name: string; pointer: boolean; array: boolean } | undefined {
  let pointer = false;
  let array = false;
  let current: SyntaxNode | null = declarator;
  while (current) {
    switch (current.type) {
      case 'identifier':
      case 'field_identifier':
        return { name: current.text, pointer, array };
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
