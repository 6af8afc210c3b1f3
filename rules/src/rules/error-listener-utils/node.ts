import type { NodeFileModel, NodeSocket } from '../../model/node/types.js';
import type { Fix, Report } from '../rule.js';
import { connectSite, insideListener, listeners, statementOf } from '../shared/node-socket.js';

/** The rule's messages this part reports. */
type ListenerReport = Report<'noErrorListener'>;

/**
 * Node: a net or tls socket that connects with nobody listening for 'error'. Any
 * listener counts (`on`, `once`, `addListener`, `prependListener`, in a helper of the
 * file it is handed to, in its subclass, forwarding to an owner with `this.emit`), and
 * so do `events.once(s, 'error')`, `pipeline`/`finished`, and `await once(s, ...)` in a
 * try block; a listener added only once connected hears no connect error.
 */
export function missingErrorListeners(model: NodeFileModel): ListenerReport[] {
  const reports: ListenerReport[] = [];
  for (const socket of model.sockets) {
    if (socket.kind === 'dgram') continue;
    const site = connectSite(socket);
    if (!site || socket.escapes || socket.errorsHandledBy || socket.listenedElsewhere) continue;
    // A listener added only once connected (inside the 'connect' listener) hears
    // no connect error: the refusal comes before it exists.
    const late = ['connect', 'ready', 'secureConnect'].flatMap((event) => listeners(socket, event));
    if (listeners(socket, 'error').some((use) => !insideListener(use.call, late))) continue;
    const fix = addListenerFix(socket, model.text);
    reports.push({
      messageId: 'noErrorListener',
      data: { socket: socket.holder ?? 'this socket' },
      ...site,
      ...(fix ? { fixes: [fix] } : {}),
    });
  }
  return reports;
}

/** `s.on('error', (err) => { console.error(err); });` after the statement that makes `s`. */
function addListenerFix(socket: NodeSocket, text: string): Fix | undefined {
  if (!socket.holder) return undefined;
  const found = statementOf(socket.creation, text);
  if (!found) return undefined;
  const { statement, indent } = found;
  // After the statement's line, past a trailing comment.
  const lineEnd = text.indexOf('\n', statement.endIndex);
  const rest = text.slice(statement.endIndex, lineEnd < 0 ? text.length : lineEnd);
  const at = /^\s*(\/\/.*)?$/.test(rest) ? statement.endIndex + rest.length : statement.endIndex;
  return {
    description: "Add an 'error' listener that reports the error",
    edits: [
      {
        start: at,
        end: at,
        text: `\n${indent}${socket.holder}.on('error', (err) => {\n${indent}  console.error(err);\n${indent}});`,
      },
    ],
  };
}
