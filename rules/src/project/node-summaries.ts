import { basename, dirname } from 'node:path';
import { resolveRelative } from './node-imports.js';
import type {
  ImportedCall,
  NodeExportFact,
  NodeModuleDigest,
  NodeProjectFacts,
  SocketEffects,
} from './node-types.js';

/**
 * The project's Node modules as their importers see them, from every module's
 * digest, to a fixed point: a parameter handed on to another module's export
 * gets what that export does to it (a helper of a helper listens if the inner
 * one does; handed to one the index does not know, it escapes); a function that
 * returns another module's factory's socket is a factory of that socket.
 */
export function summarizeNodeProject(digests: Iterable<NodeModuleDigest>): NodeProjectFacts {
  const modules = new Map<string, NodeModuleDigest>();
  for (const digest of [...digests].sort((a, b) => a.path.localeCompare(b.path)))
    modules.set(digest.path, digest);
  const exists = (path: string) => modules.has(path);
  const facts: Record<string, Record<string, NodeExportFact>> = {};
  // Start from what each function does itself; hands-on and factories of factories unknown.
  for (const [path, digest] of modules) {
    const exports: Record<string, NodeExportFact> = {};
    for (const [name, fn] of Object.entries(digest.exports))
      exports[name] = {
        ...(fn.constant !== undefined ? { constant: fn.constant } : {}),
        ...(fn.socket ? { socket: fn.socket } : {}),
        params: fn.params.map((p) =>
          p && !p.escapes && p.handsOn.length === 0 ? p.effects : null,
        ),
      };
    facts[path] = exports;
  }
  const target = (from: NodeModuleDigest, call: ImportedCall): NodeExportFact | undefined => {
    const entry = from.imports.find((i) => i.local === call.local);
    const module = entry ? resolveRelative(entry.specifier, from.path, exists) : undefined;
    const exports = module ? facts[module] : undefined;
    if (!entry || !exports) return undefined;
    const name =
      (entry.imported === '*'
        ? (call.property ?? 'default')
        : call.property
          ? ''
          : entry.imported) + (call.member ?? '');
    return Object.hasOwn(exports, name) ? exports[name] : undefined;
  };
  // Effects only grow and a null only turns into effects once: a fixed point in a few rounds.
  for (let changed = true, round = 0; changed && round < 32; round++) {
    changed = false;
    for (const [path, digest] of modules) {
      for (const [name, fn] of Object.entries(digest.exports)) {
        const fact = facts[path]?.[name];
        if (!fact) continue;
        // A class's member its base of another module defines: what that one is.
        if (fn.inherits) {
          const base = target(digest, fn.inherits);
          if (base && JSON.stringify(base) !== JSON.stringify(fact)) {
            facts[path] = { ...facts[path], [name]: base };
            changed = true;
          }
          continue;
        }
        if (!fact.socket && fn.returnsCall) {
          const socket = target(digest, fn.returnsCall)?.socket;
          if (socket) {
            fact.socket = socket;
            changed = true;
          }
        }
        fn.params.forEach((param, position) => {
          if (!param || param.escapes || param.handsOn.length === 0) return;
          let effects: SocketEffects | null = { ...param.effects };
          for (const on of param.handsOn) {
            const inner = target(digest, on)?.params[on.arg];
            effects = inner && effects ? union(effects, inner) : null;
          }
          if (JSON.stringify(effects) !== JSON.stringify(fact.params[position])) {
            fact.params[position] = effects;
            changed = true;
          }
        });
      }
    }
  }
  const factories = new Set<string>();
  for (const [path, exports] of Object.entries(facts))
    for (const [name, fact] of Object.entries(exports)) {
      if (!fact.socket) continue;
      // A default export is called by whatever name its importer gives it: its module's, mostly.
      // A class's factory is called by its member's name (`Conn.open(`, `conn.dial(`), and its
      // class is imported by the class's.
      const member = /^([\w$]+)[.#]([\w$]+)$/.exec(name);
      const stem = basename(path).replace(/\.[^.]*$/, '');
      if (member)
        factories
          .add(member[1] === 'default' ? stem : (member[1] as string))
          .add(member[2] as string);
      else factories.add(name === 'default' ? basename(path).replace(/\.[^.]*$/, '') : name);
    }
  const stems = new Set<string>();
  for (const path of Object.keys(facts)) {
    const stem = basename(path).replace(/\.[^.]*$/, '');
    stems.add(stem);
    if (stem === 'index') stems.add(basename(dirname(path)));
  }
  return { modules: facts, factories: [...factories].sort(), stems: [...stems].sort() };
}

function union(a: SocketEffects, b: SocketEffects): SocketEffects {
  const effects: SocketEffects = { ...a };
  if (b.error) effects.error = true;
  if (b.connects) effects.connects = true;
  if (b.destroys) effects.destroys = true;
  if (b.timeout === 'always' || (b.timeout && !effects.timeout)) effects.timeout = b.timeout;
  return effects;
}
