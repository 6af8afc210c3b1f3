import type { NodeSocket } from '../../model/node/types.js';
import { escapeRegExp } from '../../text/regexp.js';
import { objectKey } from './node-socket.js';

/**
 * `tls.connect({ socket })`: TLS over a socket it is given (STARTTLS over a connected
 * socket, or implicit TLS over one connected afterwards: ftp's `tls.connect(secureOptions)`
 * then `.connect(port, host)`). No connect(2) runs for the call itself: the timeout that
 * matters is the wrapped socket's, and a `.connect()` after it is the first connect.
 * The options are read as written: `{ socket }`, a variable declared with one
 * (`Object.assign({}, o, { socket })`, the nearest declaration before the call), or
 * assigned one (`options.socket = s`).
 */
export function wrapsSocket(socket: NodeSocket, text: string): boolean {
  const options = socket.args[0];
  if (socket.kind !== 'tls' || !options) return false;
  if (options.type === 'object') return !!objectKey(options, 'socket');
  if (options.type !== 'identifier') return false;
  if (new RegExp(String.raw`\b${escapeRegExp(options.text)}\s*\.\s*socket\s*=[^=]`).test(text))
    return true;
  // The nearest declaration of the options before the call, read from the text (a walk
  // of the function's tree for each TLS socket cost more than its rules).
  const name = escapeRegExp(options.text);
  const declaration = new RegExp(String.raw`${name}\s*=\s*([^;]*)`, 'g');
  let value: string | undefined;
  for (let match = declaration.exec(text); match; match = declaration.exec(text)) {
    if (match.index > socket.creation.startIndex) break;
    if (/\b(?:const|let|var)\s+$/.test(text.slice(Math.max(0, match.index - 16), match.index)))
      value = match[1];
  }
  return !!value && /[{,]\s*socket\s*[,:}]/.test(value);
}
