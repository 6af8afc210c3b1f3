import { callSiteMarkdown, connectMarkdown, errnoMarkdown } from '../knowledge/markdown.js';
import { passage } from '../knowledge/passages.js';
import type { NodeFileModel, NodeSocket } from '../model/node/types.js';
import { listeners } from '../rules/shared/node-socket.js';
import type { Hover, HoverRequest } from './hover.js';

/**
 * Hovers in TypeScript and JavaScript: the connect of a Node socket
 * (`net.connect`, `createConnection`, `tls.connect`, `socket.connect`), and an
 * errno name compared with `err.code` (`err.code === 'ECONNREFUSED'`, `case 'ETIMEDOUT':`).
 */
export function nodeHover(request: HoverRequest, model: NodeFileModel): Hover | undefined {
  let node = request.root.descendantForIndex(request.offset);
  // On a string's quote, the anonymous `'` token: the string itself.
  if (!node.isNamed && node.parent) node = node.parent;
  const span = { start: node.startIndex, end: node.endIndex };
  if (node.type === 'comment') return undefined;

  const socket = model.sockets.find(
    (candidate) =>
      (candidate.connecting && candidate.creationName.startIndex === node.startIndex) ||
      candidate.uses.some(
        (use) => use.method === 'connect' && use.name.startIndex === node.startIndex,
      ),
  );
  if (socket && (node.type === 'identifier' || node.type === 'property_identifier')) {
    const note = passage('node:connect')?.text ?? '';
    return {
      markdown: `${connectMarkdown()}\n\n**In Node.** ${note}\n\n${callSiteMarkdown(handling(socket))}`,
      ...span,
    };
  }

  const string =
    node.type === 'string_fragment' ? node.parent : node.type === 'string' ? node : null;
  if (!string || !comparedWithCode(string)) return undefined;
  const errno = string.text.slice(1, -1);
  if (!/^E[A-Z0-9]+$/.test(errno)) return undefined;
  const markdown = errnoMarkdown(errno, request.platform);
  if (!markdown) return undefined;
  return {
    markdown: `${markdown}\n\n**In Node.** ${passage('node:errno')?.text ?? ''}`,
    start: string.startIndex,
    end: string.endIndex,
  };
}

/** `x.code === 'E...'` (any equality), or a `case 'E...':` of `switch (x.code)`. */
function comparedWithCode(string: NonNullable<HoverRequest['root']['parent']>): boolean {
  const parent = string.parent;
  if (
    parent?.type === 'binary_expression' &&
    /^[!=]==?$/.test(parent.childForFieldName('operator')?.text ?? '')
  ) {
    const other =
      parent.childForFieldName('left')?.startIndex === string.startIndex
        ? parent.childForFieldName('right')
        : parent.childForFieldName('left');
    return /\.code$/.test(other?.text ?? '');
  }
  if (parent?.type === 'switch_case') {
    const value = parent.parent?.parent?.childForFieldName('value');
    return /\.code\)?$/.test(value?.text ?? '');
  }
  return false;
}

/** What this socket does about connect's errors. */
function handling(socket: NodeSocket) {
  if (socket.escapes)
    return {
      handled: [],
      unhandled: [],
      note: 'The socket leaves this scope: its errors are handled where it goes.',
    };
  if (listeners(socket, 'error').length > 0 || socket.errorsHandledBy) {
    return {
      handled: [],
      unhandled: [],
      note: "An 'error' listener (or an awaited once/pipeline) hears every connect error.",
    };
  }
  return {
    handled: [],
    unhandled: [],
    note: "No 'error' listener: the first connect error is thrown and kills the process.",
  };
}
