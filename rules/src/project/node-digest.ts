import type { ParserBackend, SyntaxNode } from '../parse/syntax.js';
import { callArguments } from '../parse/tree.js';
import { NameIndex } from '../model/node/name-index.js';
import { findSockets } from '../model/node/file-model.js';
import { unwrapExpression } from '../model/node/expressions.js';
import type { NodeSocket, SocketUse } from '../model/node/types.js';
import type { Flow } from '../model/node/value-flow.js';
import {
  classNamed,
  exportedConstantLocal,
  factoryMembers,
  exportedFunctions,
  returnsSocket,
  type ExportedClass,
} from './node-exports.js';
import { FileStringConstants } from '../model/node/string-constants.js';
import { relativeImports } from './node-imports.js';
import type {
  ExportDigest,
  ImportedCall,
  NodeImport,
  NodeModuleDigest,
  ParamDigest,
  SocketEffects,
} from './node-types.js';

/** The exports to digest: those asked for by name (or all), and the factories among the rest. */
export interface DigestRequest {
  names: ReadonlySet<string> | 'all';
  factories: boolean;
  /** Exports asked for as constant strings (a path an importer connects to). */
  constants?: ReadonlySet<string>;
}

/** Parameters followed per exported function: a socket is handed among the first few. */
const MAX_PARAMS = 4;
const LISTENING = /^(on|once|addListener|prependListener|prependOnceListener)$/;
const ENDING = /^(destroy|end|resetAndDestroy)$/;

/**
 * What one module tells its importers about sockets: for each exported function
 * asked for, the socket it makes and returns (its kind, whether it connects, and
 * what the function did to it), the other module's factory whose socket it returns,
 * and what it does to a socket handed to each parameter (listens for 'error', sets
 * a timeout, connects, destroys, hands it on to another module's export — or lets
 * it escape). Read with the Node model, on a slice of the module: its imports and
 * the function's own text, found from the text (`node-exports.ts`) — a module of
 * 100 KB whose one helper is asked for costs the parse of that helper. A function
 * of the module the helper calls is not in the slice: a socket handed to it escapes.
 */
export function digestNodeModule(
  backend: ParserBackend,
  languageId: string,
  path: string,
  text: string,
  wanted: DigestRequest = { names: 'all', factories: true },
  imports: NodeImport[] = relativeImports(text),
): NodeModuleDigest {
  const header = moduleHeader(text);
  const asked = (name: string) => wanted.names === 'all' || wanted.names.has(name);
  const exports: Record<string, ExportDigest> = {};
  const classes = new Map<string, ExportedClass>();
  for (const [name, definitions] of exportedFunctions(
    text,
    (name) => wanted.factories || asked(name),
    classes,
  )) {
    // Not asked by name: a factory's, if its text returns what a creator makes.
    const kept = asked(name) ? definitions : definitions.filter((fn) => returnsSocket(fn.text));
    const digests = kept.flatMap((fn) => {
      const digest = digestSlice(
        backend,
        languageId,
        `${header}\n${fn.text}`,
        fn.name,
        imports,
        asked(name),
      );
      return digest ? [digest] : [];
    });
    const merged = mergeDefinitions(digests);
    if (merged && (asked(name) || merged.socket)) exports[name] = merged;
  }
  for (const [name, declaration] of classes) {
    // Asked by name (all: every member), or the factories among them.
    const all = wanted.names === 'all';
    const members = all
      ? []
      : [...wanted.names].filter((asked) => memberOf(asked, name) !== undefined);
    const factories = all || (wanted.factories && returnsSocket(declaration.text));
    if (members.length === 0 && !factories) continue;
    Object.assign(
      exports,
      digestClass(
        backend,
        languageId,
        text,
        header,
        name,
        declaration,
        imports,
        members,
        factories,
      ),
    );
  }
  // Constant strings asked for: the module is parsed (few are), its constants read as the
  // file's own are (a literal, a template without `${}`, a `+` of those and of constants).
  let constants: FileStringConstants | undefined;
  for (const name of wanted.constants ?? []) {
    if (Object.hasOwn(exports, name)) continue;
    const local = exportedConstantLocal(text, name);
    if (!local) continue;
    constants ??= new FileStringConstants(
      new NameIndex(backend.parse(languageId, text).rootNode, text),
    );
    const value = constants.get(local);
    if (value !== undefined) exports[name] = { constant: value, params: [] };
  }
  return { path, imports, exports };
}

