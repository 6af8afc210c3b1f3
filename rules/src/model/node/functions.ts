import type { SyntaxNode } from '../../parse/syntax.js';
import { unwrapExpression } from './expressions.js';
import type { NameIndex } from './name-index.js';

const FUNCTION_VALUES = new Set(['function_expression', 'function', 'arrow_function']);

/**
 * The file's functions and methods by name, so that a socket handed to one of them
 * (`attach(sock)`, `this.setup(sock)`, `new Conn(sock)`) is followed into its body:
 *   function f(s) {}   const f = (s) => {}   class C { m(s) {} ; m2 = (s) => {} }
 *   C.prototype.m = function (s) {}   function C(s) {} (an ES5 constructor)
 * A name defined twice is ambiguous and resolves to nothing. Each name is looked up
 * when first asked for, from its occurrences in the text (see `NameIndex`): listing
 * every declaration of a file to resolve a handful of calls cost a third of the parse.
 */
export class FileFunctions {
  private aliases: ReadonlySet<string> | undefined;

  constructor(private readonly index: NameIndex) {}

  /** The aliases of `this` (`self`, `that`, `_this`), so that `self.m(s)` is a method call. */
  get thisAliases(): ReadonlySet<string> {
    return (this.aliases ??= thisAliasesOf(this.index));
  }

  /** `function name`, `const name = () => {}`, `name = function () {}`. */
  functionsNamed(name: string): SyntaxNode[] {
    const index = this.index;
    const declares = (start: number, end: number) =>
      index.assignedAfter(end) || /\bfunction\s*\*?\s*$/.test(index.textBefore(start));
    return this.index.memo('functions', name, this.index.root, () =>
      this.index.occurrences(name, undefined, declares).flatMap((node) => {
        // `function name`, `name = ...`: by the text first (a parent costs a walk from the root).
        if (!this.index.assignedTo(node) && !/\bfunction\s*\*?\s*$/.test(this.index.before(node)))
          return [];
        const parent = this.index.ancestry.parentOf(node);
        if (node.type !== 'identifier' || !parent) return [];
        if (parent.type === 'function_declaration')
          return sameSpan(parent.childForFieldName('name'), node) ? [parent] : [];
        const value = assignedValue(parent, node);
        return value && FUNCTION_VALUES.has(value.type) ? [value] : [];
      }),
    );
  }

  /** `C.prototype.name = function () {}`. */
  private prototypeMethodsNamed(name: string): SyntaxNode[] {
    const index = this.index;
    const assigned = (start: number, end: number) =>
      index.assignedAfter(end) && /\.\s*prototype\s*\.\s*$/.test(index.textBefore(start));
    return this.index.memo('prototype-methods', name, this.index.root, () =>
      this.index.occurrences(name, undefined, assigned).flatMap((node) => {
        if (
          !this.index.assignedTo(node) ||
          !/\.\s*prototype\s*\.\s*$/.test(this.index.before(node))
        )
          return [];
        const member = this.index.ancestry.parentOf(node);
        if (node.type !== 'property_identifier' || member?.type !== 'member_expression') return [];
        const assignment = this.index.ancestry.parentOf(member);
        if (assignment?.type !== 'assignment_expression') return [];
        const value = assignedValue(assignment, member);
        return value && FUNCTION_VALUES.has(value.type) ? [value] : [];
      }),
    );
  }

  /** `class name {}`. */
  private classesNamed(name: string): SyntaxNode[] {
    return this.index.memo('classes', name, this.index.root, () =>
      this.index
        .occurrences(name, undefined, (start) => /\bclass\s+$/.test(this.index.textBefore(start)))
        .filter((node) => /\bclass\s+$/.test(this.index.before(node)))
        .flatMap((node) => {
          const parent = this.index.ancestry.parentOf(node);
          return parent?.type === 'class_declaration' &&
            sameSpan(parent.childForFieldName('name'), node)
            ? [parent]
            : [];
        }),
    );
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
      const classes = this.classesNamed(callee.text);
      if (classes?.length === 1 && classes[0]) return this.constructorOf(classes[0]);
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
    if (callee.type === 'identifier') return nearest(this.functionsNamed(callee.text), callee);
    if (callee.type !== 'member_expression') return undefined;
    const object = callee.childForFieldName('object');
    const name = callee.childForFieldName('property')?.text;
    if (!object || !name || !this.isThis(object)) return undefined;
    const body = this.index.ancestry.classBodyOf(callee);
    if (body) return this.methodOf(body, name);
    return only(this.prototypeMethodsNamed(name));
  }

  /** Is `name` a method the class of `node` defines itself (not inherited)? */
  definesMethod(node: SyntaxNode, name: string): boolean {
    const body = this.index.ancestry.classBodyOf(node);
    return !!body && !!this.methodOf(body, name);
  }

