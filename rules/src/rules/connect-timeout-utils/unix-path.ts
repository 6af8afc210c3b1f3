import type { NodeFileModel, NodeSocket, StringConstants } from '../../model/node/types.js';
import { anyConnectOption } from '../shared/node-options.js';
import { jsStringValue } from '../../model/node/strings.js';
import type { SyntaxNode } from '../../parse/syntax.js';
import { connectUses, objectKey } from '../shared/node-socket.js';

/**
 * Does the socket connect to a UNIX-domain path (`{ path }`, a string that is not a
 * port, a name that says it is a path)? Such a connect waits on no network: it is
 * refused or accepted at once, and the rule's doc exempts it.
 */
export function isUnixPath(socket: NodeSocket, model: NodeFileModel): boolean {
  // `{ path }` in the options however they are written (a variable, Object.assign).
  if (anyConnectOption(socket, 'path', model)) return true;
  const first = socket.connecting ? socket.args[0] : connectUses(socket)[0]?.args[0];
  return !!first && namesPath(first, model.stringConstants);
}

function namesPath(arg: SyntaxNode, constants: StringConstants): boolean {
  if (arg.type === 'object') return !!objectKey(arg, 'path');
  const value = jsStringValue(arg, constants);
  if (value !== undefined) return !/^\s*\d+\s*$/.test(value);
  if (arg.type === 'template_string') return true;
  // `net.connect(socketPath)`, `net.connect(this.options.path)`
  return (arg.type === 'identifier' || arg.type === 'member_expression') && /path$/i.test(arg.text);
}
