import type { ParserBackend, SyntaxNode } from '../../parse/syntax.js';
import { matchQueries } from '../../parse/queries.js';
import { collectBindings } from './bindings.js';
import { ExportResolver } from './creators.js';
import { FileFunctions } from './functions.js';
import { FileNodes } from './file-nodes.js';
import { NameIndex } from './name-index.js';
import {
  keepKindsApart,
  socketFromCreation,
  socketsFromFactories,
  type SocketReaders,
} from './sockets.js';
import { ValueFlow } from './value-flow.js';
import { jsStringValue } from './strings.js';
import type { NodeFileModel, NodeSocket } from './types.js';

/** Builds the model of a parsed TypeScript, TSX or JavaScript file: its Node sockets. */
export function buildNodeFileModel(
  backend: ParserBackend,
  languageId: string,
  root: SyntaxNode,
): NodeFileModel {
  // Comments only when a suppression directive may be among them.
  const text = root.text;
  const queries = text.includes('connectlint-')
    ? ['modules', 'calls', 'comments']
    : ['modules', 'calls'];
  const matches = matchQueries(backend, languageId, queries, root);
  const bindings = collectBindings(matches.get('modules') ?? []);
  const sockets: NodeSocket[] = [];
  // A file that brings in no socket module, and never requires one inline, has no sockets.
  const inlineRequire = /require\(\s*['"](node:)?(net|tls|dgram)['"]\s*\)/.test(text);
  let nodes: FileNodes | undefined;
  if (bindings.size > 0 || inlineRequire) {
    const index = new NameIndex(root);
    nodes = new FileNodes(root);
    const functions = new FileFunctions(nodes);
    const exports = new ExportResolver(nodes, bindings, index, text);
    const readers: SocketReaders = {
      index,
      functions,
      exports,
      flow: new ValueFlow(index, functions, exports),
    };
    for (const match of matches.get('calls') ?? []) {
      const capture = (name: string) => match.captures.find((c) => c.name === name)?.node;
      const call = capture('call') ?? capture('new');
      const callee = capture('callee') ?? capture('constructor');
      if (!call || !callee) continue;
      const socket = socketFromCreation(call, callee, readers);
      if (socket) sockets.push(socket);
    }
    sockets.push(...socketsFromFactories(sockets, readers));
    keepKindsApart(sockets);
  }
  const comments = (matches.get('comments') ?? []).flatMap((match) =>
    match.captures.map((capture) => capture.node),
  );
  // Constants are read for sockets' paths: a file without a socket needs none.
  const constants =
    sockets.length > 0 && nodes
      ? stringConstants(nodes.of('variable_declarator'))
      : new Map<string, string>();
  return { sockets, comments, stringConstants: constants, text };
}

/** `const SOCKET_PATH = '/run/app.sock'` (declared once, with a constant string). */
function stringConstants(declarators: readonly SyntaxNode[]): Map<string, string> {
  const constants = new Map<string, string>();
  const declared = new Map<string, number>();
  // Gathered with the model's other declarations in one native call, in walk order.
  for (const node of declarators) {
    const name = node.childForFieldName('name');
    const value = node.childForFieldName('value');
    if (name?.type !== 'identifier') continue;
    declared.set(name.text, (declared.get(name.text) ?? 0) + 1);
    const declaration = node.parent;
    if (!value || declaration?.type !== 'lexical_declaration' || !/^const\b/.test(declaration.text))
      continue;
    const text = jsStringValue(value, constants);
    if (text !== undefined) constants.set(name.text, text);
  }
  // A name declared twice (in two functions, say) is not one constant.
  for (const [name, count] of declared) if (count > 1) constants.delete(name);
  return constants;
}
