import type { SyntaxNode } from '../../parse/syntax.js';
import { enclosingClass } from './cpp-syntax.js';

/**
 * What a C++ method sees of its class: its members shadow the C library's
 * names, and its data members are declared in the class body, not in the
 * method. Only the classes of the file are known (a header's are not read).
 */

/** The class of the method defined by `fn` (a function_definition), in this file. */
export function classOfMethod(fn: SyntaxNode): SyntaxNode | undefined {
  let declarator = fn.childForFieldName('declarator');
  while (declarator && declarator.type !== 'function_declarator')
    declarator = declarator.childForFieldName('declarator');
  const name = declarator?.childForFieldName('declarator');
  if (!name) return undefined;
  if (name.type !== 'qualified_identifier') return enclosingClass(name);
  // `void Client::run() {…}` (or `net::Client::run`): the class named by the last scope.
  const scope = name.childForFieldName('scope')?.text.split('::').pop();
  if (!scope) return undefined;
  let root: SyntaxNode = fn;
  while (root.parent) root = root.parent;
  return (
    root
      .descendantsOfType(['class_specifier', 'struct_specifier'])
      .find(
        (node) =>
          node?.childForFieldName('name')?.text === scope && !!node.childForFieldName('body'),
      ) ?? undefined
  );
}

/** The member declarations of a class body (data and functions), templates unwrapped. */
function members(cls: SyntaxNode): SyntaxNode[] {
  const body = cls.childForFieldName('body');
  return (body?.namedChildren ?? []).flatMap((member) => {
    if (!member) return [];
    if (member.type !== 'template_declaration') return [member];
    return member.namedChildren.filter((child): child is SyntaxNode => !!child);
  });
}

/** The name a member declares: `int fd_;` → fd_, `int connect();` → connect. */
function memberName(member: SyntaxNode): string | undefined {
  let declarator = member.childForFieldName('declarator');
  while (declarator && declarator.type !== 'field_identifier' && declarator.type !== 'identifier')
    declarator =
      declarator.childForFieldName('declarator') ??
      (/^(reference|parenthesized)_declarator$/.test(declarator.type)
        ? declarator.namedChild(0)
        : null);
  return declarator?.text;
}

/**
 * Is a bare `connect(…)` in the method `fn` its class's own `connect`? Inside a
 * class with a member of that name, the member hides `::connect` — which is why
 * C++ socket code writes `::connect`. A qualified call is never the member.
 */
export function callsMemberConnect(fn: SyntaxNode, name: SyntaxNode): boolean {
  if (name.parent?.type === 'qualified_identifier') return false;
  const cls = classOfMethod(fn);
  return !!cls && members(cls).some((member) => memberName(member) === 'connect');
}

/** The data member declarations of the method's class (for `sizeof(addr_)`). */
export function memberDeclarations(fn: SyntaxNode): SyntaxNode[] {
  const cls = classOfMethod(fn);
  return cls ? members(cls).filter((member) => member.type === 'field_declaration') : [];
}
