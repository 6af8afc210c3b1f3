import type { SyntaxNode } from '../../parse/syntax.js';
import type { FileNodes } from './file-nodes.js';
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

const FUNCTION_VALUES = new Set(['function_expression', 'function', 'arrow_function']);

/** A creator's name not followed by a call's parenthesis (`(0, net_1.connect)(` is a call). */
const VALUE_MENTION = /\b(connect|createConnection|Socket|Stream|TLSSocket)\b(?![\s)]*\()/;

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
    private readonly nodes: FileNodes,
    private readonly bindings: ReadonlyMap<string, Binding>,
    private readonly index: NameIndex,
    text: string,
  ) {
    // The tables cost a pass over the file's declarations: only where a creator is named
    // other than in a call (`= net.connect`, `{ connect: tls.connect }`, `import { connect }`)
    // or a class extends something.
    const values = VALUE_MENTION.test(text);
    const classes = /\bextends\b|__extends/.test(text);
    for (let pass = 0; pass < 2; pass++) {
      if (values) this.readAliases();
      if (classes) this.readSubclasses();
      // Again only when the first pass found some: an alias of an alias
      // (`const c = transport.connect`), a subclass of a subclass.
      if (this.aliases.size + this.returning.size + this.subclasses.size === 0) break;
    }
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

  /** `const dial = net.connect`, `{ connect: tls.connect }`, `t.connect = tls.connect`, `function pick(o) { return ... }`. */
  private readAliases(): void {
    const isCreator = (name: string | undefined): name is string => !!name && name in CREATORS;
    for (const declarator of this.nodes.of('variable_declarator')) {
      const name = declarator?.childForFieldName('name');
      const value = declarator?.childForFieldName('value');
      if (name?.type !== 'identifier' || !value) continue;
      if (value.type === 'object') this.readObject(name.text, value);
      else if (FUNCTION_VALUES.has(value.type)) this.readReturning(name.text, value);
      else {
        // `const dial = net.connect`, and `const dial = pick(o)`.
        const found = this.exportOf(value);
        if (isCreator(found)) this.aliases.set(name.text, found);
      }
    }
    for (const assignment of this.nodes.of('assignment_expression')) {
      const left = assignment?.childForFieldName('left');
      const right = assignment?.childForFieldName('right');
      if (!left || !right) continue;
      const found = this.exportOf(right);
      if (isCreator(found)) this.aliases.set(left.text.replace(/\s+/g, ''), found);
    }
    for (const fn of this.nodes.of('function_declaration')) {
      const name = fn?.childForFieldName('name');
      if (fn && name) this.readReturning(name.text, fn);
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
    else if (VALUE_MENTION.test(body.text))
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

  /** `class Conn extends net.Socket`, and classes that extend those. */
  private readSubclasses(): void {
    for (const declaration of this.nodes.of('class_declaration', 'class')) {
      const name = declaration?.childForFieldName('name');
      const heritage = declaration?.namedChildren.find((child) => child?.type === 'class_heritage');
      if (!declaration || !name || !heritage) continue;
      // TypeScript: class_heritage > extends_clause > value; JavaScript: class_heritage > value.
      const clause = heritage.namedChildren.find((child) => child?.type === 'extends_clause');
      const base = clause ? clause.childForFieldName('value') : heritage.namedChild(0);
      if (!base) continue;
      const bare = unwrapExpression(base);
      const inherited = bare.type === 'identifier' ? this.subclasses.get(bare.text) : undefined;
      const exported = this.exportOf(base);
      const creator = inherited ?? (exported ? CREATORS[exported] : undefined);
      if (creator?.isNew) this.subclasses.set(name.text, { ...creator, subclass: declaration });
    }
    // What tsc emits for a class when targeting ES5:
    //   var Conn = (function (_super) { __extends(Conn, _super); ... }(net_1.Socket));
    // (Calls are listed only for files that have the helper: the list costs a walk.)
    const es5 = this.nodes
      .of('variable_declarator')
      .some((declarator) => declarator.childForFieldName('name')?.text === '__extends');
    const calls = es5 ? this.index.callsTo(/(^|\.)__extends\)?$/, this.index.root) : [];
    for (const call of calls) {
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

/** The start of the function a node is in (the program's start at top level). */
function enclosingFunction(node: SyntaxNode): number {
  for (let current = node.parent; current; current = current.parent) {
    if (/function|arrow_function|method_definition/.test(current.type)) return current.startIndex;
  }
  return 0;
}
