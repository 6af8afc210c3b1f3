import type { SyntaxNode } from '../../parse/syntax.js';
import { unwrapExpression } from './expressions.js';
import type { FileNodes } from './file-nodes.js';
import { classBodyOf } from './scopes.js';

const FUNCTION_VALUES = new Set(['function_expression', 'function', 'arrow_function']);

/**
 * The file's functions and methods by name, so that a socket handed to one of them
 * (`attach(sock)`, `this.setup(sock)`, `new Conn(sock)`) is followed into its body:
 *   function f(s) {}   const f = (s) => {}   class C { m(s) {} ; m2 = (s) => {} }
 *   C.prototype.m = function (s) {}   function C(s) {} (an ES5 constructor)
 * A name defined twice is ambiguous and resolves to nothing.
 */
export class FileFunctions {
  private readonly byName = new Map<string, SyntaxNode[]>();
  private readonly prototypeMethods = new Map<string, SyntaxNode[]>();
  private readonly classes = new Map<string, SyntaxNode[]>();
  /** The aliases of `this` (`self`, `that`, `_this`), so that `self.m(s)` is a method call. */
  readonly thisAliases: ReadonlySet<string>;

  constructor(nodes: FileNodes) {
    const add = (map: Map<string, SyntaxNode[]>, name: string, node: SyntaxNode) => {
      const list = map.get(name);
      if (list) list.push(node);
      else map.set(name, [node]);
    };
    const aliases = new Set<string>();
    for (const node of nodes.of(
      'function_declaration',
      'variable_declarator',
      'assignment_expression',
      'class_declaration',
    )) {
      if (node.type === 'function_declaration') {
        const name = node.childForFieldName('name');
        if (name) add(this.byName, name.text, node);
      } else if (node.type === 'class_declaration') {
        const name = node.childForFieldName('name');
        if (name) add(this.classes, name.text, node);
      } else {
        const left = node.childForFieldName(node.type === 'variable_declarator' ? 'name' : 'left');
        const value = node.childForFieldName(
          node.type === 'variable_declarator' ? 'value' : 'right',
        );
        if (!left || !value) continue;
        // `var self = this`, `_this = this` (what compilers emit for arrow functions).
        if (value.type === 'this' && left.type === 'identifier') aliases.add(left.text);
        if (!FUNCTION_VALUES.has(value.type)) continue;
        if (left.type === 'identifier') add(this.byName, left.text, value);
        const prototype = /\.prototype\.([\w$]+)$/.exec(left.text);
        if (prototype?.[1]) add(this.prototypeMethods, prototype[1], value);
      }
    }
    this.thisAliases = aliases;
  }

  /** Is `node` `this` or one of its aliases? */
  isThis(node: SyntaxNode): boolean {
    return node.type === 'this' || (node.type === 'identifier' && this.thisAliases.has(node.text));
  }

  /** The function a call or `new` runs, when the file defines it once. */
  resolve(call: SyntaxNode): SyntaxNode | undefined {
    const field = call.type === 'new_expression' ? 'constructor' : 'function';
    const calleeNode = call.childForFieldName(field);
    if (!calleeNode) return undefined;
    const callee = unwrapExpression(calleeNode);
    if (callee.type === 'identifier' && call.type === 'new_expression') {
      const classes = this.classes.get(callee.text);
      if (classes?.length === 1 && classes[0]) return constructorOf(classes[0]);
    }
    return this.functionValue(callee);
  }

  /**
   * The function an expression names: an inline function, `onConnect` (a function of
   * the file), `this.onConnect` or `this.onConnect.bind(this)` (a method of the class).
   */
  functionValue(expression: SyntaxNode): SyntaxNode | undefined {
    let callee = unwrapExpression(expression);
    if (FUNCTION_VALUES.has(callee.type)) return callee;
    // `this.onConnect.bind(this)`
    if (callee.type === 'call_expression') {
      const bound = callee.childForFieldName('function');
      if (
        bound?.type !== 'member_expression' ||
        bound.childForFieldName('property')?.text !== 'bind'
      )
        return undefined;
      const target = bound.childForFieldName('object');
      if (!target) return undefined;
      callee = unwrapExpression(target);
    }
    if (callee.type === 'identifier') return only(this.byName.get(callee.text));
    if (callee.type !== 'member_expression') return undefined;
    const object = callee.childForFieldName('object');
    const name = callee.childForFieldName('property')?.text;
    if (!object || !name || !this.isThis(object)) return undefined;
    const body = classBodyOf(callee);
    if (body) return methodOf(body, name);
    return only(this.prototypeMethods.get(name));
  }

  /** Is `name` a method the class of `node` defines itself (not inherited)? */
  definesMethod(node: SyntaxNode, name: string): boolean {
    const body = classBodyOf(node);
    return !!body && !!methodOf(body, name);
  }
}

function only(list: SyntaxNode[] | undefined): SyntaxNode | undefined {
  return list?.length === 1 ? list[0] : undefined;
}

function constructorOf(declaration: SyntaxNode): SyntaxNode | undefined {
  const body = declaration.childForFieldName('body');
  return body ? methodOf(body, 'constructor') : undefined;
}

/** `m(s) {}` or `m = (s) => {}` in a class body. */
function methodOf(body: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const member of body.namedChildren) {
    if (!member) continue;
    if (member.type === 'method_definition' && member.childForFieldName('name')?.text === name)
      return member;
    if (
      (member.type === 'public_field_definition' || member.type === 'field_definition') &&
      (member.childForFieldName('name') ?? member.childForFieldName('property'))?.text === name
    ) {
      const value = member.childForFieldName('value');
      if (value && FUNCTION_VALUES.has(value.type)) return value;
    }
  }
  return undefined;
}
