import type { ParserBackend, SyntaxNode } from '../../parse/syntax.js';
import { collectBindings, moduleMatches } from './bindings.js';
import { ExportResolver } from './creators.js';
import { FileFunctions } from './functions.js';
import { NameIndex } from './name-index.js';
import type { NodeProjectView } from './project-view.js';
import {
  keepKindsApart,
  socketFromCreation,
  socketFromProjectFactory,
  socketsFromFactories,
  type SocketReaders,
} from './sockets.js';
import { ValueFlow } from './value-flow.js';
import { FileStringConstants } from './string-constants.js';
import { timersCalling } from './timers.js';
import type { NodeFileModel, NodeSocket } from './types.js';

/**
 * Builds the model of a parsed TypeScript, TSX or JavaScript file: its Node sockets.
 * Everything is found from the text first and turned into syntax nodes only where it
 * is (see `NameIndex`): the model of a file costs a fraction of its parse.
 */
export function buildNodeFileModel(
  backend: ParserBackend,
  languageId: string,
  root: SyntaxNode,
  project?: NodeProjectView,
): NodeFileModel {
  const text = root.text;
  const index = new NameIndex(root, text);
  const sockets = findSockets(backend, languageId, index, project)?.sockets ?? [];
  return {
    sockets,
    comments: directiveComments(root, text),
    stringConstants: new FileStringConstants(index, project),
    ancestry: index.ancestry,
    timersCalling: (fn) => timersCalling(fn, index),
    text,
    root,
  };
}

/** The comments that may hold a suppression directive: those that say `connectlint-`. */
function directiveComments(root: SyntaxNode, text: string): SyntaxNode[] {
  const comments: SyntaxNode[] = [];
  for (let at = text.indexOf('connectlint-'); at >= 0; at = text.indexOf('connectlint-', at + 1)) {
    const node = root.descendantForIndex(at, at + 'connectlint-'.length);
    if (node.type === 'comment' && comments[comments.length - 1]?.startIndex !== node.startIndex)
      comments.push(node);
  }
  return comments;
}

/**
 * The file's sockets, and what they were read with (the project index reads a module's
 * factories and helpers with the same). Undefined for a file that brings in no socket
 * module, never requires one inline and imports no factory of the project.
 */
export function findSockets(
  backend: ParserBackend,
  languageId: string,
  index: NameIndex,
  project?: NodeProjectView,
  always = false,
): { sockets: NodeSocket[]; readers: SocketReaders } | undefined {
  const text = index.text;
  const bindings = collectBindings(moduleMatches(backend, languageId, index));
  const inlineRequire = /require\(\s*['"](node:)?(net|tls|dgram)['"]\s*\)/.test(text);
  const imported = project && !project.isEmpty ? project : undefined;
  if (!always && bindings.size === 0 && !inlineRequire && !imported) return undefined;
  const sockets: NodeSocket[] = [];
  const functions = new FileFunctions(index);
  const exports = new ExportResolver(bindings, index);
  const readers: SocketReaders = {
    index,
    functions,
    exports,
    flow: new ValueFlow(index, functions, exports, imported),
  };
  // The calls that may make a socket: those of a creator's name (`net.connect(`,
  // `new Socket(`, `(0, net_1.connect)(`), of a name the file gives one (`dial(`,
  // `pick(o)(`), of a subclass of a socket class (`new Conn(`), or of a factory of
  // another module of the project (`getStream(`).
  const seen = new Set<string>();
  const fromCall = (call: SyntaxNode) => {
    const key = `${call.startIndex}:${call.endIndex}`;
    if (seen.has(key)) return;
    seen.add(key);
    const callee = call.childForFieldName(
      call.type === 'new_expression' ? 'constructor' : 'function',
    );
    const socket = callee
      ? (socketFromCreation(call, callee, readers) ??
        (imported ? socketFromProjectFactory(call, callee, imported, readers) : undefined))
      : undefined;
    if (socket) sockets.push(socket);
  };
  for (const name of exports.creatorNames()) for (const call of index.callsOf(name)) fromCall(call);
  for (const name of imported?.factoryNames() ?? [])
    for (const call of index.callsOf(name)) fromCall(call);
  // In source order, an enclosing call before the calls inside it.
  sockets.sort(
    (a, b) =>
      a.creation.startIndex - b.creation.startIndex || b.creation.endIndex - a.creation.endIndex,
  );
  sockets.push(...socketsFromFactories(sockets, readers));
  keepKindsApart(sockets, index.ancestry);
  return { sockets, readers };
}