  /**
   * `m(s) {}` or `m = (s) => {}` in a class body: from the name's occurrences in the body
   * that no `.` comes before (listing a big class's members for each lookup was a fifth
   * of the model's time on nodemailer's SMTP connection).
   */
  private methodOf(body: SyntaxNode, name: string): SyntaxNode | undefined {
    return this.index.memo('method', name, body, () => {
      const unqualified = (start: number) => !/\.\s*$/.test(this.index.textBefore(start));
      for (const node of this.index.occurrences(name, body, unqualified)) {
        if (/\.\s*$/.test(this.index.before(node))) continue;
        const member = this.index.ancestry.parentOf(node);
        if (!member || this.index.ancestry.parentOf(member)?.startIndex !== body.startIndex)
          continue;
        if (member.type === 'method_definition' && sameSpan(member.childForFieldName('name'), node))
          return member;
        if (member.type === 'public_field_definition' || member.type === 'field_definition') {
          const value = member.childForFieldName('value');
          if (value && FUNCTION_VALUES.has(value.type)) return value;
        }
      }
      return undefined;
    });
  }

  private constructorOf(declaration: SyntaxNode): SyntaxNode | undefined {
    const body = declaration.childForFieldName('body');
    return body ? this.methodOf(body, 'constructor') : undefined;
  }
}

/**
 * Of the functions of one name, the one visible at `use`: declared in the innermost block
 * (or function) around it. Two `onConnect` helpers in two functions of a file are two.
 */
function nearest(list: SyntaxNode[] | undefined, use: SyntaxNode): SyntaxNode | undefined {
  if (!list || list.length <= 1) return list?.[0];
  let best: SyntaxNode | undefined;
  let bestScope: SyntaxNode | undefined;
  for (const fn of list) {
    // A declaration's scope is its block; a function value's is its declarator's block.
    const declaration = fn.type === 'function_declaration' ? fn : fn.parent?.parent;
    const scope = declaration?.parent;
    if (!scope || use.startIndex < scope.startIndex || use.endIndex > scope.endIndex) continue;
    if (!bestScope || scope.startIndex > bestScope.startIndex) {
      best = fn;
      bestScope = scope;
    } else if (scope.startIndex === bestScope.startIndex) return undefined;
  }
  return best;
}

function only(list: SyntaxNode[] | undefined): SyntaxNode | undefined {
  return list?.length === 1 ? list[0] : undefined;
}

/**
 * The value a name is given where it is declared or assigned (`const name = v`,
 * `name = v`, `C.prototype.m = v`), or undefined when `target` is not what is assigned.
 */
function assignedValue(parent: SyntaxNode, target: SyntaxNode): SyntaxNode | undefined {
  if (parent.type === 'variable_declarator' && sameSpan(parent.childForFieldName('name'), target))
    return parent.childForFieldName('value') ?? undefined;
  if (parent.type === 'assignment_expression' && sameSpan(parent.childForFieldName('left'), target))
    return parent.childForFieldName('right') ?? undefined;
  return undefined;
}

/** `var self = this`, `_this = this` (what compilers emit for arrow functions). */
function thisAliasesOf(index: NameIndex): Set<string> {
  const aliases = new Set<string>();
  // From each `= this`, back to the name before it (a pattern that starts at a name
  // backtracks at every word of the file: it was a fifth of the model's time). Each
  // `this` is found by a literal's search, then `=` before it (one that starts at `=` is
  // tried at each of a file's many `=`).
  const text = index.text;
  for (let at = text.indexOf('this'); at >= 0; at = text.indexOf('this', at + 4)) {
    if (text[at + 4] === '.' || /^\s*[\w$.[(]/.test(text.slice(at + 4, at + 68))) continue;
    const assigned = /=\s*$/.exec(text.slice(Math.max(0, at - 64), at));
    if (!assigned) continue;
    const equals = at - assigned[0].length;
    if (/[=!<>]/.test(text[equals - 1] ?? '')) continue;
    const before = /([\w$]+)\s*$/.exec(text.slice(Math.max(0, equals - 80), equals));
    const name = before?.[1];
    if (!name) continue;
    const start = equals - before[0].length;
    const node = index.root.descendantForIndex(start, start + name.length);
    const parent = index.ancestry.parentOf(node);
    if (node.type === 'identifier' && parent && assignedValue(parent, node)?.type === 'this')
      aliases.add(name);
  }
  return aliases;
}

function sameSpan(a: SyntaxNode | null | undefined, b: SyntaxNode): boolean {
  return a === b || (!!a && a.startIndex === b.startIndex && a.endIndex === b.endIndex);
}
