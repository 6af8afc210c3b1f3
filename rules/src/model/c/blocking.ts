import type { SyntaxNode } from '../../parse/syntax.js';
import { callArguments } from './ast.js';
import { clearsNonBlocking } from './nonblocking.js';
import type { FunctionModel, Wrappers } from './types.js';

/** A call that makes a descriptor blocking again, and the argument it makes so. */
export interface BlockingCall {
  call: SyntaxNode;
  target: SyntaxNode;
}

/**
 * Calls in `fn` that make a descriptor blocking again: `fcntl` clearing
 * `O_NONBLOCK`, `FIONBIO` with 0, a `blocking` wrapper of the configuration, or a
 * function of the file that does one of these to a parameter (`helpers`, see
 * `blockingHelpers`). What follows such a call is a blocking connect again.
 */
export function blockingCalls(
  fn: FunctionModel,
  wrappers: Wrappers,
  helpers: ReadonlyMap<string, ReadonlySet<number>> = new Map(),
): BlockingCall[] {
  const found: BlockingCall[] = [];
  for (const { call, name } of fn.calls) {
    const callee = name.text;
    const args = callArguments(call);
    if (clearsNonBlocking(callee, call) || wrappers.blocking.includes(callee)) {
      if (args[0]) found.push({ call, target: args[0] });
      continue;
    }
    for (const index of helpers.get(callee) ?? []) {
      const arg = args[index];
      if (arg) found.push({ call, target: arg });
    }
  }
  return found;
}

/** The indices of `fn`'s parameters that it makes blocking again (a per-function fact). */
export function blockingParams(fn: FunctionModel, wrappers: Wrappers): ReadonlySet<number> {
  const params = new Set<number>();
  for (const { target } of blockingCalls(fn, wrappers)) {
    const index = fn.params.indexOf(target.text);
    if (index >= 0) params.add(index);
  }
  return params;
}

const helpersOf = new WeakMap<
  readonly FunctionModel[],
  WeakMap<Wrappers, ReadonlyMap<string, ReadonlySet<number>>>
>();

/** The file's own "make blocking" helpers, by name (kept per file: each connect asks). */
export function blockingHelpers(
  functions: readonly FunctionModel[],
  wrappers: Wrappers,
): ReadonlyMap<string, ReadonlySet<number>> {
  let byWrappers = helpersOf.get(functions);
  if (!byWrappers) helpersOf.set(functions, (byWrappers = new WeakMap()));
  let helpers = byWrappers.get(wrappers);
  if (!helpers) {
    const found = new Map<string, ReadonlySet<number>>();
    for (const fn of functions) {
      const params = blockingParams(fn, wrappers);
      if (params.size > 0) found.set(fn.name, params);
    }
    helpers = found;
    byWrappers.set(wrappers, helpers);
  }
  return helpers;
}
