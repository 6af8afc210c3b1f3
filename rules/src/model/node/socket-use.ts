import type { SyntaxNode } from '../../parse/syntax.js';
import { callArguments } from '../../parse/tree.js';
import type { SocketUse } from './types.js';

/** EventEmitter methods that add a listener. */
const LISTENING = /^(on|once|addListener|prependListener|prependOnceListener)$/;

/**
 * A listener's event where the text says it plainly: `(` right after the method's name,
 * then a string with no escape, quote or substitution in it, ending the first argument.
 * The call's callee ends at the name, so that `(` opens its arguments (type arguments, `?.`
 * and comments do not match, and are read from the nodes).
 */
const PLAIN_EVENT = /\s*\(\s*(['"`])([^'"`\\$\r\n\u2028\u2029]*)\1\s*[,)]/y;

/**
 * A method call on a socket, with its event read once for a listener. Its arguments
 * are made into nodes when a reader first asks for them: most uses are never asked
 * (each argument is a node object made by the parser and freed by the collector; a
 * listener's event is read from `text`, the file's source, where it is plain).
 */
export function socketUse(call: SyntaxNode, name: SyntaxNode, text?: string): SocketUse {
  const method = name.text;
  const event = LISTENING.test(method) ? listenedEvent(call, name, text) : undefined;
  return {
    call,
    name,
    method,
    get args() {
      return callArguments(call);
    },
    ...(event !== undefined ? { event } : {}),
  };
}

/** The event a listener call names as a string (`'error'` of `s.on('error', f)`). */
function listenedEvent(call: SyntaxNode, name: SyntaxNode, text?: string): string | undefined {
  if (text !== undefined) {
    PLAIN_EVENT.lastIndex = name.endIndex;
    const plain = PLAIN_EVENT.exec(text);
    if (plain) return plain[2];
  }
  const first = callArguments(call)[0];
  return first?.type === 'string' || first?.type === 'template_string'
    ? first.text.slice(1, -1)
    : undefined;
}

/**
 * The use as seen through `via` (see `SocketUse.via`); its arguments stay unmade until
 * asked (a spread would ask for them).
 */
export function usedVia(use: SocketUse, via: SyntaxNode): SocketUse {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(use)) as SocketUse;
  copy.via = via;
  return copy;
}
