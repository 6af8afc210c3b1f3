import type { SyntaxNode } from '../../parse/syntax.js';
import { callArguments, unwrapValue, walk } from './ast.js';
import type { FunctionModel } from './types.js';

/** Calls that wait for a descriptor to become writable. */
export const WAIT_CALLS: ReadonlySet<string> = new Set([
  'select',
  'pselect',
  'poll',
  'ppoll',
  'WSAPoll',
  'epoll_wait',
  'epoll_pwait',
  'epoll_pwait2',
  'kevent',
  'port_get',
]);

/** Calls that do I/O on a socket: using it as if connected. */
export const IO_CALLS: ReadonlySet<string> = new Set([
  'send',
  'sendto',
  'sendmsg',
  'write',
  'writev',
  'recv',
  'recvfrom',
  'recvmsg',
  'read',
  'readv',
  'SSL_set_fd',
  'SSL_connect',
  'gnutls_transport_set_int',
  'fdopen',
  'sendfile',
  'splice',
]);

/**
 * Calls a socket may be passed to without leaving the function's hands: the
 * socket system calls, the fd_set macros, logging. Passed to anything else (an
 * event loop, a helper, a struct), the socket's life goes on elsewhere.
 */
const LOCAL_CALLS: ReadonlySet<string> = new Set([
  ...WAIT_CALLS,
  ...IO_CALLS,
  'connect',
  'close',
  'closesocket',
  'shutdown',
  'setsockopt',
  'getsockopt',
  'getpeername',
  'getsockname',
  'fcntl',
  'ioctl',
  'ioctlsocket',
  'bind',
  'FD_SET',
  'FD_ISSET',
  'FD_CLR',
  'FD_ZERO',
  'printf',
  'fprintf',
  'syslog',
  'perror',
]);

/** Is `key` used after `offset` in `fn`: I/O, or leaving the function? */
export interface SocketUseAfter {
  /**
   * Returned, stored somewhere other than a local, or passed to another
   * function — before any I/O on it here (after I/O, the harm is done here).
   */
  escapes: SyntaxNode | undefined;
  /** A wait for writability (select, poll, epoll, kevent). */
  waits: SyntaxNode | undefined;
  /** A read of SO_ERROR or a getpeername(): proof that the connect succeeded. */
  confirms: SyntaxNode | undefined;
  /** I/O on the socket. */
  io: SyntaxNode | undefined;
}

export function socketUseAfter(
  fn: FunctionModel,
  key: string,
  offset: number,
  confirmHelpers: ReadonlySet<string>,
): SocketUseAfter {
  const use: SocketUseAfter = {
    escapes: undefined,
    waits: undefined,
    confirms: undefined,
    io: undefined,
  };
  const mentionsKey = (node: SyntaxNode) => {
    // The text test first: most arguments do not contain the key at all.
    if (!node.text.includes(key)) return false;
    let found = false;
    walk(node, (inner) => {
      if (found) return false;
      if (inner.text === key && (inner.type === 'identifier' || inner.type === 'field_expression'))
        found = true;
    });
    return found;
  };
  for (const { call, name } of fn.calls) {
    if (call.startIndex <= offset) continue;
    const callee = name.text;
    // No argument can name the key when the call's text does not hold it: most
    // calls of a long function are not read argument by argument (a crossing
    // into the parser for each).
    const mayPass = call.text.includes(key);
    const args = mayPass || confirmHelpers.has(callee) ? callArguments(call) : [];
    const passed = mayPass && args.some((arg) => mentionsKey(arg));
    if (WAIT_CALLS.has(callee)) use.waits ??= call;
    if (confirmHelpers.has(callee) && (passed || args.length === 0)) use.confirms ??= call;
    if (callee === 'getsockopt' && /\bSO_ERROR\b/.test(call.text)) use.confirms ??= call;
    if (callee === 'getpeername' && passed) use.confirms ??= call;
    if (IO_CALLS.has(callee) && passed) use.io ??= call;
    if (passed && !LOCAL_CALLS.has(callee) && !confirmHelpers.has(callee)) use.escapes ??= call;
  }
  walk(fn.body, (node) => {
    if (use.escapes) return false;
    if (node.endIndex <= offset) return false;
    if (node.startIndex <= offset) return;
    if (
      node.type === 'return_statement' &&
      node.namedChild(0) &&
      returnsKey(node.namedChild(0) as SyntaxNode, key)
    ) {
      use.escapes = node;
    }
    if (node.type === 'assignment_expression') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      // `pfd.fd = fd` fills a local struct; `c->fd = fd` and `conns[i] = fd` hand it over.
      const localField =
        left?.type === 'field_expression' &&
        !left.text.includes('->') &&
        fn.locals.has(left.childForFieldName('argument')?.text ?? '');
      if (
        left &&
        right &&
        unwrapValue(right).text === key &&
        left.type !== 'identifier' &&
        !localField
      ) {
        use.escapes = node;
      }
      if (
        left &&
        right &&
        unwrapValue(right).text === key &&
        left.type === 'identifier' &&
        !fn.locals.has(left.text)
      ) {
        use.escapes = node;
      }
    }
  });
  if (use.escapes && use.io && use.io.startIndex < use.escapes.startIndex) use.escapes = undefined;
  return use;
}

/** `return fd;`, `return ok ? fd : -1;` — but not `return close(fd);`. */
function returnsKey(value: SyntaxNode, key: string): boolean {
  let found = false;
  walk(value, (node) => {
    if (found) return false;
    if (
      node.type === 'call_expression' &&
      LOCAL_CALLS.has(node.childForFieldName('function')?.text ?? '')
    )
      return false;
    if (node.text === key && (node.type === 'identifier' || node.type === 'field_expression'))
      found = true;
  });
  return found;
}

/** Functions of the file that read SO_ERROR or call getpeername: confirming helpers (from their text). */
export function confirmingHelpers(functions: readonly FunctionModel[]): Set<string> {
  const helpers = new Set<string>();
  for (const fn of functions) {
    if (/\bSO_ERROR\b|\bgetpeername\s*\(/.test(fn.bodyText)) helpers.add(fn.name);
  }
  return helpers;
}