/** `''` (the constructor) of `Conn`, `.open` of `Conn.open`, `#attach` of `Conn#attach`; else undefined. */
function memberOf(name: string, exported: string): string | undefined {
  if (!name.startsWith(exported)) return undefined;
  const rest = name.slice(exported.length);
  return rest === '' || /^[.#][\w$]+$/.test(rest) ? rest : undefined;
}

/**
 * The members of an exported class, as exports: `Conn` its constructor (`new Conn(s)`),
 * `Conn.open` a static method, `Conn#attach` an instance method or a class field holding a
 * function. The class is parsed whole (after the module's imports, and its base when the
 * module declares that too), so that a method forwarding to another (`this.guard(s)`) and
 * an inherited method are read; a member of a base another module exports is what that
 * module's class says (`inherits`). Asked by name (`members`), or, without names, the
 * factories among them.
 */
function digestClass(
  backend: ParserBackend,
  languageId: string,
  text: string,
  header: string,
  exported: string,
  declaration: ExportedClass,
  imports: readonly NodeImport[],
  members: string[],
  factories: boolean,
): Record<string, ExportDigest> {
  // Only its factories asked: those members alone.
  const factoriesOnly = members.length === 0 ? factoryMembers(declaration) : undefined;
  if (members.length === 0 && !factoriesOnly) return {};
  const base = declaration.base && !factoriesOnly ? classNamed(text, declaration.base) : undefined;
  const slice = `${header}\n${base && base.local !== declaration.local ? `${base.text}\n` : ''}${factoriesOnly ?? declaration.text}`;
  const tree = backend.parse(languageId, slice);
  const index = new NameIndex(tree.rootNode, slice);
  const found = findSockets(backend, languageId, index, undefined, true);
  if (!found) return {};
  const { sockets, readers } = found;
  const bodies = tree.rootNode.namedChildren.flatMap((statement) => {
    const node =
      statement?.type === 'lexical_declaration'
        ? statement.namedChildren[0]?.childForFieldName('value')
        : statement;
    const body = node && /class/.test(node.type) ? node.childForFieldName('body') : null;
    return body ? [body] : [];
  });
  // The class's own members over its base's.
  const own = new Map<string, SyntaxNode>();
  for (const body of bodies)
    for (const member of body.namedChildren) {
      if (!member) continue;
      const key = memberKey(member);
      if (key) own.set(key.name, key.fn);
    }
  const digests: Record<string, ExportDigest> = {};
  for (const [member, fn] of own) {
    const name = `${exported}${member}`;
    const asked = members.includes(name);
    if (!asked && !(factories && returnsSocket(fn.text))) continue;
    const digest = digestFunction(fn, sockets, imports, (position) =>
      asked ? readers.flow.followParameter(fn, position) : undefined,
    );
    if (asked || digest.socket) digests[name] = digest;
  }
  // Asked for, not defined here, and the base is another module's: what that one says.
  const inherited = declaration.base
    ? importedCall(baseCallee(declaration.base), imports)
    : undefined;
  for (const name of members) {
    const member = memberOf(name, exported);
    if (!inherited || member === undefined || member === '' || own.has(member)) continue;
    digests[name] = { params: [], inherits: { ...inherited, member } };
  }
  return digests;
}

/** `.open` (static), `#attach` (instance), `` (the constructor) and the function of a class member. */
function memberKey(member: SyntaxNode): { name: string; fn: SyntaxNode } | undefined {
  const field = member.type === 'public_field_definition' || member.type === 'field_definition';
  if (member.type !== 'method_definition' && !field) return undefined;
  const nameNode = member.childForFieldName('name') ?? member.childForFieldName('property');
  const name = nameNode?.text;
  if (!nameNode || !name || !/^[\w$]+$/.test(name)) return undefined;
  // `static`, `get`, `set`, `async` are tokens before the member's name.
  const modifiers = member.text.slice(0, nameNode.startIndex - member.startIndex);
  if (/\b[gs]et\s*$/.test(modifiers)) return undefined;
  const key = `${/\bstatic\b/.test(modifiers) ? '.' : '#'}${name}`;
  if (!field) return { name: name === 'constructor' ? '' : key, fn: member };
  const value = member.childForFieldName('value');
  return value && /function|arrow/.test(value.type) ? { name: key, fn: value } : undefined;
}

/** A base class as written (`Conn`, `transport_1.Conn`) as a callee the imports resolve. */
function baseCallee(base: string): { local: string; property?: string } {
  const [local, property] = base.split('.');
  return property ? { local: local as string, property } : { local: local as string };
}

/** One function of the module, parsed with the module's imports before it. */
function digestSlice(
  backend: ParserBackend,
  languageId: string,
  slice: string,
  name: string,
  imports: readonly NodeImport[],
  followParameters: boolean,
): ExportDigest | undefined {
  const tree = backend.parse(languageId, slice);
  const index = new NameIndex(tree.rootNode, slice);
  const found = findSockets(backend, languageId, index, undefined, true);
  if (!found) return undefined;
  const { sockets, readers } = found;
  const fn = readers.functions.functionsNamed(name).find((node) => {
    const outer = readers.index.ancestry.functionOf(node);
    return !outer || outer.startIndex === node.startIndex;
  });
  if (!fn) return undefined;
  return digestFunction(fn, sockets, imports, (position) =>
    followParameters ? readers.flow.followParameter(fn, position) : undefined,
  );
}

/**
 * The module's imports and requires at the top level (a line that starts with one),
 * so that a slice binds `net`, `tls_1`, `helpers` as the module does.
 */
function moduleHeader(text: string): string {
  const lines: string[] = [];
  // Tried at each line's start only (a pattern anchored with `^` and the `m` flag is tried
  // at every character of the module); a match may span lines (a long `import { ... }`),
  // and the next is tried at the first line that starts after it.
  for (let at = 0; at < text.length;) {
    if (/[iclv]/.test(text[at] as string)) {
      HEADER_LINE.lastIndex = at;
      const match = HEADER_LINE.exec(text);
      if (match) {
        lines.push(match[0]);
        at += match[0].length;
        if (text[at - 1] === '\n') continue;
      }
    }
    const next = text.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
  }
  return lines.join('\n');
}

/** An import, or a `require` declared, at the start of a line (see `moduleHeader`). */
const HEADER_LINE =
  /(?:import\b[^;]*?(?:from\s*)?['"][^'"\n]+['"];?|(?:const|let|var)\s[^\n]*\brequire\s*\([^\n]*)/y;

function digestFunction(
  fn: SyntaxNode,
  sockets: readonly NodeSocket[],
  imports: readonly NodeImport[],
  followParameter: (position: number) => Flow | undefined,
): ExportDigest {
  const digest: ExportDigest = { params: [] };
  const made = sockets.find((socket) =>
    socket.returnedFrom.some((from) => from.startIndex === fn.startIndex),
  );
  // `tls.connect(options)` with the caller's options may upgrade the caller's socket
  // (`{ socket }`): not known to connect anything, so not a factory its callers judge.
  const options = made?.args.find((arg) => arg.type !== 'number' && arg.type !== 'string');
  const upgrade =
    made?.kind === 'tls' &&
    made.connecting &&
    !!options &&
    (options.type !== 'object' || optionsName(options, /^socket$/));
  if (made && !upgrade)
    digest.socket = {
      kind: made.kind,
      connecting: made.connecting,
      effects: {
        ...effectsOf(made.uses, !!made.errorsHandledBy, fn),
        ...(made.connecting && optionsName(made.args[0], /^(timeout|signal)$/)
          ? { timeout: 'always' as const }
          : {}),
      },
    };
  else {
    const returned = returnedCall(fn, imports);
    if (returned) digest.returnsCall = returned;
  }
  for (let position = 0; position < MAX_PARAMS; position++) {
    const flow = followParameter(position);
    if (!flow) {
      digest.params.push(undefined);
      continue;
    }
    digest.params.push(paramDigest(flow, imports, fn));
  }
  return digest;
}

function paramDigest(flow: Flow, imports: readonly NodeImport[], fn: SyntaxNode): ParamDigest {
  const digest: ParamDigest = {
    effects: effectsOf(flow.uses, !!flow.errorsHandledBy, fn),
    handsOn: [],
    escapes: !!flow.listenedElsewhere || flow.returnedFrom.length > 0,
  };
  const names = new Set(flow.holders.map((holder) => holder.display));
  for (const escape of flow.escapes) {
    const callee =
      escape.type === 'call_expression' ? escape.childForFieldName('function') : undefined;
    const target = callee ? importedCall(callee, imports) : undefined;
    const arg = callArguments(escape).findIndex((a) => names.has(a.text.replace(/\s+/g, '')));
    if (target && arg >= 0) digest.handsOn.push({ ...target, arg });
    else digest.escapes = true;
  }
  return digest;
}

/** What the uses of a socket in a function do to it. */
function effectsOf(
  uses: readonly SocketUse[],
  errorsHandled: boolean,
  fn: SyntaxNode,
): SocketEffects {
  const effects: SocketEffects = {};
  if (errorsHandled || uses.some((use) => LISTENING.test(use.method) && use.event === 'error'))
    effects.error = true;
  for (const use of uses) {
    if (use.method === 'connect') effects.connects = true;
    if (ENDING.test(use.method)) {
      if (insideTimer(use.call)) effects.timeout = 'always';
      // In a listener or a callback: not done to every socket handed in.
      else if (!inCallback(use.call, fn)) effects.destroys = true;
    }
    if (use.method === 'setTimeout' && use.args[0] && use.args[0].text !== '0')
      effects.timeout =
        effects.timeout === 'always' || !guarded(use) ? 'always' : (effects.timeout ?? 'given');
  }
  return effects;
}

/** `if (ms) s.setTimeout(ms)`: set only when the value is given. */
function guarded(use: SocketUse): boolean {
  const value = use.args[0];
  if (!value || /^(number|binary_expression)$/.test(value.type)) return false;
  for (let up = use.call.parent; up; up = up.parent) {
    if (/function|arrow_function|method_definition/.test(up.type)) return false;
    const condition =
      up.type === 'if_statement' || up.type === 'ternary_expression'
        ? up.childForFieldName('condition')
        : up.type === 'binary_expression' && up.childForFieldName('operator')?.text === '&&'
          ? up.childForFieldName('left')
          : undefined;
    if (condition?.text.includes(value.text) && !condition.text.includes(use.call.text))
      return true;
  }
  return false;
}

/** Is `node` inside a function nested in `fn` (a listener, a callback)? */
function inCallback(node: SyntaxNode, fn: SyntaxNode): boolean {
  // Outside `fn`: a helper or method it forwards to; a callback there is a function argument.
  if (node.startIndex < fn.startIndex || node.endIndex > fn.endIndex) {
    for (let up = node.parent; up; up = up.parent)
      if (
        /^(function_expression|function|arrow_function)$/.test(up.type) &&
        up.parent?.type === 'arguments'
      )
        return true;
    return false;
  }
  for (let up = node.parent; up && up.startIndex >= fn.startIndex; up = up.parent) {
    if (up.startIndex === fn.startIndex && up.endIndex === fn.endIndex) return false;
    if (/^(function_expression|function|arrow_function|function_declaration)$/.test(up.type))
      return true;
  }
  return false;
}

function insideTimer(node: SyntaxNode): boolean {
  for (let up = node.parent; up; up = up.parent) {
    if (up.type !== 'arguments') continue;
    const callee = up.parent?.childForFieldName('function')?.text ?? '';
    if (/^((global|globalThis|timers)\.)?setTimeout$/.test(callee)) return true;
  }
  return false;
}

/** `{ timeout: ms }` among a creator's options. */
function optionsName(options: SyntaxNode | undefined, key: RegExp): boolean {
  if (options?.type !== 'object') return false;
  return options.namedChildren.some((entry) => {
    const name =
      entry?.type === 'pair'
        ? entry.childForFieldName('key')?.text
        : entry?.type === 'shorthand_property_identifier'
          ? entry.text
          : undefined;
    return !!name && key.test(name.replace(/^['"]|['"]$/g, ''));
  });
}

/** `return getStream(…)`, `=> transport.dial(…)`: the socket of another module's factory. */
function returnedCall(fn: SyntaxNode, imports: readonly NodeImport[]): ImportedCall | undefined {
  const body = fn.childForFieldName('body');
  if (!body) return undefined;
  const values =
    body.type === 'statement_block'
      ? [...body.text.matchAll(/\breturn\s+(?:await\s+)?([^;\n]+)/g)].map((m) => m[1] ?? '')
      : [body.text];
  for (const value of values) {
    const call = /^\(?(?:0\s*,\s*)?([\w$]+)(?:\s*\.\s*([\w$]+))?\)?\s*\(/.exec(value.trim());
    if (!call) continue;
    const local = call[1] as string;
    const entry = imports.find((i) => i.local === local);
    if (!entry) continue;
    return call[2] && entry.imported === '*' ? { local, property: call[2] } : { local };
  }
  return undefined;
}

/** The other module's export a callee names: `dial`, `transport.dial`, `(0, transport_1.dial)`. */
function importedCall(
  callee: SyntaxNode | { local: string; property?: string },
  imports: readonly NodeImport[],
): ImportedCall | undefined {
  if (!('type' in callee)) {
    const entry = imports.find((i) => i.local === callee.local);
    if (!entry || (callee.property && entry.imported !== '*')) return undefined;
    return callee.property
      ? { local: callee.local, property: callee.property }
      : { local: callee.local };
  }
  const bare = unwrapExpression(callee);
  if (bare.type === 'identifier')
    return imports.some((i) => i.local === bare.text) ? { local: bare.text } : undefined;
  if (bare.type !== 'member_expression') return undefined;
  const object = bare.childForFieldName('object');
  const property = bare.childForFieldName('property')?.text;
  if (object?.type !== 'identifier' || !property) return undefined;
  return imports.some((i) => i.local === object.text && i.imported === '*')
    ? { local: object.text, property }
    : undefined;
}

/**
 * One export defined several ways (pg's runtime switch: a Node function and a
 * Cloudflare one of the same name): the socket any of them makes (a runtime's
 * Node socket is what runs under Node), what every one does to a parameter.
 */
function mergeDefinitions(digests: ExportDigest[]): ExportDigest | undefined {
  const [first, ...rest] = digests;
  if (!first) return undefined;
  if (rest.length === 0) return first;
  const sockets = digests.flatMap((d) => (d.socket ? [d.socket] : []));
  const kinds = new Set(sockets.map((s) => s.kind));
  const merged: ExportDigest = { params: [] };
  if (sockets[0] && kinds.size === 1) merged.socket = sockets[0];
  for (let position = 0; position < MAX_PARAMS; position++) {
    const all = digests.map((d) => d.params[position]);
    // Different bodies: the parameter is followed only if every one keeps it.
    merged.params.push(
      all.every((p) => p && !p.escapes && p.handsOn.length === 0)
        ? { effects: commonEffects(all as ParamDigest[]), handsOn: [], escapes: false }
        : undefined,
    );
  }
  return merged;
}

function commonEffects(params: ParamDigest[]): SocketEffects {
  const effects: SocketEffects = {};
  if (params.every((p) => p.effects.error)) effects.error = true;
  if (params.every((p) => p.effects.connects)) effects.connects = true;
  if (params.every((p) => p.effects.destroys)) effects.destroys = true;
  if (params.every((p) => p.effects.timeout))
    effects.timeout = params.every((p) => p.effects.timeout === 'always') ? 'always' : 'given';
  return effects;
}
