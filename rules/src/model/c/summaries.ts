import type { SyntaxNode } from '../../parse/syntax.js';
import {
  argumentParams,
  callNode,
  returnedValues,
  type CallInput,
  type SummaryInputs,
} from './summary-inputs.js';
import type { ProjectFunction } from '../../project/types.js';
import type { FunctionModel, FunctionSummary, Wrappers } from './types.js';

/**
 * What each function of the file does, seen from its callers: does it return
 * connect(2)'s result (a wrapper), which parameters does it make non-blocking.
 * Computed to a fixed point, so a wrapper of a wrapper is a wrapper too. Read
 * from each function's `SummaryInputs` (plain data); a function without inputs
 * makes no calls that matter.
 */
export function summarizeFunctions(
  functions: readonly FunctionModel[],
  inputsOf: ReadonlyMap<FunctionModel, SummaryInputs>,
  definesConnect: boolean,
  wrappers: Wrappers,
  external: (name: string) => ProjectFunction | undefined = () => undefined,
): Map<string, FunctionSummary> {
  const summaries = new Map<
    string,
    FunctionSummary & { nonBlockingParams: Set<number>; blockingParams?: Set<number> }
  >();
  for (const fn of functions) {
    summaries.set(fn.name, { name: fn.name, nonBlockingParams: new Set() });
  }
  // Functions of other files that this file calls, as the project index sees them.
  const externalSummary = (name: string) => {
    if (summaries.has(name)) return;
    const found = external(name);
    if (!found) return;
    summaries.set(name, {
      name,
      nonBlockingParams: new Set(found.nonBlockingParams),
      blockingParams: new Set(found.blockingParams),
      ...(found.returnsConnectResult
        ? { returnsConnectResult: { path: found.path, line: found.line } }
        : {}),
      external: found,
    });
  };
  // Callers by callee name: which function, which of its calls.
  const callers = new Map<string, { fn: FunctionModel; call: CallInput; index: number }[]>();
  // The calls whose value is "connect's result": connect itself, then wrappers.
  const resultCalls = new Map<FunctionModel, Set<number>>();
  const addResultCall = (fn: FunctionModel, index: number) => {
    const set = resultCalls.get(fn) ?? new Set();
    set.add(index);
    resultCalls.set(fn, set);
  };
  for (const [fn, inputs] of inputsOf) {
    inputs.calls.forEach((call, index) => {
      externalSummary(call.name);
      if (summaries.get(call.name)?.external?.returnsConnectResult) addResultCall(fn, index);
      const list = callers.get(call.name) ?? [];
      list.push({ fn, call, index });
      callers.set(call.name, list);
      if (call.name === 'connect' && call.connectShaped && !definesConnect)
        addResultCall(fn, index);
      if (call.setsNonBlocking || wrappers.nonBlocking.includes(call.name)) {
        const param = argumentParams(fn, call)[0] ?? -1;
        if (param >= 0) summaries.get(fn.name)?.nonBlockingParams.add(param);
      }
      // And the helpers that make it blocking again (see model/c/blocking.ts).
      if (call.clearsNonBlocking || wrappers.blocking.includes(call.name)) {
        const param = argumentParams(fn, call)[0] ?? -1;
        const summary = summaries.get(fn.name);
        if (param >= 0 && summary) (summary.blockingParams ??= new Set()).add(param);
      }
    });
  }

  for (let changed = true; changed;) {
    changed = false;
    for (const fn of functions) {
      const summary = summaries.get(fn.name);
      const inputs = inputsOf.get(fn);
      if (!summary || !inputs || summary.returnsConnectResult || summary.external) continue;
      const returned = returnedResultCall(fn, inputs, resultCalls.get(fn));
      if (returned === undefined) continue;
      const call = inputs.calls[returned] as CallInput;
      let node: SyntaxNode | undefined;
      Object.defineProperty(summary, 'returnsConnectResult', {
        // The node only when a rule asks (a related location): most never do.
        get: () => (node ??= callNode(fn, call)),
        enumerable: true,
      });
      for (const caller of callers.get(fn.name) ?? []) addResultCall(caller.fn, caller.index);
      changed = true;
    }
    // A helper that passes its parameter to a non-blocking helper is one too.
    for (const [name, calls] of callers) {
      const callee = summaries.get(name);
      if (!callee || callee.nonBlockingParams.size === 0) continue;
      for (const { fn, call } of calls) {
        for (const index of callee.nonBlockingParams) {
          const param = argumentParams(fn, call)[index] ?? -1;
          const summary = summaries.get(fn.name);
          if (param >= 0 && summary && !summary.nonBlockingParams.has(param)) {
            summary.nonBlockingParams.add(param);
            changed = true;
          }
        }
      }
    }
  }
  return summaries;
}

/**
 * The call among the result calls whose value the function returns: `return
 * connect(...)`, or `rc = connect(...); ... return rc;` where the only other
 * store into `rc` is its declaration's constant (`int rc = -1;`).
 */
function returnedResultCall(
  fn: FunctionModel,
  inputs: SummaryInputs,
  results: ReadonlySet<number> | undefined,
): number | undefined {
  if (!results) return undefined;
  const returned = returnedValues(fn, inputs);
  for (const value of returned) {
    if ('call' in value && results.has(value.call)) return value.call;
  }
  for (const value of returned) {
    if (!('variable' in value)) continue;
    let fromCall: number | undefined;
    let otherStore = false;
    for (const { call, constantDeclaration } of value.stores) {
      if (call >= 0 && results.has(call)) fromCall = call;
      // Only a declaration's initial constant is allowed: `rc = 0;` later replaces the result.
      else if (!constantDeclaration) otherStore = true;
    }
    if (fromCall !== undefined && !otherStore) return fromCall;
  }
  return undefined;
}
