import type { SyntaxNode } from '../../parse/syntax.js';
import { callArguments, unwrapValue } from './ast.js';
import type { NamedCall } from './types.js';
import { NONBLOCKING_CALLS, setsNonBlocking } from './nonblocking.js';
import type { ConnectCall, FunctionModel, FunctionSummary, Wrappers } from './types.js';

/**
 * What each function of the file does, seen from its callers: does it return
 * connect(2)'s result (a wrapper), which parameters does it make non-blocking.
 * Computed to a fixed point, so a wrapper of a wrapper is a wrapper too.
 */
export function summarizeFunctions(
  functions: readonly FunctionModel[],
  connectCalls: readonly ConnectCall[],
  callsByName: ReadonlyMap<string, NamedCall[]>,
  wrappers: Wrappers,
): Map<string, FunctionSummary> {
  const summaries = new Map<string, FunctionSummary & { nonBlockingParams: Set<number> }>();
  for (const fn of functions) {
    summaries.set(fn.name, { name: fn.name, nonBlockingParams: new Set() });
  }

  // The calls whose value is "connect's result": connect itself, then wrappers.
  const resultCalls = new Map<FunctionModel, SyntaxNode[]>();
  const addResultCall = (fn: FunctionModel, call: SyntaxNode) => {
    const list = resultCalls.get(fn) ?? [];
    list.push(call);
    resultCalls.set(fn, list);
  };
  for (const call of connectCalls) addResultCall(call.fn, call.call);

  for (const name of [...NONBLOCKING_CALLS, ...wrappers.nonBlocking]) {
    for (const { call, fn } of callsByName.get(name) ?? []) {
      if (!fn || !(setsNonBlocking(name, call) || wrappers.nonBlocking.includes(name))) continue;
      const index = parameterIndex(fn, callArguments(call)[0]);
      if (index >= 0) summaries.get(fn.name)?.nonBlockingParams.add(index);
    }
  }

  for (let changed = true; changed;) {
    changed = false;
    for (const fn of functions) {
      const summary = summaries.get(fn.name);
      if (!summary) continue;
      if (!summary.returnsConnectResult) {
        const returned = returnedResultCall(fn, resultCalls.get(fn) ?? []);
        if (returned) {
          summary.returnsConnectResult = returned;
          for (const { call, fn: caller } of callsByName.get(fn.name) ?? []) {
            if (caller) addResultCall(caller, call);
          }
          changed = true;
        }
      }
    }
    // A helper that passes its parameter to a non-blocking helper is one too.
    for (const [name, calls] of callsByName) {
      const callee = summaries.get(name);
      if (!callee || callee.nonBlockingParams.size === 0) continue;
      for (const { call, fn } of calls) {
        if (!fn) continue;
        const args = callArguments(call);
        for (const index of callee.nonBlockingParams) {
          const param = parameterIndex(fn, args[index]);
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

function parameterIndex(fn: FunctionModel, arg: SyntaxNode | undefined): number {
  if (!arg) return -1;
  const value = unwrapValue(arg);
  return value.type === 'identifier' ? fn.params.indexOf(value.text) : -1;
}

/**
 * The call among `calls` whose value `fn` returns: `return connect(...)`, or
 * `rc = connect(...); ... return rc;` where the only other store into `rc` is
 * its declaration's constant (`int rc = -1;`).
 */
function returnedResultCall(fn: FunctionModel, calls: SyntaxNode[]): SyntaxNode | undefined {
  if (calls.length === 0) return undefined;
  const isCall = (node: SyntaxNode) =>
    calls.find((call) => call.startIndex === node.startIndex && call.endIndex === node.endIndex);
  const { returned, stores } = fn.facts;
  const returnedNames = new Set<string>();
  for (const value of returned) {
    const inner = unwrapValue(value);
    const call = isCall(inner);
    if (call) return call;
    if (inner.type === 'identifier') returnedNames.add(inner.text);
  }
  for (const name of returnedNames) {
    let fromCall: SyntaxNode | undefined;
    let otherStore = false;
    for (const { value, declaration } of stores.get(name) ?? []) {
      const inner = unwrapValue(value);
      const constant = inner.type === 'number_literal' || /^-\s*\d+$/.test(inner.text);
      const call = isCall(inner);
      if (call) fromCall = call;
      // Only a declaration's initial constant is allowed: `rc = 0;` later replaces the result.
      else if (!(constant && declaration)) otherStore = true;
    }
    if (fromCall && !otherStore) return fromCall;
  }
  return undefined;
}
