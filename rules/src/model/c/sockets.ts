import type { SyntaxNode } from '../../parse/syntax.js';
import { callArguments, unwrapValue } from './ast.js';
import type { NamedCall } from './file-model.js';
import { NONBLOCKING_CALLS, setsNonBlocking } from './nonblocking.js';
import { classifyResultUse } from './result-use.js';
import type { FunctionModel, FunctionSummary, SocketModel } from './types.js';

const TYPE_FLAGS = new Set(['SOCK_NONBLOCK', 'SOCK_CLOEXEC', 'SOCK_CLOFORK', 'SOCK_NOSIGPIPE']);

/**
 * The sockets `fn` creates with socket(2): what holds each descriptor, its
 * domain, type and type flags, and where it is made non-blocking in `fn`.
 */
export function findSockets(
  fn: FunctionModel,
  callsByName: ReadonlyMap<string, NamedCall[]>,
  summaries: ReadonlyMap<string, FunctionSummary>,
): SocketModel[] {
  const inFn = (name: string) => (callsByName.get(name) ?? []).filter((call) => call.fn === fn);
  const sockets: SocketModel[] = [];
  for (const { call } of inFn('socket')) {
    const args = callArguments(call);
    if (args.length !== 3) continue;
    const typeParts = (args[1]?.text ?? '').split('|').map((part) => part.trim());
    const flags = typeParts.filter((part) => TYPE_FLAGS.has(part));
    const socket: SocketModel = {
      call,
      holder: holderOf(call, fn),
      domain: args[0]?.text ?? '',
      type: typeParts.filter((part) => !TYPE_FLAGS.has(part)).join(' | '),
      flags,
      nonBlocking: flags.includes('SOCK_NONBLOCK') ? [args[1] as SyntaxNode] : [],
    };
    sockets.push(socket);
  }
  if (sockets.length === 0) return sockets;

  const holderOfArg = (arg: SyntaxNode | undefined) =>
    arg ? sockets.find((socket) => socket.holder === unwrapValue(arg).text) : undefined;
  for (const name of NONBLOCKING_CALLS) {
    for (const { call } of inFn(name)) {
      if (setsNonBlocking(name, call)) holderOfArg(callArguments(call)[0])?.nonBlocking.push(call);
    }
  }
  for (const summary of summaries.values()) {
    if (summary.nonBlockingParams.size === 0) continue;
    for (const { call } of inFn(summary.name)) {
      const args = callArguments(call);
      for (const index of summary.nonBlockingParams)
        holderOfArg(args[index])?.nonBlocking.push(call);
    }
  }
  return sockets;
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
