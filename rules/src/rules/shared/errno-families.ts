/**
 * The errno values that mean "the connection is under way" after a connect on a
 * non-blocking socket. connect(2): "[EINPROGRESS] The socket is non-blocking and
 * the connection cannot be completed immediately." EWOULDBLOCK and EAGAIN are the
 * spellings some code tests (and Linux returns EAGAIN for UNIX-domain sockets);
 * Winsock's connect answers WSAEWOULDBLOCK.
 */
export const IN_PROGRESS: ReadonlySet<string> = new Set([
  'EINPROGRESS',
  'EWOULDBLOCK',
  'EAGAIN',
  'WSAEWOULDBLOCK',
  'WSAEINPROGRESS',
]);

/** "[EALREADY] A previous connection attempt has not yet been completed." */
export const STILL_CONNECTING: ReadonlySet<string> = new Set(['EALREADY', 'WSAEALREADY']);

export const INTERRUPTED: ReadonlySet<string> = new Set(['EINTR', 'WSAEINTR']);

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}
