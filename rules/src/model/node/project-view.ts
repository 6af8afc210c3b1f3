import type { SyntaxNode } from '../../parse/syntax.js';
import { importedInstances, relativeImports, resolveRelative } from '../../project/node-imports.js';
import type {
  NodeExportFact,
  NodeImport,
  NodeProjectFacts,
  SocketEffects,
} from '../../project/node-types.js';
import { unwrapExpression } from './expressions.js';
import { instanceScope, madeIn } from './instance-binding.js';
import type { SocketUse } from './types.js';

/**
 * The project's other modules as one file's model sees them (through the project
 * index): the file's relative imports, resolved to the modules the index read, and
 * what their exports do with sockets. A name the index does not know keeps the
 * single-file behaviour (a socket handed to it escapes; a call of it makes nothing).
 */
export class NodeProjectView {
  /** The file's relative imports by local name, read on first need (most files never ask). */
  private entries: Map<string, NodeImport> | undefined;
  /** Local name → the module and export it stands for (`*`: the whole module); null: none the index read. */
  private readonly resolved = new Map<string, { module: string; imported: string } | null>();
  /** The names holding an instance of an imported class, read on first need. */
  private made: Set<string> | undefined;
  /** By the binding (its scope's span and the name) → the class; null: no instance. */
  private readonly instances = new Map<string, { module: string; imported: string } | null>();

  constructor(
    private readonly path: string,
    private readonly text: string,
    private readonly facts: NodeProjectFacts,
  ) {}

  /** Does the file import a module the index read? By the text: a module's name in it. */
  get isEmpty(): boolean {
    return !this.facts.stems.some((stem) => this.text.includes(stem));
  }

  private lookup(local: string): { module: string; imported: string } | undefined {
    let found = this.resolved.get(local);
    if (found === undefined) {
      this.entries ??= new Map(relativeImports(this.text).map((entry) => [entry.local, entry]));
      const entry = this.entries.get(local);
      const exists = (candidate: string) => Object.hasOwn(this.facts.modules, candidate);
      const module = entry ? resolveRelative(entry.specifier, this.path, exists) : undefined;
      found = entry && module ? { module, imported: entry.imported } : null;
      this.resolved.set(local, found);
    }
    return found ?? undefined;
  }

