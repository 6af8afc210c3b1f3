import type { SyntaxNode } from '../../parse/syntax.js';
import { relativeImports, resolveRelative } from '../../project/node-imports.js';
import type { NodeExportFact, NodeProjectFacts, SocketEffects } from '../../project/node-types.js';
import { unwrapExpression } from './expressions.js';
import type { SocketUse } from './types.js';

/**
 * The project's other modules as one file's model sees them (through the project
 * index): the file's relative imports, resolved to the modules the index read, and
 * what their exports do with sockets. A name the index does not know keeps the
 * single-file behaviour (a socket handed to it escapes; a call of it makes nothing).
 */
export class NodeProjectView {
  /** Local name → the module and export it stands for (`*`: the whole module). */
  private readonly imports = new Map<string, { module: string; imported: string }>();

  constructor(
    path: string,
    text: string,
    private readonly facts: NodeProjectFacts,
  ) {
    const exists = (candidate: string) => Object.hasOwn(facts.modules, candidate);
    for (const entry of relativeImports(text)) {
      const module = resolveRelative(entry.specifier, path, exists);
      if (module) this.imports.set(entry.local, { module, imported: entry.imported });
    }
  }

  get isEmpty(): boolean {
    return this.imports.size === 0;
  }

  /** The names a call of an imported factory is made through: `getStream`, `stream.getStream`'s `getStream`. */
  factoryNames(): string[] {
    const names = new Set<string>();
    for (const [local, { module, imported }] of this.imports) {
      const exports = this.facts.modules[module] ?? {};
      if (imported !== '*') {
        if (Object.hasOwn(exports, imported) && exports[imported]?.socket) names.add(local);
        continue;
      }
      if (exports.default?.socket) names.add(local);
      for (const [name, fact] of Object.entries(exports)) if (fact.socket) names.add(name);
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
      const found = this.imports.get(node.text);
      if (!found) return undefined;
      return this.fact(found.module, found.imported === '*' ? 'default' : found.imported);
    }
    if (node.type !== 'member_expression') return undefined;
    const object = node.childForFieldName('object');
    const property = node.childForFieldName('property')?.text;
    const found = object?.type === 'identifier' ? this.imports.get(object.text) : undefined;
    if (!found || !property) return undefined;
    if (found.imported === '*') return this.fact(found.module, property);
    // `import x from './m'` compiled: `m_1.default.dial`; or `x.dial` of a default object.
    return undefined;
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
