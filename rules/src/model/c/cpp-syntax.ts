import type { SyntaxNode } from '../../parse/syntax.js';

/**
 * The shapes C++'s grammar (tree-sitter-cpp, a superset of C's) gives to what
 * the C model reads, so that C++ files build the same model. None of these node
 * types occurs in a C tree: the C model calls these helpers for every file.
 */

/** Top-level nodes that hold function definitions: namespaces, classes, templates, `extern "C" {}`. */
export const CPP_SCOPES: ReadonlySet<string> = new Set([
  'namespace_definition',
  'declaration_list',
  'linkage_specification',
  'template_declaration',
  'class_specifier',
  'struct_specifier',
  'field_declaration_list',
]);

/** The casts C++ writes as calls: `static_cast<T>(x)`. */
const CASTS = new Set(['static_cast', 'reinterpret_cast', 'const_cast']);

/** `reinterpret_cast<sockaddr *>(&sin)` → the call, else undefined. */
function namedCast(node: SyntaxNode): { name: string; type: string } | undefined {
  if (node.type !== 'call_expression') return undefined;
  const fn = node.childForFieldName('function');
  if (fn?.type !== 'template_function') return undefined;
  const name = fn.childForFieldName('name')?.text ?? '';
  if (!CASTS.has(name)) return undefined;
  const type = fn.childForFieldName('arguments')?.text.slice(1, -1).replace(/\s+/g, '') ?? '';
  return { name, type };
}

/** `static_cast<void>(...)`: C++'s spelling of a deliberate discard. */
export function isCppVoidCast(node: SyntaxNode): boolean {
  return namedCast(node)?.type === 'void';
}

/**
 * One step of C++ wrapping around a value, or undefined: the operand of
 * `reinterpret_cast<T>(x)` (not of `static_cast<void>`), and the descriptor an
 * RAII wrapper holds, `fd.get()` / `sock->get()` (unique_fd, ScopedFd, base::ScopedFD
 * — they close in the destructor, and `get()` hands out the socket itself).
 */
export function cppWrappedValue(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type !== 'call_expression') return undefined;
  const args = node.childForFieldName('arguments');
  const cast = namedCast(node);
  if (cast)
    return cast.type === 'void' || args?.namedChildCount !== 1
      ? undefined
      : (args.namedChild(0) ?? undefined);
  const fn = node.childForFieldName('function');
  if (fn?.type !== 'field_expression' || args?.namedChildCount !== 0) return undefined;
  if (fn.childForFieldName('field')?.text !== 'get') return undefined;
  return fn.childForFieldName('argument') ?? undefined;
}

/** The C++ cast call whose only argument list is `list`, if any. */
export function castAround(list: SyntaxNode): SyntaxNode | undefined {
  const call = list.parent;
  return call && namedCast(call) ? call : undefined;
}

/**
 * A function's name as the C model keys it: `Client::run` for a method (in or
 * out of its class), `~Client`, `operator()`; a plain identifier stays itself,
 * also in a namespace (calls inside it name it bare).
 */
export function cppFunctionName(declarator: SyntaxNode): string | undefined {
  switch (declarator.type) {
    case 'qualified_identifier':
      return declarator.text.replace(/\s+/g, '');
    case 'field_identifier':
    case 'destructor_name':
    case 'operator_name': {
      const owner = enclosingClass(declarator);
      const name = declarator.text.replace(/\s+/g, '');
      const className = owner?.childForFieldName('name')?.text;
      return className ? `${className}::${name}` : name;
    }
    case 'template_function':
      return declarator.childForFieldName('name')?.text;
    default:
      return undefined;
  }
}

/** The class or struct whose body holds `node` (a member's declarator), if any. */
export function enclosingClass(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'compound_statement') return undefined;
    if (current.type === 'class_specifier' || current.type === 'struct_specifier')
      return current.childForFieldName('body') ? current : undefined;
  }
  return undefined;
}

/** `std::strcpy`, `::connect` → `strcpy`, `connect`; other qualified names are not the C library's. */
export function libraryName(fn: SyntaxNode): string | undefined {
  if (fn.type !== 'qualified_identifier') return undefined;
  const scope = fn.childForFieldName('scope');
  const name = fn.childForFieldName('name');
  if (name?.type !== 'identifier' || (scope && scope.text !== 'std')) return undefined;
  return name.text;
}

/** `this->addr_` → the member's name node (`addr_`, a field_identifier); any other node as it is. */
export function thisMember(node: SyntaxNode): SyntaxNode {
  if (node.type !== 'field_expression' || node.childForFieldName('argument')?.type !== 'this')
    return node;
  return node.childForFieldName('field') ?? node;
}

/** A plain name, or C++'s `this->name` read as the member's name. */
export function isNamed(node: SyntaxNode): boolean {
  return node.type === 'identifier' || node.type === 'field_identifier';
}
