import type { SyntaxNode } from '../../parse/syntax.js';
import { factKind, type FactStore } from '../fact-store.js';
import { callArguments, unwrapValue } from './ast.js';
import { NONBLOCKING_CALLS, setsNonBlocking } from './nonblocking.js';
import { classifyResultUse } from './result-use.js';
import type { FunctionModel, FunctionSummary, SocketKind, SocketModel, Wrappers } from './types.js';

const TYPE_FLAGS = new Set(['SOCK_NONBLOCK', 'SOCK_CLOEXEC', 'SOCK_CLOFORK', 'SOCK_NOSIGPIPE']);
const STREAM_TYPES = new Set(['SOCK_STREAM', 'SOCK_SEQPACKET']);
const DATAGRAM_TYPES = new Set(['SOCK_DGRAM', 'SOCK_RAW']);

/**
 * The sockets `fn` creates with socket(2) or a configured socket wrapper: what
 * holds each descriptor, its domain, type and type flags, and where in `fn` it is
 * made non-blocking.
 */
export function findSockets(
  fn: FunctionModel,
  summaries: ReadonlyMap<string, FunctionSummary>,
  wrappers: Wrappers,
  facts: FactStore,
): SocketModel[] {
  const sockets: SocketModel[] = [];
  for (const { call, name } of fn.calls) {
    const isSocket = name.text === 'socket';
    // A factory of another file: the index read its socket() call.
    const made = summaries.get(name.text)?.external?.socket;
    if (made && !isSocket) {
      sockets.push({
        call,
        holder: holderOf(call, fn),
        domain: made.domain,
        type: made.type,
        flags: made.flags,
        kind: made.kind,
        nonBlocking: made.nonBlocking ? [call] : [],
      });
      continue;
    }
    if (!isSocket && !wrappers.socket.includes(name.text)) continue;
    const args = callArguments(call);
    if (isSocket && args.length !== 3) continue;
    // socket(domain, type, protocol); a wrapper's arguments are searched by name.
    const typeArg = isSocket ? args[1] : args.find((arg) => /\bSOCK_[A-Z]+\b/.test(arg.text));
    const domainArg = isSocket
      ? args[0]
      : args.find((arg) => /\b(AF|PF)_[A-Z0-9]+\b/.test(arg.text));
    const typeParts = (typeArg?.text ?? '').split('|').map((part) => part.trim());
    const flags = typeParts.filter((part) => TYPE_FLAGS.has(part));
    const type = typeParts.filter((part) => !TYPE_FLAGS.has(part)).join(' | ');
    sockets.push({
      call,
      holder: holderOf(call, fn),
      domain: domainArg?.text ?? '',
      type,
      flags,
      kind: kindOf(type),
      nonBlocking: flags.includes('SOCK_NONBLOCK') && typeArg ? [typeArg] : [],
    });
  }
  if (sockets.length === 0) return sockets;
  for (const call of nonBlockingCalls(fn, summaries, wrappers, facts)) {
    const target = unwrapValue(call.target).text;
    sockets.find((socket) => socket.holder === target)?.nonBlocking.push(call.call);
  }
  return sockets;
}

function kindOf(type: string): SocketKind {
  if (STREAM_TYPES.has(type)) return 'stream';
  if (DATAGRAM_TYPES.has(type)) return 'datagram';
  return 'unknown';
}

/** A call that makes a descriptor non-blocking, and the argument it makes so. */
interface NonBlockingCall {
  call: SyntaxNode;
  target: SyntaxNode;
}

const NON_BLOCKING_CALLS = factKind<FunctionModel, NonBlockingCall[]>('non-blocking calls');

/** Calls in `fn` that make a descriptor non-blocking: once per function of the model. */
export function nonBlockingCalls(
  fn: FunctionModel,
  summaries: ReadonlyMap<string, FunctionSummary>,
  wrappers: Wrappers,
  facts: FactStore,
): NonBlockingCall[] {
  return facts.get(NON_BLOCKING_CALLS, fn, () => readNonBlockingCalls(fn, summaries, wrappers));
}

function readNonBlockingCalls(
  fn: FunctionModel,
  summaries: ReadonlyMap<string, FunctionSummary>,
  wrappers: Wrappers,
): NonBlockingCall[] {
  const found: NonBlockingCall[] = [];
  for (const { call, name } of fn.calls) {
    const callee = name.text;
    const params = summaries.get(callee)?.nonBlockingParams;
    const known = NONBLOCKING_CALLS.includes(callee as (typeof NONBLOCKING_CALLS)[number]);
    // Most calls are none of these: leave their arguments unread.
    if (!known && !wrappers.nonBlocking.includes(callee) && !params?.size) continue;
    const args = callArguments(call);
    if (setsNonBlocking(callee, call) && args[0]) found.push({ call, target: args[0] });
    else if (wrappers.nonBlocking.includes(callee) && args[0])
      found.push({ call, target: args[0] });
    else {
      for (const index of params ?? []) {
        const arg = args[index];
        if (arg) found.push({ call, target: arg });
      }
    }
  }
  return found;
}

/** `fd = socket(...)` → `fd`; `c->fd = socket(...)` → `c->fd`. */
function holderOf(call: SyntaxNode, fn: FunctionModel): string | undefined {
  const use = classifyResultUse(call, fn.locals);
  if (use.variable) return use.variable;
  let node = call.parent;
  while (node && (node.type === 'parenthesized_expression' || node.type === 'cast_expression')) {
    node = node.parent;
  }
  if (node?.type === 'assignment_expression') return node.childForFieldName('left')?.text;
  return undefined;
}