  /** The names a call of an imported factory is made through: `getStream`, `stream.getStream`'s `getStream`. */
  factoryNames(): string[] {
    // Only a file that names a factory (or a default factory's module) imports one.
    if (!this.facts.factories.some((name) => this.text.includes(name))) return [];
    this.entries ??= new Map(relativeImports(this.text).map((entry) => [entry.local, entry]));
    const names = new Set<string>();
    // An entry that imports a name no module exports a factory under makes no socket:
    // its specifier is not resolved (a resolution tries a dozen paths).
    const factories = new Set(this.facts.factories);
    for (const [local, entry] of this.entries) {
      const { imported } = entry;
      if (imported !== '*' && imported !== 'default' && !factories.has(imported)) continue;
      const found = this.lookup(local);
      if (!found) continue;
      const exports = this.facts.modules[found.module] ?? {};
      // A class's factories are called by their member's name: `Conn.open(`, `conn.dial(`.
      const members = (prefix: string) => {
        for (const [name, fact] of Object.entries(exports))
          if (fact.socket && name.startsWith(prefix) && /^[.#]/.test(name.slice(prefix.length)))
            names.add(name.slice(prefix.length + 1));
      };
      if (found.imported !== '*') {
        if (Object.hasOwn(exports, found.imported) && exports[found.imported]?.socket)
          names.add(local);
        members(found.imported);
        continue;
      }
      if (exports.default?.socket) names.add(local);
      for (const [name, fact] of Object.entries(exports))
        if (fact.socket) names.add(name.replace(/^[\w$]+[.#]/, ''));
    }
    return [...names];
  }

  /**
   * The export a callee names: `dial` (imported), `transport.dial` and `(0, transport_1.dial)`
   * (a namespace or `require`), `stream_1.default` (compiled default import), or the module
   * itself called (`const dial = require('./dial'); dial()` of `module.exports = function`).
   */
  exportOf(callee: SyntaxNode): NodeExportFact | undefined {
    const node = unwrapExpression(callee);
    if (node.type === 'identifier') {
      const found = this.lookup(node.text);
      if (!found) return undefined;
      return this.fact(found.module, found.imported === '*' ? 'default' : found.imported);
    }
    if (node.type !== 'member_expression') return undefined;
    const object = node.childForFieldName('object');
    const property = node.childForFieldName('property')?.text;
    if (!object || !property) return undefined;
    const found = object.type === 'identifier' ? this.lookup(object.text) : undefined;
    // `ns.f`, or a static method of the class a module is (`module.exports = class`).
    if (found?.imported === '*')
      return this.fact(found.module, property) ?? this.fact(found.module, `default.${property}`);
    // A static method of an imported class: `Conn.open`, `transport_1.Conn.open`.
    const imported = found ?? this.namespaceMember(object);
    if (imported) return this.fact(imported.module, `${imported.imported}.${property}`);
    // A method of an instance of one (`conn.attach`, `this.conn.attach`), or inherited from
    // one (`this.attach` in `class Pool extends Conn`).
    if (object.type === 'this') {
      const base = this.baseOf(object);
      return base ? this.fact(base.module, `${base.imported}#${property}`) : undefined;
    }
    if (object.type !== 'identifier' && object.type !== 'member_expression') return undefined;
    const made = this.instanceOf(object);
    return made ? this.fact(made.module, `${made.imported}#${property}`) : undefined;
  }

  /** `transport_1.Conn` of a namespace import: the module and `Conn`. */
  private namespaceMember(node: SyntaxNode): { module: string; imported: string } | undefined {
    if (node.type !== 'member_expression') return undefined;
    const object = node.childForFieldName('object');
    const property = node.childForFieldName('property')?.text;
    const found = object?.type === 'identifier' ? this.lookup(object.text) : undefined;
    return found?.imported === '*' && property
      ? { module: found.module, imported: property }
      : undefined;
  }

  /** The imported class the class around `node` extends: `Conn` of `class Pool extends Conn`. */
  private baseOf(node: SyntaxNode): { module: string; imported: string } | undefined {
    let up = node.parent;
    while (up && up.type !== 'class_declaration' && up.type !== 'class') up = up.parent;
    const body = up?.childForFieldName('body');
    const base =
      up && body
        ? /\bextends\s+([\w$]+)(?:\s*\.\s*([\w$]+))?\s*$/.exec(
            up.text.slice(0, body.startIndex - up.startIndex),
          )
        : null;
    const found = base ? this.lookup(base[1] as string) : undefined;
    if (!base || !found) return undefined;
    if (found.imported === '*') return { module: found.module, imported: base[2] ?? 'default' };
    return base[2] ? undefined : found;
  }

  /**
   * The imported class the binding `node` reads holds an instance of: a name some `new` of an
   * imported class is assigned to (`importedInstances`, a literal search), then that use's own
   * binding (its declaring block, or `this.conn`'s class) made by that class at every assignment.
   */
  private instanceOf(node: SyntaxNode): { module: string; imported: string } | undefined {
    const name = node.text;
    if (!/^(?:this\.)?[\w$]+$/.test(name)) return undefined;
    this.entries ??= new Map(relativeImports(this.text).map((entry) => [entry.local, entry]));
    this.made ??= new Set(
      importedInstances(this.text, new Set(this.entries.keys())).map((entry) => entry.instance),
    );
    if (!this.made.has(name)) return undefined;
    const bound = instanceScope(node);
    if (!bound) return undefined;
    const key = `${bound.scope.startIndex}:${bound.scope.endIndex}:${name}`;
    let found = this.instances.get(key);
    if (found === undefined) {
      const held = madeIn(bound.scope, bound.name, bound.self);
      const module = held ? this.lookup(held.local) : undefined;
      const className =
        module?.imported === '*'
          ? (held?.member ?? 'default')
          : held?.member
            ? undefined
            : module?.imported;
      found = module && className ? { module: module.module, imported: className } : null;
      this.instances.set(key, found);
    }
    return found ?? undefined;
  }

  /** The constant string an imported name stands for (`import { SOCKET_PATH } from './paths'`). */
  constantOf(local: string): string | undefined {
    const found = this.lookup(local);
    if (!found || found.imported === '*') return undefined;
    return this.fact(found.module, found.imported)?.constant;
  }

  private fact(module: string, name: string): NodeExportFact | undefined {
    const exports = this.facts.modules[module];
    return exports && Object.hasOwn(exports, name) ? exports[name] : undefined;
  }
}

/**
 * What a function of another module does to a socket, as uses of the socket at the
 * call that hands it there (or makes it): the rules read them as they read a helper's
 * of the same file, pointing at that call.
 */
export function importedUses(
  call: SyntaxNode,
  name: SyntaxNode,
  effects: SocketEffects,
  via: SyntaxNode | undefined,
): SocketUse[] {
  const at = { call, name, via: via ?? call };
  const uses: SocketUse[] = [];
  if (effects.error) uses.push({ ...at, method: 'on', args: [], event: 'error' });
  if (effects.timeout)
    uses.push({
      ...at,
      method: 'setTimeout',
      args: [call],
      ...(effects.timeout === 'given' ? { onlyWhenGiven: true } : {}),
    });
  if (effects.connects) uses.push({ ...at, method: 'connect', args: [] });
  if (effects.destroys) uses.push({ ...at, method: 'destroy', args: [] });
  return uses;
}
