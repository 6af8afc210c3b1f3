import { walk } from '../parse/tree.js';
import type { NodeSocket } from '../model/node/types.js';
import type { SyntaxNode } from '../parse/syntax.js';
import { createRule, NO_OPTIONS, type Fix } from './rule.js';
import { connectSite, listeners } from './shared/node-socket.js';

/**
 * connect(2): "[ETIMEDOUT] Connection establishment timed out without
 * establishing a connection." — after the kernel's own timeout, which is minutes
 * long. A Node socket without a timeout waits that long; a 'timeout' handler that
 * neither ends nor destroys the socket waits for ever (Node only emits it).
 */
export default createRule({
  meta: {
    id: 'connect-timeout',
    manpage: ['ETIMEDOUT'],
    languages: ['ts'],
    description:
      "A Node socket should set a timeout, and its 'timeout' handler must end or destroy it.",
    defaultSeverity: 'off',
    messages: {
      noTimeout:
        "'{{socket}}' connects with no timeout (no `timeout` option, no setTimeout()): an unanswered connect waits for the kernel's timeout, minutes long.",
      timeoutIgnored:
        "This 'timeout' handler neither ends nor destroys '{{socket}}': Node only emits 'timeout', and the socket stays open.",
    },
    ...NO_OPTIONS,
  },
  checkNode({ model, report }) {
    for (const socket of model.sockets) {
      if (socket.kind === 'dgram' || socket.escapes) continue;
      const site = connectSite(socket);
      if (!site) continue;
      const name = socket.holder ?? 'this socket';
      for (const handler of listeners(socket, 'timeout')) {
        const callback = handler.args[1];
        // A handler passed by name is defined elsewhere: not judged.
        const inline = !!callback && /function|arrow_function/.test(callback.type);
        if (callback && inline && !endsSocket(callback, socket)) {
          report({
            messageId: 'timeoutIgnored',
            data: { socket: name },
            start: handler.name,
            end: handler.call,
          });
        }
      }
      // setTimeout(0) turns the timeout off; only net.connect, createConnection
      // and tls.connect read a `timeout` option (not new Socket() or .connect()).
      const hasTimeout =
        socket.uses.some((use) => use.method === 'setTimeout' && use.args[0]?.text !== '0') ||
        (socket.connecting && !!socket.args[0] && hasTimeoutOption(socket.args[0]));
      if (!hasTimeout) {
        const fix = timeoutOptionFix(socket);
        report({
          messageId: 'noTimeout',
          data: { socket: name },
          ...site,
          ...(fix ? { fixes: [fix] } : {}),
        });
      }
    }
  },
});

function hasTimeoutOption(arg: SyntaxNode): boolean {
  if (arg.type !== 'object') return false;
  for (let i = 0; i < arg.namedChildCount; i++) {
    const pair = arg.namedChild(i);
    const key = pair?.type === 'pair' ? pair.childForFieldName('key')?.text : pair?.text;
    if (key === 'timeout' || key === "'timeout'" || key === '"timeout"') return true;
  }
  return false;
}

/** Does the handler call end() or destroy() (on the socket, or on anything: `this.destroy()`)? */
function endsSocket(callback: SyntaxNode, socket: NodeSocket): boolean {
  let ends = false;
  walk(callback, (node) => {
    if (ends || node.type !== 'call_expression') return;
    const callee = node.childForFieldName('function');
    const method =
      callee?.type === 'member_expression'
        ? callee.childForFieldName('property')?.text
        : callee?.text;
    if (method === 'destroy' || method === 'end' || method === 'resetAndDestroy') ends = true;
    // Handing the socket to a helper: it may end it.
    const args = node.childForFieldName('arguments');
    for (let i = 0; socket.holder && args && i < args.namedChildCount; i++) {
      if (args.namedChild(i)?.text.replace(/\s+/g, '') === socket.holder) ends = true;
    }
  });
  return ends;
}

/** `net.connect({ port })` → `net.connect({ port, timeout: 10_000 })` (with a 'timeout' listener still to write). */
function timeoutOptionFix(socket: NodeSocket): Fix | undefined {
  const options = socket.connecting ? socket.args[0] : undefined;
  if (options?.type !== 'object' || options.namedChildCount === 0) return undefined;
  let last: SyntaxNode | null = null;
  for (let i = options.namedChildCount - 1; i >= 0 && !last; i--) {
    const child = options.namedChild(i);
    if (child && child.type !== 'comment') last = child;
  }
  if (!last) return undefined;
  return {
    description: 'Add a timeout option (10 s), then handle the timeout event',
    edits: [{ start: last.endIndex, end: last.endIndex, text: ', timeout: 10_000' }],
  };
}
