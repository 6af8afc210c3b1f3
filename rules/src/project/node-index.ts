import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { MAX_FILE_BYTES } from '../engine/lint.js';
import { createNativeBackend } from '../parse/native-backend.js';
import { languageForPath } from '../parse/languages.js';
import type { ParserBackend } from '../parse/syntax.js';
import { digestNodeModule } from './node-digest.js';
import { relativeImports, resolveRelative } from './node-imports.js';
import type { NodeModuleDigest } from './node-types.js';

/** A module that names a socket module: it may make sockets. */
const SOCKET_MODULE = /['"`](?:node:)?(?:net|tls|dgram)['"`]/;
const EXPORTS = /\bexport\b|\bexports\b/;
const CREATOR = String.raw`(?:new\s+)?[\w$.()\s,]*?\b(?:connect|createConnection|Socket|TLSSocket|Stream|createSocket)\s*\(`;
/** `return net.connect(…)`, `=> new tls.TLSSocket(…)`: a function returns what it makes. */
const RETURNS_CREATION = new RegExp(String.raw`(?:\breturn\s+|=>\s*)${CREATOR}`);
/** A relative import or require: a helper may hand a socket on to another module. */
const RELATIVE = /(?:from\s*|require\(\s*)['"]\.\.?\//;
/** A function that may do something to a socket it is handed. */
const SOCKET_WORK =
  /['"`]error['"`]|\.\s*(?:setTimeout|destroy|connect|end)\s*\(|\b(?:pipeline|finished)\b/;

export interface NodeIndexOptions {
  root: string;
  /** The text of a file of the run (a caller that read it already); else read from disk. */
  read?: (path: string) => string | undefined;
  backend?: ParserBackend;
}

/**
 * The Node modules of a project worth a digest, chosen from their text, and their
 * digests — "parse only what may matter", for the index too:
 *   1. factories: modules of the run that name a socket module and return what a
 *      creator makes (`return net.connect(…)`, or a name assigned one);
 *   2. helpers: the modules that every module naming a socket module imports
 *      relatively and calls, when their text does
 *      something a socket may be done (listens for 'error', sets a timeout,
 *      destroys, connects);
 *   3. then, to a fixed point, the modules digested helpers hand a socket on to
 *      and digested functions return the socket of.
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
  const inRoot = (path: string) => {
    const rel = relative(options.root, path);
    return !rel.startsWith('..') && !isAbsolute(rel);
  };
  const exists = (path: string) => inRoot(path) && (texts.has(path) || existsSync(path));
  const digests = new Map<string, NodeModuleDigest>();
  let backend = options.backend;
  const digest = (path: string, source: string) => {
    const language = languageForPath(path);
    if (digests.has(path) || language?.family !== 'node') return;
    backend ??= createNativeBackend();
    digests.set(path, digestNodeModule(backend, language.id, path, source));
  };
  const wanted: string[] = [];
  for (const path of files) {
    if (languageForPath(path)?.family !== 'node') continue;
    const source = text(path);
    if (!source || !SOCKET_MODULE.test(source)) continue;
    if (EXPORTS.test(source) && returnsSocket(source)) wanted.push(path);
    for (const module of calledImports(path, source, exists)) wanted.push(module);
  }
  // The helpers and factories the digested modules name, to a fixed point.
  while (wanted.length > 0) {
    const path = wanted.pop() as string;
    if (digests.has(path)) continue;
    const source = text(path);
    if (!source || !EXPORTS.test(source)) continue;
    // A helper that may only hand the socket on to another module's helper is read too.
    if (!SOCKET_WORK.test(source) && !SOCKET_MODULE.test(source) && !RELATIVE.test(source))
      continue;
    digest(path, source);
    const found = digests.get(path);
    for (const fn of Object.values(found?.exports ?? {})) {
      const next = [...(fn.returnsCall ? [fn.returnsCall] : [])];
      for (const param of fn.params) next.push(...(param?.handsOn ?? []));
      for (const call of next) {
        const entry = found?.imports.find((i) => i.local === call.local);
        const module = entry ? resolveRelative(entry.specifier, path, exists) : undefined;
        if (module && !digests.has(module)) wanted.push(module);
      }
    }
  }
  return [...digests.values()];
}

/** `return net.connect(…)`, or `return s` where `s = net.connect(…)`. */
function returnsSocket(text: string): boolean {
  if (RETURNS_CREATION.test(text)) return true;
  for (const match of text.matchAll(/\breturn\s+(?:this\.)?([\w$]+)\s*[;\n}]/g)) {
    const name = (match[1] as string).replace(/\$/g, '\\$');
    if (new RegExp(String.raw`\b${name}\s*=\s*${CREATOR}`).test(text)) return true;
  }
  return false;
}

/** The modules `text` imports relatively and calls (`attach(s)`, `util.attach(s)`, `(0, m_1.dial)()`). */
function calledImports(path: string, text: string, exists: (path: string) => boolean): string[] {
  const modules: string[] = [];
  for (const entry of relativeImports(text)) {
    const local = entry.local.replace(/\$/g, '\\$');
    const called = new RegExp(String.raw`(?<![\w$.])${local}\s*(?:\.\s*[\w$]+\s*)?\)?\s*\(`).test(
      text,
    );
    if (!called) continue;
    const module = resolveRelative(entry.specifier, path, exists);
    if (module) modules.push(module);
  }
  return modules;
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
