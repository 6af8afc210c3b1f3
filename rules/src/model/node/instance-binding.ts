import type { SyntaxNode } from '../../parse/syntax.js';
import { FUNCTION_TYPES } from './scopes.js';

/** The class an instance is made of: `Conn` of `new Conn(`, `ns` and `Conn` of `new ns.Conn(`. */
export interface MadeOf {
  local: string;
  member?: string;
}

/**
 * Where the name a use reads is bound, for an instance of an imported class: a local
 * `conn` by the nearest block or function that declares it (shadowing respected), or
 * `this.conn` by the class whose method reads it. Undefined: a binding that holds no
 * known instance (a parameter, a pattern, a `for`/`catch` name, or none at all).
 */
export function instanceScope(
  use: SyntaxNode,
): { scope: SyntaxNode; name: string; self: boolean } | undefined {
  if (use.type === 'member_expression') {
    const property = use.childForFieldName('property')?.text;
    if (use.childForFieldName('object')?.type !== 'this' || !property) return undefined;
    // `this` of a method: a `function` between it and its class has a `this` of its own.
    for (let up = use.parent; up; up = up.parent) {
      if (up.type === 'class_body') return { scope: up, name: property, self: true };
      // An object literal's method: `this` is the object.
      if (up.type === 'method_definition' && up.parent?.type !== 'class_body') return undefined;
      if (
        FUNCTION_TYPES.has(up.type) &&
        up.type !== 'arrow_function' &&
        up.type !== 'method_definition'
      )
        return undefined;
    }
    return undefined;
  }
  if (use.type !== 'identifier') return undefined;
  const name = use.text;
  for (let scope = use.parent; scope; scope = scope.parent) {
    const declared = declares(scope, name);
    if (declared === 'value') return { scope, name, self: false };
    if (declared === 'other') return undefined;
  }
  return undefined;
}

/**
 * Does `scope` declare `name`: as a variable whose value its assignments give ('value'),
 * as something else (a parameter, a pattern, a function, a loop's or catch's name), or not?
 */
function declares(scope: SyntaxNode, name: string): 'value' | 'other' | undefined {
  const word = new RegExp(String.raw`(?:^|[^\w$])${escape(name)}(?![\w$])`);
  switch (scope.type) {
    case 'program':
    case 'statement_block':
    case 'class_static_block':
      for (const child of scope.namedChildren) {
        const statement =
          child?.type === 'export_statement' ? child.childForFieldName('declaration') : child;
        const found = statement ? declaredBy(statement, name, word) : undefined;
        if (found) return found;
      }
      break;
    case 'for_statement':
    case 'for_in_statement': {
      const head = scope.childForFieldName('initializer') ?? scope.childForFieldName('left');
      if (head && word.test(head.text)) return 'other';
      break;
    }
    case 'catch_clause': {
      const parameter = scope.childForFieldName('parameter');
      if (parameter && word.test(parameter.text)) return 'other';
      break;
    }
    default:
      if (!FUNCTION_TYPES.has(scope.type)) break;
      if (scope.childForFieldName('name')?.text === name) return 'other';
      {
        const parameters =
          scope.childForFieldName('parameters') ?? scope.childForFieldName('parameter');
        if (parameters && word.test(parameters.text)) return 'other';
      }
      // A `var` in a nested block belongs to the function.
      if (new RegExp(String.raw`\bvar\s+${escape(name)}(?![\w$])`).test(scope.text)) return 'value';
  }
  return undefined;
}

function declaredBy(
  statement: SyntaxNode,
  name: string,
  word: RegExp,
): 'value' | 'other' | undefined {
  if (statement.type === 'lexical_declaration' || statement.type === 'variable_declaration') {
    for (const declarator of statement.namedChildren) {
      const bound = declarator?.childForFieldName('name');
      if (!bound) continue;
      if (bound.type === 'identifier' && bound.text === name) return 'value';
      // `const { conn } = options`: bound, to what the object holds.
      if (bound.type !== 'identifier' && word.test(bound.text)) return 'other';
    }
    return undefined;
  }
  if (
    (statement.type === 'function_declaration' ||
      statement.type === 'generator_function_declaration' ||
      statement.type === 'class_declaration') &&
    statement.childForFieldName('name')?.text === name
  )
    return 'other';
  return undefined;
}

/**
 * The class every assignment of the name in its scope makes an instance of, by the scope's
 * text: `conn = new Conn(`, `conn: Conn = new Conn(`, a class field `conn = new Conn(`
 * (`self`: `this.conn =` and the fields). Undefined when any assignment gives it anything
 * else (`conn = other`, `conn += 1`, `conn++`) or another class, or none makes one: a
 * reassigned name is not trusted to hold the instance anywhere in its scope.
 */
export function madeIn(scope: SyntaxNode, name: string, self: boolean): MadeOf | undefined {
  const text = scope.text;
  const written = self ? `this.${name}` : name;
  let made: MadeOf | undefined;
  const same = (found: MadeOf) =>
    !made || (made.local === found.local && made.member === found.member);
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
    if (/[\w$.]/.test(text[at - 1] ?? '')) continue;
    const after = text.slice(at + written.length, at + written.length + 200);
    const value = ASSIGNED.exec(after);
    if (!value) {
      // `conn++`, `conn -= 1`, `[conn] = pair` is not read: the name is given something else.
      if (/^\s*(?:\+\+|--|[-+*/%&|^]=|\?\?=|&&=|\|\|=)/.test(after)) return undefined;
      continue;
    }
    // A nested function's or block's own `conn` (or a parameter's) is another binding.
    if (!self && !sameBinding(scope, at, name)) continue;
    const found = NEW_CLASS.exec(after.slice(value[0].length));
    if (!found) return undefined;
    const of = { local: found[1] as string, ...(found[2] ? { member: found[2] } : {}) };
    if (!same(of)) return undefined;
    made = of;
  }
  if (self) {
    for (const field of scope.namedChildren) {
      if (field?.type !== 'public_field_definition' && field?.type !== 'field_definition') continue;
      const property = field.childForFieldName('name') ?? field.childForFieldName('property');
      if (property?.text !== name) continue;
      const value = field.childForFieldName('value');
      if (!value) continue;
      const found = NEW_CLASS.exec(value.text);
      if (!found) return undefined;
      const of = { local: found[1] as string, ...(found[2] ? { member: found[2] } : {}) };
      if (!same(of)) return undefined;
      made = of;
    }
  }
  return made;
}

/** Is the name written at `at` of the scope's text bound by the scope itself? */
function sameBinding(scope: SyntaxNode, at: number, name: string): boolean {
  const start = scope.startIndex + at;
  const node = scope.descendantForIndex(start, start + name.length);
  if (node.type !== 'identifier' || node.text !== name) return false;
  const bound = instanceScope(node);
  return bound?.scope.startIndex === scope.startIndex && bound.scope.endIndex === scope.endIndex;
}

/** After the name: `=` (not `==`, `=>`), with a type between (`conn: Conn =`, `conn!: Conn =`). */
const ASSIGNED = /^\s*[?!]?\s*(?::[^=;\n]*)?=(?![=>])\s*/;
const NEW_CLASS = /^new\s+([\w$]+)(?:\s*\.\s*([\w$]+))?\s*[(;]/;

function escape(name: string): string {
  return name.replace(/\$/g, '\\$');
}
