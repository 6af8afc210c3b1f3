import type { SyntaxNode } from '../../parse/syntax.js';
import { unwrapValue } from './ast.js';
import { callArguments } from '../../parse/tree.js';
import { clearsNonBlocking, setsNonBlocking } from './nonblocking.js';
import type { FunctionModel, NamedCall } from './types.js';

/**
 * What a function's summary is computed from (see `summaries.ts`), read once
 * from the function and nothing else: plain data, with offsets relative to the
 * function's start, so that an editor keeps it by the function's text across
 * edits instead of querying an unchanged function again.
 */
export interface SummaryInputs {
  calls: CallInput[];
  /**
   * What the function returns, in order: one of `calls`, or a variable and the
   * stores into it. Read on first need (`returnedValues`): only a function with
   * a call that returns connect's result needs it, and it costs a walk of the body.
   */
  returned?: ReturnedValue[];
}

export interface CallInput {
  name: string;
  /** The call's span, relative to the function's start. */
  start: number;
  end: number;
  /**
   * Per argument: the index of the parameter it names, or -1. Read on first
   * need (`argumentParams`): only calls of non-blocking helpers need it.
   */
  argParams?: number[];
  /** fcntl(fd, F_SETFL, … O_NONBLOCK) and the like. */
  setsNonBlocking: boolean;
  /** fcntl(fd, F_SETFL, fl & ~O_NONBLOCK), FIONBIO with 0: blocking again. */
  clearsNonBlocking?: boolean;
  /** Three arguments and no syntax error: connect(2)'s shape (if `name` is connect). */
  connectShaped: boolean;
}

export type ReturnedValue =
  | { call: number }
  | {
      variable: string;
      /** Each store into the variable: the call stored (index in `calls`, or -1), and whether it is a declaration's constant. */
      stores: { call: number; constantDeclaration: boolean }[];
    };

export function summaryInputs(fn: FunctionModel, calls: readonly NamedCall[]): SummaryInputs {
  const origin = fn.node.startIndex;
  return {
    calls: calls.map(({ call, name }) => {
      const callee = name.text;
      const input: CallInput = {
        name: callee,
        start: call.startIndex - origin,
        end: call.endIndex - origin,
        setsNonBlocking: setsNonBlocking(callee, call),
        connectShaped: false,
      };
      if (clearsNonBlocking(callee, call)) input.clearsNonBlocking = true;
      if (callee === 'connect') input.connectShaped = connectShaped(call);
      return input;
    }),
  };
}

/** Three arguments the grammar could read: connect(2)'s shape. */
export function connectShaped(call: SyntaxNode): boolean {
  return callArguments(call).length === 3 && !call.hasError;
}

/** `argParams` of a call of `fn` (this version of its tree; the text `inputs` were read from). */
export function argumentParams(fn: FunctionModel, call: CallInput): number[] {
  if (!call.argParams) {
    const args = callArguments(callNode(fn, call));
    call.argParams = args.map((arg) => parameterIndex(fn, arg));
  }
  return call.argParams;
}

/** The call's node in this version of the tree: the call expression with exactly its span. */
export function callNode(fn: FunctionModel, call: CallInput): SyntaxNode {
  const start = fn.node.startIndex + call.start;
  const end = fn.node.startIndex + call.end;
  let node: SyntaxNode | null = fn.body.descendantForIndex(start, end);
  while (node && node.startIndex === start && node.endIndex === end) {
    if (node.type === 'call_expression') return node;
    node = node.parent;
  }
  throw new Error(`no call at ${start}-${end} in ${fn.name}`);
}

function parameterIndex(fn: FunctionModel, arg: SyntaxNode): number {
  const value = unwrapValue(arg);
  return value.type === 'identifier' ? fn.params.indexOf(value.text) : -1;
}

/**
 * `return connect(...)`, or `rc = connect(...); ... return rc;`: the returned
 * calls and variables, with every store into each variable. `fn` is the
 * function in this version of the tree; its text is the one `inputs` were read from.
 */
export function returnedValues(fn: FunctionModel, inputs: SummaryInputs): ReturnedValue[] {
  if (inputs.returned) return inputs.returned;
  const origin = fn.node.startIndex;
  const bySpan = new Map(inputs.calls.map((call, index) => [`${call.start}:${call.end}`, index]));
  const callAt = (node: SyntaxNode) =>
    bySpan.get(`${node.startIndex - origin}:${node.endIndex - origin}`) ?? -1;
  const { returned, stores } = fn.facts;
  const values: ReturnedValue[] = [];
  const variables = new Set<string>();
  for (const value of returned) {
    const inner = unwrapValue(value);
    const call = callAt(inner);
    if (call >= 0) values.push({ call });
    else if (inner.type === 'identifier' && !variables.has(inner.text)) {
      variables.add(inner.text);
      values.push({
        variable: inner.text,
        stores: (stores.get(inner.text) ?? []).map(({ value: stored, declaration }) => {
          const storedInner = unwrapValue(stored);
          const constant =
            storedInner.type === 'number_literal' || /^-\s*\d+$/.test(storedInner.text);
          return { call: callAt(storedInner), constantDeclaration: constant && !!declaration };
        }),
      });
    }
  }
  inputs.returned = values;
  return values;
}
