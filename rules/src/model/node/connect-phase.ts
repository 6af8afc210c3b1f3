import type { SyntaxNode } from '../../parse/syntax.js';
import { encloses } from '../../parse/tree.js';
import type { FileFunctions } from './functions.js';
import type { Ancestry } from './ancestry.js';
import type { NameIndex } from './name-index.js';
import type { SocketUse } from './types.js';

/** Events Node emits only once the socket has connected. */
const CONNECTED_EVENTS = /^(connect|secureConnect|ready|data)$/;

/**
 * Does `node` run only after the socket has connected? It does inside the callback of a
 * connecting creation or of `.connect()` (Node adds it as a 'connect' listener), inside
 * listeners of 'connect', 'secureConnect', 'ready' and 'data' — inline, or functions and
 * methods of the file given by name — and inside the functions of the file those call,
 * three levels deep (ldapjs: `onConnect` calls `setupClient`, which calls `postSetup`,
 * which hands the socket on). A socket handed on from there (`net.connect(opts, () =>
 * resolve(sock))`, amqplib's `new Connection(sock)`) was handed on connected: its
 * connect, with its errors and its timeout, was this code's to handle.
 * Asked backwards, from `node` up to its callers: a socket leaves in a few places, and
 * listing every call in every callback cost a fifth of the parse.
 */
export class ConnectPhase {
  private callbacks: SyntaxNode[] | undefined;

  constructor(
    private readonly creation: SyntaxNode,
    private readonly connecting: boolean,
    private readonly args: readonly SyntaxNode[],
    private readonly uses: readonly SocketUse[],
    private readonly functions: FileFunctions,
    private readonly index: NameIndex,
  ) {}

  /** Is `node` in code that runs once the socket has connected? */
  connectedAt(node: SyntaxNode, depth = 0): boolean {
    const callbacks = (this.callbacks ??= this.directCallbacks());
    if (callbacks.length === 0) return false;
    for (
      let fn = this.index.ancestry.functionOf(node);
      fn;
      fn = this.index.ancestry.functionOf(fn)
    ) {
      if (callbacks.some((callback) => sameSpan(callback, fn))) return true;
      if (depth >= 3) continue;
      const name = calledName(fn, this.index.ancestry);
      if (!name) continue;
      // The function's callers are the same for every socket: found once per file.
      const callee = fn;
      const callers = this.index.memo('callers', name, fn, () =>
        this.index
          .callsNamed(name, this.index.root)
          .filter(
            (call) => !encloses(callee, call) && sameSpan(this.functions.resolve(call), callee),
          ),
      );
      if (callers.some((call) => this.connectedAt(call, depth + 1))) return true;
    }
    return false;
  }

  private directCallbacks(): SyntaxNode[] {
    const candidates: SyntaxNode[] = [];
    const last = this.args[this.args.length - 1];
    if (this.connecting && last && this.creation.type === 'call_expression') candidates.push(last);
    for (const use of this.uses) {
      // The method first: a use's arguments are made only when asked (see `socketUse`).
      const connects =
        use.method === 'connect' || (use.event !== undefined && CONNECTED_EVENTS.test(use.event));
      if (!connects || use.args.length < 2) continue;
      const callback = use.args[use.args.length - 1];
      if (callback) candidates.push(callback);
    }
    return candidates.flatMap((candidate) => {
      const fn = this.functions.functionValue(candidate);
      return fn ? [fn] : [];
    });
  }
}

/** The name a call of this function is written with: `f`, and `m` of `this.m()`. */
export function calledName(fn: SyntaxNode, ancestry: Ancestry): string | undefined {
  if (fn.type === 'function_declaration' || fn.type === 'method_definition')
    return fn.childForFieldName('name')?.text;
  const parent = ancestry.parentOf(fn);
  if (parent?.type === 'variable_declarator') return parent.childForFieldName('name')?.text;
  if (parent?.type === 'public_field_definition' || parent?.type === 'field_definition')
    return (parent.childForFieldName('name') ?? parent.childForFieldName('property'))?.text;
  if (parent?.type === 'assignment_expression')
    return /\.prototype\.([\w$]+)$/.exec(parent.childForFieldName('left')?.text ?? '')?.[1];
  return undefined;
}

function sameSpan(a: SyntaxNode | undefined, b: SyntaxNode): boolean {
  return a === b || (!!a && a.startIndex === b.startIndex && a.endIndex === b.endIndex);
}
