import type { NodeSocket } from '../model/node/types.js';
import { createRule, NO_OPTIONS, type Fix } from './rule.js';
import { connectSite, insideListener, listeners, statementOf } from './shared/node-socket.js';

/**
 * Node's net and tls sockets report a failed connect (ECONNREFUSED, ETIMEDOUT,
 * ENOTFOUND...) by emitting 'error'; an EventEmitter with no 'error' listener
 * throws it, and the process dies. connect(2)'s errors — "[ECONNREFUSED] The
 * attempt to connect was forcefully rejected." — reach Node code only this way.
 */
export default createRule({
  meta: {
    id: 'error-listener',
    manpage: ['ECONNREFUSED', 'ETIMEDOUT', 'ENETUNREACH'],
    languages: ['ts'],
    description:
      "A Node socket that connects must have an 'error' listener, or one failed connect kills the process.",
    defaultSeverity: 'error',
    messages: {
      noErrorListener:
        "'{{socket}}' connects with no 'error' listener: the first ECONNREFUSED (or any connect error) is thrown and kills the process. A connect callback only hears 'connect'.",
    },
    ...NO_OPTIONS,
  },
  checkNode({ model, report }) {
    for (const socket of model.sockets) {
      if (socket.kind === 'dgram') continue;
      const site = connectSite(socket);
      if (!site || socket.escapes || socket.errorsHandledBy) continue;
      // A listener added only once connected (inside the 'connect' listener) hears
      // no connect error: the refusal comes before it exists.
      const late = ['connect', 'ready', 'secureConnect'].flatMap((event) =>
        listeners(socket, event),
      );
      if (listeners(socket, 'error').some((use) => !insideListener(use.call, late))) continue;
      const fix = addListenerFix(socket, model.text);
      report({
        messageId: 'noErrorListener',
        data: { socket: socket.holder ?? 'this socket' },
        ...site,
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  },
});

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
