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
  // Asked by several rules of each TLS socket: read once.
  let wraps = wrapping.get(socket);
  if (wraps === undefined) {
    wraps = readWrapsSocket(socket, text);
    wrapping.set(socket, wraps);
  }
  return wraps;
}
const wrapping = new WeakMap<NodeSocket, boolean>();

function readWrapsSocket(socket: NodeSocket, text: string): boolean {
  const options = socket.args[0];
  if (socket.kind !== 'tls' || !options) return false;
  if (options.type === 'object') return !!objectKey(options, 'socket');
  if (options.type !== 'identifier') return false;
  // (Patterns that start with the name's letters, the word's start checked apart: a scan
  // for a literal is fast, one that starts with `\b` is tried at every character.)
  const name = escapeRegExp(options.text);
  const assigned = new RegExp(String.raw`${name}\s*\.\s*socket\s*=[^=]`, 'g');
  for (let match = assigned.exec(text); match; match = assigned.exec(text))
    if (wordStartsAt(text, match.index)) return true;
  // The nearest declaration of the options before the call, read from the text (a walk
  // of the function's tree for each TLS socket cost more than its rules). Declarations
  // are looked for up to the call, each one's value read from the whole text.
  const declaration = new RegExp(String.raw`${name}\s*=\s*([^;]*)`, 'y');
  const starts = new RegExp(String.raw`${name}\s*=`, 'g');
  const before = text.slice(0, socket.creation.endIndex);
  let value: string | undefined;
  for (let start = starts.exec(before); start; start = starts.exec(before)) {
    if (start.index > socket.creation.startIndex) break;
    // Each one's whole `name = ...;` (an assignment's too) is passed over, as one match.
    declaration.lastIndex = start.index;
    const match = declaration.exec(text);
    starts.lastIndex = Math.max(declaration.lastIndex, starts.lastIndex);
    if (/\b(?:const|let|var)\s+$/.test(text.slice(Math.max(0, start.index - 16), start.index)))
      value = match?.[1];
  }
  return !!value && /[{,]\s*socket\s*[,:}]/.test(value);
}

/** Would `\b` match before `text[at]`: a word character there, and none before it (or the reverse)? */
function wordStartsAt(text: string, at: number): boolean {
  const word = (char: string | undefined) => !!char && /\w/.test(char);
  return word(text[at - 1]) !== word(text[at]);
}
