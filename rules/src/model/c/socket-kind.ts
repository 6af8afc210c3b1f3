import { walk } from './ast.js';
import type { SocketFacts } from './socket-facts.js';
import type { CFileModel, ConnectCall, FunctionModel } from './types.js';
import { factKind } from '../fact-store.js';

/** Calls only a datagram socket makes sense with: a connectionless peer per message. */
const DATAGRAM_CALLS = new Set(['sendto', 'recvfrom']);

/**
 * Is the connect's socket a stream socket, as far as the rules are concerned?
 * One this function made says so itself (`SOCK_STREAM`, `SOCK_DGRAM`). One of
 * unknown origin — a parameter, a struct member, `fileno(fp)` — is taken as a
 * stream socket (the common case, and the one connect(2)'s rules are about)
 * unless something in the function says otherwise: a name that says datagram
 * (`udp_fd`, `dgram`), `SOCK_DGRAM` or `SOCK_RAW` anywhere in it (getaddrinfo's
 * hints, a type chosen at run time), or `sendto`/`recvfrom` on it.
 */
export function isStreamSocket(
  facts: SocketFacts,
  connect: ConnectCall,
  model: Pick<CFileModel, 'facts'>,
): boolean {
  if (facts.kind !== 'unknown') return facts.kind === 'stream';
  if (/udp|dgram|datagram/i.test(facts.key)) return false;
  // `hints.ai_socktype = SOCK_DGRAM`, `type = udp ? SOCK_DGRAM : SOCK_STREAM`: it may be one.
  if (/\bSOCK_(DGRAM|RAW)\b/.test(connect.fn.bodyText)) return false;
  return !model.facts.get(DATAGRAM_USES, connect.fn, datagramUses).has(facts.key);
}

const DATAGRAM_USES = factKind<FunctionModel, ReadonlySet<string>>('datagram uses');

/** The sockets `sendto`/`recvfrom` are called on in `fn`: one walk per function, not per connect. */
function datagramUses(fn: FunctionModel): ReadonlySet<string> {
  const sockets = new Set<string>();
  if (/\b(sendto|recvfrom)\s*\(/.test(fn.bodyText)) {
    walk(fn.body, (node) => {
      if (node.type !== 'call_expression') return;
      if (!DATAGRAM_CALLS.has(node.childForFieldName('function')?.text ?? '')) return;
      const first = node.childForFieldName('arguments')?.namedChild(0)?.text;
      if (first) sockets.add(first);
    });
  }
  return sockets;
}
