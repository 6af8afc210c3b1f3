import type { SyntaxNode } from '../../parse/syntax.js';
import type { NameIndex } from './name-index.js';
import { functionOf, shadowed } from './scopes.js';
import { unwrapExpression } from './expressions.js';
import type { Binding, SocketKind } from './types.js';

/** What makes a socket, by module and export name. */
export interface Creator {
  kind: SocketKind;
  /** Made by connect/createConnection: connecting from the start. */
  connecting: boolean;
  /** Made with `new` (a class) rather than called. */
  isNew: boolean;
  /** A class of the file that extends net.Socket or tls.TLSSocket. */
  subclass?: SyntaxNode;
}

const CREATORS: Readonly<Record<string, Creator>> = {
  'net.connect': { kind: 'stream', connecting: true, isNew: false },
  'net.createConnection': { kind: 'stream', connecting: true, isNew: false },
  'tls.connect': { kind: 'tls', connecting: true, isNew: false },
  'net.Socket': { kind: 'stream', connecting: false, isNew: true },
  'net.Stream': { kind: 'stream', connecting: false, isNew: true },
  'tls.TLSSocket': { kind: 'tls', connecting: false, isNew: true },
  'dgram.createSocket': { kind: 'dgram', connecting: false, isNew: false },
};

/**
 * The creators' names used as values: after `=`, `:`, `,`, `{`, `?`, `(`, `||`, `&&` or
 * `return` (past a `x.y.` before them), and not followed by a call's parenthesis
 * (`(0, net_1.connect)(` is a call; "to connect to" in a comment is no value). Found
 * from each name, then its surroundings: one pattern that starts at every `=` and `,`
 * of a file was a tenth of the model's time.
 */
