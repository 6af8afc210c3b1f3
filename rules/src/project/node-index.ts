import { existsSync, readFileSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { MAX_FILE_BYTES } from '../engine/lint.js';
import { createNativeBackend } from '../parse/native-backend.js';
import { languageForPath } from '../parse/languages.js';
import type { ParserBackend } from '../parse/syntax.js';
import { digestNodeModule } from './node-digest.js';
import { creationCalls, returnsSocket } from './node-exports.js';
import { importedInstances, relativeImports, resolveRelative } from './node-imports.js';
import type { NodeImport, NodeModuleDigest } from './node-types.js';
import { escapeRegExp } from '../text/regexp.js';

/** A module that names a socket module: it may make sockets. */
const SOCKET_MODULE = /['"`](?:node:)?(?:net|tls|dgram)['"`]/;
/**
 * Does the text say `export` or `exports` as a word (`\bexport\b|\bexports\b`)? From
 * each `export` a literal's search finds: a pattern that starts with `\b` is tried at
 * every character of a module that has none, or has its `module.exports` at the end.
 */
function namesExports(text: string): boolean {
  for (let at = text.indexOf('export'); at >= 0; at = text.indexOf('export', at + 6)) {
    if (isWord(text[at - 1])) continue;
    const after = text[at + 6] === 's' ? text[at + 7] : text[at + 6];
    if (!isWord(after)) return true;
  }
  return false;
}
const isWord = (char: string | undefined) => char !== undefined && /\w/.test(char);
/** A relative import or require: a helper may hand a socket on to another module. */
const RELATIVE = /(?:from\s*|require\(\s*)['"]\.\.?\//;
/** A function that may do something to a socket it is handed. */
const SOCKET_WORK =
  /['"`]error['"`]|\.\s*(?:setTimeout|destroy|connect|end)\s*\(|\b(?:pipeline|finished)\b/;

/**
 * The index's own parser when its caller has none, one per process (its queries compiled
 * once): the native one. Where it does not load (a wasm-only install), a caller without a
 * parser gets no Node index — the faces hand theirs (the CLI's, the server's, ESLint's).
 */
let indexBackend: ParserBackend | null | undefined;
function nativeBackend(): ParserBackend | undefined {
  if (indexBackend === undefined) {
    try {
      indexBackend = createNativeBackend();
    } catch {
      indexBackend = null;
    }
  }
  return indexBackend ?? undefined;
}

export interface NodeIndexOptions {
  root: string;
  /** The text of a file of the run (a caller that read it already); else read from disk. */
  read?: (path: string) => string | undefined;
  /** Whether a file of the run may bear a socket, known from a survey (the CLI's workers'): not read when not. */
  isSeed?: (path: string) => boolean | undefined;
  backend?: ParserBackend;
}

/**
 * The Node modules of a project worth a digest, chosen from their text, and their
 * digests — "parse only what may matter", for the index too (a digest is a parse):
 *   1. factories: modules of the run that name a socket module and return what a
 *      creator makes (`return net.connect(…)`, or a name assigned one); only their
 *      factories are digested;
 *   2. helpers: in every module that names a socket module, the calls of another
 *      module's export (relative imports only) with a socket's name as an argument
 *      (a name assigned a creator's result on the creator's line): those exports
 *      are digested, when their module's text does something a socket may be done
 *      (listens for 'error', sets a timeout, destroys, connects, imports relatively);
 *   3. then, to a fixed point, the exports digested helpers hand a socket on to and
 *      digested functions return the socket of.
 * Only relative specifiers are followed, and only inside `root`: never a package.
 */
export function digestNodeProject(
  files: readonly string[],
  options: NodeIndexOptions,
): NodeModuleDigest[] {
  const texts = new Map<string, string | undefined>();
  const text = (path: string) => {
    if (!texts.has(path)) texts.set(path, options.read?.(path) ?? readText(path));
    return texts.get(path);
  };
  const top = options.root.endsWith(sep) ? options.root : `${options.root}${sep}`;
  // A module's relative imports, read once: its seed's questions and its digest all ask.
  const imports = new Map<string, NodeImport[]>();
  const importsOf = (path: string, source: string): NodeImport[] => {
    let found = imports.get(path);
    if (!found) imports.set(path, (found = relativeImports(source)));
    return found;
  };
  const inRoot = (path: string) => path.startsWith(top);
  const exists = (path: string) => inRoot(path) && (texts.has(path) || existsSync(path));
  // What is asked of each module: export names, whether its factories are, constant strings.
  const requests = new Map<
    string,
    { names: Set<string>; factories: boolean; constants: Set<string> }
  >();
  const pending: string[] = [];
  const ask = (path: string, name: string | undefined, constant = false) => {
    const request = requests.get(path) ?? {
      names: new Set<string>(),
      factories: false,
      constants: new Set<string>(),
    };
    requests.set(path, request);
    if (constant) {
      if (request.constants.has(name as string)) return;
      request.constants.add(name as string);
    } else if (name === undefined) request.factories = true;
    else if (!request.names.has(name)) request.names.add(name);
    else return;
    pending.push(path);
  };
  for (const path of files) {
    if (languageForPath(path)?.family !== 'node') continue;
    // Most modules name no socket module: the caller's survey, or their bytes, say so.
    const seed = options.isSeed?.(path);
    // (A caller's text may be another than the disk's: an editor's unsaved buffer.)
    if (
      seed === false ||
      (seed === undefined && options.read?.(path) === undefined && !namesSocketModule(path))
    )
      continue;
    const source = text(path);
    if (!source || !SOCKET_MODULE.test(source)) continue;
    const calls = creationCalls(source);
    if (namesExports(source) && returnsSocket(source, calls)) ask(path, undefined);
    const entries = importsOf(path, source);
    for (const { module, name } of socketHandOns(path, source, exists, calls, entries))
      ask(module, name);
    for (const { module, name } of pathConstants(path, source, exists, calls, entries))
      ask(module, name, true);
  }
  const digests = new Map<string, NodeModuleDigest>();
  const backend = options.backend ?? nativeBackend();
  if (!backend) return [];
  while (pending.length > 0) {
    const path = pending.pop() as string;
    const request = requests.get(path);
    const language = languageForPath(path);
    const source = text(path);
    if (!request || !source || language?.family !== 'node' || !namesExports(source)) continue;
    if (
      request.constants.size === 0 &&
      !SOCKET_WORK.test(source) &&
      !SOCKET_MODULE.test(source) &&
      !RELATIVE.test(source)
    )
      continue;
    const done = digests.get(path);
    if (
      done &&
      [...request.names, ...request.constants].every((name) => Object.hasOwn(done.exports, name))
    )
      continue;
    const found = digestNodeModule(
      backend,
      language.id,
      path,
      source,
      request,
      importsOf(path, source),
    );
    digests.set(path, found);
    // The exports its functions hand a socket on to, or return the socket of.
    for (const fn of Object.values(found.exports)) {
      const next = [
        ...(fn.returnsCall ? [fn.returnsCall] : []),
        ...(fn.inherits ? [fn.inherits] : []),
      ];
      for (const param of fn.params) next.push(...(param?.handsOn ?? []));
      for (const call of next) {
        const entry = found.imports.find((i) => i.local === call.local);
        const module = entry ? resolveRelative(entry.specifier, path, exists) : undefined;
        if (!entry || !module) continue;
        ask(
          module,
          (entry.imported === '*' ? (call.property ?? 'default') : entry.imported) +
            (call.member ?? ''),
        );
      }
    }
  }
  return [...digests.values()];
}

/**
 * The constants of other modules `text` connects to as a path, by its text: an imported
 * name as a connect's first argument (`net.connect(SOCKET_PATH`, `.connect(paths.X`
 * aside: a namespace's member is not read) or as a `path` option (`{ path: SOCKET_PATH }`).
 */
function pathConstants(
  path: string,
  text: string,
  exists: (path: string) => boolean,
  calls: readonly { index: number; name: string }[],
  entries: readonly NodeImport[],
): { module: string; name: string }[] {
  // From the creators' calls found already, and from each `path` (literals: fast).
  const used = new Set<string>();
  for (const { index, name } of calls) {
    if (name !== 'connect' && name !== 'createConnection') continue;
    const argument = FIRST_NAME.exec(text.slice(text.indexOf('(', index) + 1, index + 256));
    if (argument) used.add(argument[1] as string);
  }
  for (let at = text.indexOf('path'); at >= 0; at = text.indexOf('path', at + 4)) {
    if (/[\w$]/.test(text[at - 1] ?? '')) continue;
    const option = PATH_OPTION.exec(text.slice(at + 4, at + 260));
    if (option) used.add(option[1] as string);
  }
  if (used.size === 0) return [];
  const found: { module: string; name: string }[] = [];
  for (const entry of entries) {
    if (!used.has(entry.local) || entry.imported === '*') continue;
    const module = resolveRelative(entry.specifier, path, exists);
    if (module) found.push({ module, name: entry.imported });
  }
  return found;
}

/** A name as a call's first argument (after its `(`), or as the `path` option (after `path`). */
const FIRST_NAME = /^\s*([\w$]+)\s*[,)]/;
const PATH_OPTION = /^['"]?\s*:\s*([\w$]+)\s*[,}\n]/;

/**
 * The exports of other modules `text` hands a socket to, by its text: calls of an
 * imported name (`attach(s)`, `util.attach(this.sock)`, `(0, util_1.attach)(s)`) with,
 * as an argument, a name the module assigns a creator's or an imported call's result.
 */
function socketHandOns(
  path: string,
  text: string,
  exists: (path: string) => boolean,
  calls: readonly { index: number; name: string }[],
  entries: readonly NodeImport[],
): { module: string; name: string }[] {
  // The names a creation is assigned to, read back from each creator's call on its line
  // (`new Stream(` aside: a stream of another kind, mostly).
  const holders = new Set<string>();
  for (const { index, name } of calls) {
    if (name === 'Stream') continue;
    const before = text.slice(text.lastIndexOf('\n', index) + 1, index);
    const assigned = /(?:^|[^\w$.])((?:this\.|self\.)?[\w$]+)\s*=(?![=>])[^=]*$/.exec(before);
    if (assigned) holders.add(assigned[1] as string);
  }
  if (holders.size === 0) return [];
  const found: { module: string; name: string }[] = [];
  const modules = new Map<string, string | undefined>();
  const resolve = (specifier: string) => {
    if (!modules.has(specifier)) modules.set(specifier, resolveRelative(specifier, path, exists));
    return modules.get(specifier);
  };
  if (entries.length === 0) return [];
  // The calls of every imported name, in one scan of the text (a scan per import was
  // most of the index's time in a module with many).
  const locals = [...new Set(entries.map((entry) => entry.local))];
  const alternatives = locals.map(escapeRegExp).join('|');
  const importCalls = new RegExp(
    String.raw`(?<![\w$.])(${alternatives})\s*(?:\.\s*([\w$]+)\s*)?(?:\.\s*([\w$]+)\s*)?\)?\s*\(([^()]*)\)`,
    'g',
  );
  const callsOf = new Map<string, RegExpMatchArray[]>();
  for (const match of text.matchAll(importCalls)) {
    const local = match[1] as string;
    callsOf.set(local, [...(callsOf.get(local) ?? []), match]);
  }
  const handsHolder = (args: string | undefined) =>
    (args ?? '').split(',').some((arg) => holders.has(arg.replace(/\s+/g, '')));
  for (const entry of entries) {
    for (const match of callsOf.get(entry.local) ?? []) {
      if (!handsHolder(match[4])) continue;
      const module = resolve(entry.specifier);
      // `f(s)`, `ns.f(s)`, `new Conn(s)`; a class's static method: `Conn.open(s)`, `ns.Conn.open(s)`
      // (`Pool.check(s)` of `Pool = require('./pool')`: `check`, or the default class's `default.check`).
      const name =
        entry.imported === '*'
          ? match[3]
            ? `${match[2]}.${match[3]}`
            : (match[2] ?? 'default')
          : match[3]
            ? undefined
            : match[2]
              ? `${entry.imported}.${match[2]}`
              : entry.imported;
      if (module && name) found.push({ module, name });
      if (module && entry.imported === '*' && match[2] && !match[3])
        found.push({ module, name: `default.${match[2]}` });
    }
  }
  // Methods of instances of an imported class (`conn.attach(s)` where `conn = new Conn(h)`),
  // and of a class of this module that extends one (`this.attach(s)`).
  if (text.includes('new') || text.includes('extends'))
    for (const { instance, local, member } of importedInstances(text, new Set(locals))) {
      const entry = entries.find((e) => e.local === local);
      const className =
        entry?.imported === '*' ? (member ?? 'default') : member ? undefined : entry?.imported;
      const module = entry && className ? resolve(entry.specifier) : undefined;
      if (!module) continue;
      // Its method calls, from each mention a literal's search finds.
      for (let at = text.indexOf(instance); at >= 0; at = text.indexOf(instance, at + 1)) {
        if (/[\w$.]/.test(text[at - 1] ?? '')) continue;
        const call = METHOD_CALL.exec(text.slice(at + instance.length, at + instance.length + 400));
        if (call && handsHolder(call[2])) found.push({ module, name: `${className}#${call[1]}` });
      }
    }
  return found;
}

/** After an instance's name: `.attach(s)`. */
const METHOD_CALL = /^\s*\.\s*([\w$]+)\s*\(([^()]*)\)/;

function namesSocketModule(path: string): boolean {
  try {
    const bytes = readFileSync(path);
    return ['net', 'tls', 'dgram'].some((word) => bytes.includes(word));
  } catch {
    return false;
  }
}

function readText(path: string): string | undefined {
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return undefined;
    const text = readFileSync(path, 'utf8');
    return text.includes('\0') ? undefined : text;
  } catch {
    return undefined;
  }
}
