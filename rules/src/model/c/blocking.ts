import type { SyntaxNode } from '../../parse/syntax.js';
import { callArguments } from './ast.js';
import { clearsNonBlocking, NONBLOCKING_CALLS } from './nonblocking.js';
import type { FunctionModel, FunctionSummary, Wrappers } from './types.js';

/** A call that makes a descriptor blocking again, and the argument it makes so. */
export interface BlockingCall {
  call: SyntaxNode;
  target: SyntaxNode;
}

/**
 * Calls in `fn` that make a descriptor blocking again: `fcntl` clearing
 * `O_NONBLOCK`, `FIONBIO` with 0, a `blocking` wrapper of the configuration, or a
 * function whose summary says it does one of these to a parameter (one of this
 * file, or of another file through the project index). What follows such a call
 * is a blocking connect again.
 */
export function blockingCalls(
  fn: FunctionModel,
  wrappers: Wrappers,
  summaries: ReadonlyMap<string, FunctionSummary>,
): BlockingCall[] {
  const found: BlockingCall[] = [];
  for (const { call, name } of fn.calls) {
    const callee = name.text;
    const params = summaries.get(callee)?.blockingParams;
    const known = NONBLOCKING_CALLS.includes(callee as (typeof NONBLOCKING_CALLS)[number]);
    // Most calls are none of these: leave their arguments unread.
    if (!known && !params?.size && !wrappers.blocking.includes(callee)) continue;
    const args = callArguments(call);
    if (clearsNonBlocking(callee, call) || wrappers.blocking.includes(callee)) {
      if (args[0]) found.push({ call, target: args[0] });
      continue;
    }
    for (const index of params ?? []) {
      const arg = args[index];
      if (arg) found.push({ call, target: arg });
    }
  }
  return found;
}