function valueMentions(index: NameIndex): { at: number; name: string }[] {
  const text = index.text;
  const found: { at: number; name: string }[] = [];
  for (const name of VALUE_NAMES)
    for (const at of index.creatorPositions(name)) {
      const end = at + name.length;
      if (/^[\s)]*\(/.test(text.slice(end, end + 16))) continue;
      const before = text.slice(Math.max(0, at - 80), at);
      if (/(?:[=:,{?(|&]|\breturn)\s*(?:[\w$]+\.)*$/.test(before)) found.push({ at, name });
    }
  return found.sort((a, b) => a.at - b.at);
}
const VALUE_NAMES = ['connect', 'createConnection', 'Socket', 'Stream', 'TLSSocket'];

/** A class that may extend a socket class (or a class of the file that does), or tsc's ES5 helper. */
const SOCKET_BASE = /\bextends\s+[\w$.()\s,]*(Socket|Stream|TLSSocket)\b|__extends\(/;

/** The last names of the creators: a call named otherwise makes no socket, unless aliased. */
const CREATOR_NAMES = new Set(Object.keys(CREATORS).map((key) => key.slice(key.indexOf('.') + 1)));

/**
 * Resolves what an expression names among the Node modules' exports, the way real
 * code reaches them, not only `net.connect`:
 *   an imported or required name, `net_1.default.connect` and `(0, net_1.connect)` of
 *   compiled output, `require('net').connect`;
 *   function values of the file: `const dial = net.connect`, `{ connect: tls.connect }`,
 *   `transport.connect = tls.connect`, a function that returns `net.connect` or
 *   `tls.connect` by option (`pick(o)(port)`);
 *   classes of the file that extend net.Socket or tls.TLSSocket (`new Sub()`).
 * The tables of function values and subclasses are read once per file.
 */
export class ExportResolver {
  /** `dial`, `transport.connect`: the export a name of the file holds. */
  private readonly aliases = new Map<string, string>();
  /** Functions of the file that return an export (`pick`): by name. */
  private readonly returning = new Map<string, string>();
  /** Classes of the file that extend a socket class, by name. */
  private readonly subclasses = new Map<string, Creator>();

  constructor(
    private readonly bindings: ReadonlyMap<string, Binding>,
    private readonly index: NameIndex,
  ) {
    // The tables are read only where a creator is named other than in a call
    // (`= net.connect`, `{ connect: tls.connect }`) or a class extends something, from
    // those mentions alone (see `NameIndex`).
    const text = index.text;
    const mentions = valueMentions(index);
    if (mentions.length > 0) this.readAliases(mentions);
    if (text.includes('extends') && SOCKET_BASE.test(text)) this.readSubclasses();
  }

  /** The names a call that makes a socket may be made through: creators, aliases, subclasses. */
  creatorNames(): string[] {
    const names = new Set(CREATOR_NAMES);
    // `const { connect: tlsConnect } = require('tls')`
    for (const [name, binding] of this.bindings) if (binding.kind === 'export') names.add(name);
    for (const alias of this.aliases.keys()) names.add(alias.slice(alias.lastIndexOf('.') + 1));
    for (const name of this.returning.keys()) names.add(name);
    for (const name of this.subclasses.keys()) names.add(name);
    return [...names];
  }

  /** `net.connect`, `connect` (imported), `net_1.default.connect` → 'net.connect'. */
  exportOf(expression: SyntaxNode, depth = 0): string | undefined {
    if (depth > 8) return undefined;
    const node = unwrapExpression(expression);
    switch (node.type) {
      case 'identifier': {
        const binding = this.bindings.get(node.text);
        if (binding?.kind === 'export' && !shadowed(node, this.index))
          return `${binding.module}.${binding.name}`;
        return this.aliases.get(node.text);
      }
      case 'member_expression': {
        const object = node.childForFieldName('object');
        const property = node.childForFieldName('property')?.text;
        if (!object || !property) return undefined;
        const module = this.moduleOf(object);
        if (module) return `${module}.${property}`;
        return this.aliases.get(node.text.replace(/\s+/g, ''));
      }
      case 'ternary_expression': {
        const branch = (field: string) => {
          const child = node.childForFieldName(field);
          return child ? this.exportOf(child, depth + 1) : undefined;
        };
        return branch('consequence') ?? branch('alternative');
      }
      case 'binary_expression': {
        if (!/^(\|\||\?\?)$/.test(node.childForFieldName('operator')?.text ?? '')) return undefined;
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        return (
          (left ? this.exportOf(left, depth + 1) : undefined) ??
          (right ? this.exportOf(right, depth + 1) : undefined)
        );
      }
      case 'call_expression': {
        const callee = node.childForFieldName('function');
        if (!callee) return undefined;
        const bare = unwrapExpression(callee);
        // `net.connect.bind(net)`
        if (
          bare.type === 'member_expression' &&
          bare.childForFieldName('property')?.text === 'bind'
        ) {
          const target = bare.childForFieldName('object');
          return target ? this.exportOf(target, depth + 1) : undefined;
        }
        return bare.type === 'identifier' ? this.returning.get(bare.text) : undefined;
      }
      default:
        return undefined;
    }
  }

  /** The module an expression stands for: `net`, `net_1.default`, `require('net')`. */
  moduleOf(expression: SyntaxNode): string | undefined {
    const node = unwrapExpression(expression);
    if (node.type === 'identifier') {
      const binding = this.bindings.get(node.text);
      return binding?.kind === 'namespace' && !shadowed(node, this.index)
        ? binding.module
        : undefined;
    }
    // The `default` of an interop wrapper's result is the module (`net_1.default`, `_net.default`).
    if (
      node.type === 'member_expression' &&
      node.childForFieldName('property')?.text === 'default'
    ) {
      const object = node.childForFieldName('object');
      return object ? this.moduleOf(object) : undefined;
    }
    const inline = /^require\(\s*['"](?:node:)?(net|tls|dgram|events|stream)['"]\s*\)$/.exec(
      node.text,
    );
    return inline?.[1];
  }

  /** The creator a call or `new` invokes, if it makes a socket. */
  creatorOf(node: SyntaxNode, callee: SyntaxNode): Creator | undefined {
    const isNew = node.type === 'new_expression';
    const bare = unwrapExpression(callee);
    if (isNew && bare.type === 'identifier') {
      const subclass = this.subclasses.get(bare.text);
      if (subclass) return subclass;
    }
    const name = this.exportOf(callee);
    const creator = name ? CREATORS[name] : undefined;
    return creator && creator.isNew === isNew ? creator : undefined;
  }

  /**
   * `const dial = net.connect`, `{ connect: tls.connect }`, `t.connect = tls.connect`,
   * `function pick(o) { return ... }`: read from each mention of a creator as a value,
   * then again from each mention of the names found (an alias of an alias:
   * `const c = transport.connect`; `const dial = pick(o)`), twice at most.
   */
  private readAliases(values: readonly { at: number; name: string }[]): void {
    let mentions = values.map(({ at, name }) =>
      this.index.root.descendantForIndex(at, at + name.length),
    );
    for (let pass = 0; pass < 2 && mentions.length > 0; pass++) {
      const before = new Set([...this.aliases.keys(), ...this.returning.keys()]);
      for (const mention of mentions) this.readValueOf(mention);
      const found = [...this.aliases.keys(), ...this.returning.keys()].filter(
        (name) => !before.has(name),
      );
      mentions = found.flatMap((name) =>
        this.index.occurrences(name.slice(name.lastIndexOf('.') + 1)),
      );
    }
  }

  /** Where the value a creator's mention is part of goes: a name, an object's key, a return. */
  private readValueOf(mention: SyntaxNode): void {
    const up = (node: SyntaxNode) => this.index.ancestry.parentOf(node);
    let value = mention;
    const member = up(value);
    if (member?.type === 'member_expression' && member.endIndex === value.endIndex) value = member;
    // Up through what hands a function value on: `(x)`, `a ? x : y`, `a || x`, `x.bind(net)`.
    for (let parent = up(value); parent; parent = up(value)) {
      if (
        /^(parenthesized_expression|ternary_expression|binary_expression|sequence_expression|as_expression|non_null_expression)$/.test(
          parent.type,
        ) ||
        (parent.type === 'member_expression' &&
          parent.childForFieldName('property')?.text === 'bind') ||
        // `net.connect.bind(net)`, and `pick(o)` of a function that returns a creator.
        (parent.type === 'call_expression' && sameSpan(parent, 'function', value))
      )
        value = parent;
      else break;
    }
    const parent = up(value);
    if (!parent) return;
    const isCreator = (name: string | undefined): name is string => !!name && name in CREATORS;
    if (parent.type === 'variable_declarator') {
      const name = parent.childForFieldName('name');
      const found = this.exportOf(value);
      if (name?.type === 'identifier' && isCreator(found)) this.aliases.set(name.text, found);
    } else if (parent.type === 'assignment_expression' && sameSpan(parent, 'right', value)) {
      const left = parent.childForFieldName('left');
      const found = this.exportOf(value);
      if (left && isCreator(found)) this.aliases.set(left.text.replace(/\s+/g, ''), found);
    } else if (parent.type === 'pair' && up(parent)?.type === 'object') {
      const object = up(parent);
      const declarator = object && up(object);
      const name = declarator?.childForFieldName('name');
      if (object && declarator?.type === 'variable_declarator' && name?.type === 'identifier')
        this.readObject(name.text, object);
    } else if (parent.type === 'return_statement' || parent.type === 'arrow_function') {
      const fn = parent.type === 'arrow_function' ? parent : this.index.ancestry.functionOf(parent);
      const name = fn ? functionName(fn) : undefined;
      if (fn && name) this.readReturning(name, fn);
    }
  }

  private readObject(name: string, object: SyntaxNode): void {
    for (const pair of object.namedChildren) {
      if (pair?.type !== 'pair') continue;
      const key = pair.childForFieldName('key')?.text.replace(/^['"]|['"]$/g, '');
      const value = pair.childForFieldName('value');
      const found = value ? this.exportOf(value) : undefined;
      if (key && found && found in CREATORS) this.aliases.set(`${name}.${key}`, found);
    }
  }

  /** A function every `return` of which hands back a creator (the first one found names it). */
  private readReturning(name: string, fn: SyntaxNode): void {
    const body = fn.childForFieldName('body');
    if (!body) return;
    const returned: SyntaxNode[] = [];
    if (body.type !== 'statement_block') returned.push(body);
    else
      for (const statement of body.descendantsOfType('return_statement')) {
        if (!statement || enclosingFunction(statement) !== fn.startIndex) continue;
        const value = statement.namedChild(0);
        if (value) returned.push(value);
      }
    const found = returned.map((value) => this.exportOf(value));
    const first = found[0];
    if (first && first in CREATORS && found.every((value) => value && value in CREATORS))
      this.returning.set(name, first);
  }

  /**
   * `class Conn extends net.Socket`, and classes that extend those: read from each
   * `extends` of the file, in source order, twice (a subclass declared before its base).
   */
  private readSubclasses(): void {
    const declarations = this.classesByExtends();
    for (let pass = 0; pass < 2; pass++) {
      const before = this.subclasses.size;
      for (const declaration of declarations) this.readSubclass(declaration);
      if (this.subclasses.size === before) break;
    }
    this.readEs5Subclasses();
  }

  /** The classes of the file that extend something, found from the keyword `extends`. */
  private classesByExtends(): SyntaxNode[] {
    const text = this.index.text;
    const declarations: SyntaxNode[] = [];
    const pattern = /(?<![\w$.])extends(?![\w$])/g;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      let node: SyntaxNode | null = this.index.root.descendantForIndex(
        match.index,
        match.index + 7,
      );
      // extends keyword > (extends_clause >) class_heritage > class
      for (let depth = 0; node && depth < 3 && node.type !== 'class_heritage'; depth++)
        node = node.parent;
      const declaration = node?.type === 'class_heritage' ? node.parent : null;
      if (declaration && (declaration.type === 'class_declaration' || declaration.type === 'class'))
        declarations.push(declaration);
    }
    return declarations;
  }

  private readSubclass(declaration: SyntaxNode): void {
    const name = declaration.childForFieldName('name');
    const heritage = declaration.namedChildren.find((child) => child?.type === 'class_heritage');
    if (!name || !heritage) return;
    // TypeScript: class_heritage > extends_clause > value; JavaScript: class_heritage > value.
    const clause = heritage.namedChildren.find((child) => child?.type === 'extends_clause');
    const base = clause ? clause.childForFieldName('value') : heritage.namedChild(0);
    if (!base) return;
    const bare = unwrapExpression(base);
    const inherited = bare.type === 'identifier' ? this.subclasses.get(bare.text) : undefined;
    const exported = this.exportOf(base);
    const creator = inherited ?? (exported ? CREATORS[exported] : undefined);
    if (creator?.isNew) this.subclasses.set(name.text, { ...creator, subclass: declaration });
  }

  /**
   * What tsc emits for a class when targeting ES5:
   *   var Conn = (function (_super) { __extends(Conn, _super); ... }(net_1.Socket));
   */
  private readEs5Subclasses(): void {
    for (const call of this.index.callsNamed('__extends', this.index.root)) {
      if (!/(^|\.)__extends\)?$/.test(call.childForFieldName('function')?.text ?? '')) continue;
      const name = call.childForFieldName('arguments')?.namedChild(0);
      const fn = functionOf(call);
      const iife = fn?.parent;
      if (name?.type !== 'identifier' || !fn || iife?.type !== 'call_expression') continue;
      if (iife.childForFieldName('function')?.startIndex !== fn.startIndex) continue;
      const base = iife.childForFieldName('arguments')?.namedChild(0);
      const exported = base ? this.exportOf(base) : undefined;
      const creator = exported ? CREATORS[exported] : undefined;
      if (creator?.isNew) this.subclasses.set(name.text, { ...creator, subclass: fn });
    }
  }
}

/** The name a function is known by in its file (declared, or the declarator or field it is the value of). */
function functionName(fn: SyntaxNode): string | undefined {
  if (fn.type === 'function_declaration') return fn.childForFieldName('name')?.text;
  const parent = fn.parent;
  if (parent?.type === 'variable_declarator') return parent.childForFieldName('name')?.text;
  return undefined;
}

function sameSpan(parent: SyntaxNode, field: string, node: SyntaxNode): boolean {
  const child = parent.childForFieldName(field);
  return !!child && child.startIndex === node.startIndex && child.endIndex === node.endIndex;
}

/** The start of the function a node is in (the program's start at top level). */
function enclosingFunction(node: SyntaxNode): number {
  for (let current = node.parent; current; current = current.parent) {
    if (/function|arrow_function|method_definition/.test(current.type)) return current.startIndex;
  }
  return 0;
}
