import type { SyntaxNode } from '../../parse/syntax.js';
import type { NameIndex } from './name-index.js';

export const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  'function_declaration',
  'function_expression',
  'function',
  'arrow_function',
  'method_definition',
  'generator_function_declaration',
  'generator_function',
]);

/** The body the node's names are visible in: its function's body, or the program. */
export function scopeOf(node: SyntaxNode): SyntaxNode {
  let current: SyntaxNode | null = node.parent;
  let last = node;
  while (current) {
    if (FUNCTION_TYPES.has(current.type)) return current.childForFieldName('body') ?? current;
    last = current;
    current = current.parent;
  }
  return last;
}

/** The function the node is in, or undefined at top level. */
export function functionOf(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (FUNCTION_TYPES.has(current.type)) return current;
  }
  return undefined;
}

export function classBodyOf(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'class_body') return current;
  }
  return undefined;
}

/** The program a node belongs to. */
export function programOf(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.parent) current = current.parent;
  return current;
}

/**
 * Is the imported name hidden at `use` by a declaration of an enclosing block or
 * function (`const connect = ...`, a parameter, a nested function)?
 */
export function shadowed(use: SyntaxNode, index: NameIndex): boolean {
  const name = use.text;
  // Most files never declare the name again: then nothing hides it, and no walk up the tree
  // is needed for each of its uses (10,000 `net.connect` in a function walked 10,000 times).
  if (!index.memo('declared-again', name, index.root, () => declaredInside(name, index)))
    return false;
  for (let scope = use.parent; scope && scope.type !== 'program'; scope = scope.parent) {
    if (scope.type !== 'statement_block' && !FUNCTION_TYPES.has(scope.type)) continue;
    // An arrow function's single parameter: `connect => connect(80)`.
    if (scope.type === 'arrow_function' && scope.childForFieldName('parameter')?.text === name)
      return true;
    // Each scope's declarations are read once: 10,000 connects in one block ask again and again.
    const block = scope;
    const declared = index.memo('declared', '', scope, () => {
      const names = new Set<string>();
      for (const child of block.namedChildren) if (child) declaredNames(child, names);
      return names;
    });
    if (declared.has(name)) return true;
  }
  return false;
}

/** Is `name` declared anywhere below the top level (a parameter, a variable, a function)? */
function declaredInside(name: string, index: NameIndex): boolean {
  return index.named(name, index.root).some((mention) => {
    const parent = mention.parent;
    if (!parent) return false;
    // A declaration, then (a climb that may go to the root) below the top level.
    const declares =
      parent.type === 'variable_declarator'
        ? parent.childForFieldName('name')?.startIndex === mention.startIndex &&
          !/^(\w+\()?require\(/.test(parent.childForFieldName('value')?.text ?? '')
        : /parameter|pattern|formal_parameters|arrow_function/.test(parent.type) ||
          (parent.type === 'function_declaration' &&
            parent.childForFieldName('name')?.startIndex === mention.startIndex);
    return declares && !!functionOf(mention);
  });
}

/** The names a statement or parameter list declares, added to `names`. */
function declaredNames(node: SyntaxNode, names: Set<string>): void {
  if (node.type === 'lexical_declaration' || node.type === 'variable_declaration') {
    for (const d of node.namedChildren) {
      const name = d?.type === 'variable_declarator' ? d.childForFieldName('name') : undefined;
      // `const net = require('net')` inside a function is the binding itself, not a shadow.
      if (name && !/^(\w+\()?require\(/.test(d?.childForFieldName('value')?.text ?? ''))
        names.add(name.text);
    }
  } else if (node.type === 'function_declaration') {
    const name = node.childForFieldName('name');
    if (name) names.add(name.text);
  } else if (node.type === 'formal_parameters') {
    for (const parameter of node.namedChildren) {
      const name = parameter?.childForFieldName('pattern') ?? parameter;
      if (name) names.add(name.text);
    }
  }
}

/** The name a parameter binds (`s`, `s: net.Socket`, `s = x`, `s?`), or undefined for patterns. */
export function parameterName(fn: SyntaxNode, position: number): string | undefined {
  const single = fn.childForFieldName('parameter');
  if (single) return position === 0 && single.type === 'identifier' ? single.text : undefined;
  const parameter = passedParameters(fn)[position];
  return parameter ? boundName(parameter) : undefined;
}

/**
 * The names `parameterName` gives, by position, read in one pass over the list (asking
 * each position apart read the whole list again for each).
 */
export function parameterNames(fn: SyntaxNode): (string | undefined)[] {
  const single = fn.childForFieldName('parameter');
  if (single) return [single.type === 'identifier' ? single.text : undefined];
  return passedParameters(fn).map(boundName);
}

/** The parameters a caller passes. TypeScript's `this: T` declares none. */
function passedParameters(fn: SyntaxNode): SyntaxNode[] {
  const list = fn.childForFieldName('parameters');
  const parameters: SyntaxNode[] = [];
  for (const p of list?.namedChildren ?? [])
    if (p && p.type !== 'comment' && p.childForFieldName('pattern')?.type !== 'this')
      parameters.push(p);
  return parameters;
}

/** The name one parameter binds, or undefined for a pattern. */
function boundName(parameter: SyntaxNode): string | undefined {
  let name: SyntaxNode | null = parameter;
  if (parameter.type === 'required_parameter' || parameter.type === 'optional_parameter')
    name = parameter.childForFieldName('pattern');
  if (name?.type === 'assignment_pattern') name = name.childForFieldName('left');
  return name?.type === 'identifier' ? name.text : undefined;
}
