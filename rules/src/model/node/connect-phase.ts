import type { SyntaxNode } from '../../parse/syntax.js';
import { encloses } from '../../parse/tree.js';
import type { FileFunctions } from './functions.js';
import type { SocketUse } from './types.js';

/** Events Node emits only once the socket has connected. */
const CONNECTED_EVENTS = /^['"`](connect|secureConnect|ready)['"`]$/;
const LISTENING = /^(on|once|addListener|prependListener|prependOnceListener)$/;

/**
 * The functions that run only after the socket has connected: the callback of a
 * connecting creation or of `.connect()` (Node adds it as a 'connect' listener), and
 * listeners of 'connect', 'secureConnect' and 'ready' — inline, or functions and
 * methods of the file given by name. A socket handed on from inside one of these
 * (`net.connect(opts, () => resolve(sock))`, amqplib's `new Connection(sock)`) was
 * handed on connected: its connect, with its errors and its timeout, was this
 * code's to handle.
 */
export function connectedCallbacks(
  creation: SyntaxNode,
  connecting: boolean,
  args: readonly SyntaxNode[],
  uses: readonly SocketUse[],
  functions: FileFunctions,
): SyntaxNode[] {
  const candidates: SyntaxNode[] = [];
  const last = args[args.length - 1];
  if (connecting && last && creation.type === 'call_expression') candidates.push(last);
  for (const use of uses) {
    const callback = use.args[use.args.length - 1];
    if (!callback || use.args.length < 2) continue;
    if (use.method === 'connect') candidates.push(callback);
    else if (LISTENING.test(use.method) && CONNECTED_EVENTS.test(use.args[0]?.text ?? ''))
      candidates.push(callback);
  }
  return candidates.flatMap((candidate) => {
    const fn = functions.functionValue(candidate);
    return fn ? [fn] : [];
  });
}

/** Is `node` inside one of these callbacks? */
export function insideAny(node: SyntaxNode, callbacks: readonly SyntaxNode[]): boolean {
  return callbacks.some((callback) => encloses(callback, node));
}
