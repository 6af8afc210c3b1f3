import type { NodeFileModel, NodeSocket, SocketUse } from '../../model/node/types.js';
import type { SyntaxNode } from '../../parse/syntax.js';
import { callArguments, encloses, walk } from '../../parse/tree.js';
import { escapeRegExp } from '../../text/regexp.js';
import type { Fix, Report } from '../rule.js';
import { connectSite, connectUses, listeners } from '../shared/node-socket.js';
import { isUnixPath } from './unix-path.js';
import { wrapsSocket } from '../shared/node-tls-wrap.js';
import { anyConnectOption, creationOption } from '../shared/node-options.js';
import { optionDefaulted } from './defaults.js';

/** The rule's messages this part reports. */
type TimeoutReport = Report<'noTimeout' | 'timeoutIgnored' | 'timeoutOnlyWhenGiven'>;

/** Socket methods that end it: a handler or timer that calls one bounds the connect. */
const ENDING = /^(destroy|end|resetAndDestroy)$/;
/** Calls that only report (a handler that makes only these lets the socket be). */
const HARMLESS = /^(console\.\w+|\w*\.?(debug|log|warn|info|trace))$/;

/**
 * Node: a client TCP or TLS socket whose connect can wait for the kernel's timeout.
 * A timeout is: the `timeout` option or `setTimeout(ms)` (with a handler that ends the
 * socket: a handler that does not is reported at the handler), an `AbortSignal`
 * (`signal` option), or a timer of the program's that destroys the socket
 * (`setTimeout(() => s.destroy(), ms)`). A UNIX-domain socket waits on no network.
 */
export function nodeTimeoutFindings(model: NodeFileModel): TimeoutReport[] {
  const reports: TimeoutReport[] = [];
  // Read once per file, not per socket: only a file that says 'abort' can destroy a socket
  // on one, only a file that calls setTimeout has a timer.
  const saysAbort = /['"`]abort['"`]/.test(model.text);
  const hasTimers = model.text.includes('setTimeout');
  for (const socket of model.sockets) {
    if (socket.kind === 'dgram' || socket.escapes) continue;
    const site = connectSite(socket);
    if (!site || isUnixPath(socket, model) || wrapsSocket(socket, model.text)) continue;
    const name = socket.holder ?? 'this socket';
    for (const handler of handlers(socket)) {
      const callback = handler.args[1];
      // A handler passed by name is defined elsewhere: not judged.
      const inline = !!callback && /function|arrow_function/.test(callback.type);
      if (callback && inline && !endsSocket(callback, socket))
        reports.push({
          messageId: 'timeoutIgnored',
          data: { socket: name },
          start: handler.name,
          end: handler.call,
        });
    }
    if (abortable(socket, model, saysAbort)) continue;
    // setTimeout(0) turns the timeout off; only net.connect, createConnection and
    // tls.connect read a `timeout` option (not new Socket() or .connect()). A timer of the
    // program's that destroys the socket is one too; any of them set only when an option
    // is given (`if (o.connectTimeout) setTimeout(() => s.destroy(), o.connectTimeout)`)
    // is none by default.
    const timers = [
      ...socket.uses.filter(
        (use) => use.method === 'setTimeout' && !!use.args[0] && use.args[0].text !== '0',
      ),
      ...(hasTimers ? destroyingTimers(socket, model) : []),
    ];
    const option = creationOption(socket, 'timeout', model);
    const sure = [
      // A function of another module that sets it only when an option is given: its `onlyWhenGiven`.
      ...timers.filter((use) => !('onlyWhenGiven' in use) && !guardedBy(use, model)),
      ...(option && !givenOnly(option, model) ? [option] : []),
    ];
    if (sure.length > 0) continue;
    const given = option ?? timers[0]?.args[0];
    if (given) {
      reports.push({
        messageId: 'timeoutOnlyWhenGiven',
        data: { socket: name, option: given.text },
        ...site,
        related: [{ node: given, message: 'the only timeout, when this is given' }],
      });
      continue;
    }
    const fix = timeoutOptionFix(socket);
    reports.push({
      messageId: 'noTimeout',
      data: { socket: name },
      ...site,
      ...(fix ? { fixes: [fix] } : {}),
    });
  }
  return reports;
}

/** 'timeout' listeners, and callbacks given to setTimeout(ms, callback). */
function handlers(socket: NodeSocket): SocketUse[] {
  return [
    ...listeners(socket, 'timeout'),
    ...socket.uses.filter((use) => use.method === 'setTimeout' && use.args.length > 1),
  ];
}

/**
 * `{ signal }`: an AbortSignal aborts the connect (AbortSignal.timeout(ms) or a controller);
 * so does destroying the socket on a signal's 'abort' (tedious: the caller aborts on its
 * connect timeout): `signal.addEventListener('abort', onAbort)` with `onAbort` destroying it.
 */
function abortable(socket: NodeSocket, model: NodeFileModel, saysAbort: boolean): boolean {
  if (anyConnectOption(socket, 'signal', model)) return true;
  if (!saysAbort) return false;
  return socket.uses.some((use) => ENDING.test(use.method) && onAbort(use.call, model));
}

function onAbort(node: SyntaxNode, { text, ancestry }: NodeFileModel): boolean {
  for (const current of ancestry.ancestors(node)) {
    if (!/function|arrow_function/.test(current.type)) continue;
    const list = ancestry.parentOf(current);
    const call = list?.type === 'arguments' ? ancestry.parentOf(list) : undefined;
    if (call && /addEventListener$/.test(call.childForFieldName('function')?.text ?? ''))
      return /^['"`]abort['"`]$/.test(callArguments(call)[0]?.text ?? '');
    const declarator = list;
    const name =
      declarator?.type === 'variable_declarator'
        ? declarator.childForFieldName('name')?.text
        : current.childForFieldName('name')?.text;
    if (
      name &&
      new RegExp(
        String.raw`addEventListener\(\s*['"\`]abort['"\`]\s*,\s*${escapeRegExp(name)}(?![\w$])`,
      ).test(text)
    )
      return true;
  }
  return false;
}

/** `setTimeout(() => s.destroy(), ms)` (cleared on 'connect', typically): a timer that ends it. */
function destroyingTimers(
  socket: NodeSocket,
  model: NodeFileModel,
): Pick<SocketUse, 'call' | 'args'>[] {
  return socket.uses.flatMap((use) => {
    // Around the call that ends it, around the call that took it to the helper that
    // does (`setTimeout(() => abort(s), ms)`), or a timer that runs the function it is in.
    const timer = ENDING.test(use.method)
      ? (timerAround(use.call, model) ??
        (use.via ? timerAround(use.via, model) : undefined) ??
        timerRunning(use.call, socket, model))
      : undefined;
    // Its delay first, as for setTimeout() on the socket.
    return timer ? [{ call: timer, args: callArguments(timer).slice(1) }] : [];
  });
}

/** The `setTimeout(...)` call whose callback holds `node`. */
function timerAround(node: SyntaxNode, { ancestry }: NodeFileModel): SyntaxNode | undefined {
  for (const current of ancestry.ancestors(node)) {
    if (current.type !== 'arguments') continue;
    const call = ancestry.parentOf(current);
    const callee = call?.childForFieldName('function')?.text ?? '';
    if (call && /^((global|globalThis|window|timers)\.)?setTimeout$/.test(callee)) return call;
  }
  return undefined;
}

/**
 * A timer whose callback runs the function (or method) `node` is in — not one that makes
 * or connects the socket (`setTimeout(() => this.connect(), delay)` is a retry, whatever
 * that function destroys on its way).
 */
function timerRunning(
  node: SyntaxNode,
  socket: NodeSocket,
  model: NodeFileModel,
): SyntaxNode | undefined {
  const fn = model.ancestry.functionOf(node);
  if (!fn || encloses(fn, socket.creation)) return undefined;
  if (connectUses(socket).some((use) => encloses(fn, use.call))) return undefined;
  return model.timersCalling(fn)[0];
}

/**
 * `if (options.timeout) s.setTimeout(options.timeout)`: the timeout is set only when the
 * option is given. With a default somewhere in the file, it is set by default too.
 */
function guardedBy(use: Pick<SocketUse, 'call' | 'args'>, model: NodeFileModel): boolean {
  const value = use.args[0];
  if (!value || /^(number|binary_expression)$/.test(value.type)) return false;
  for (const current of model.ancestry.ancestors(use.call)) {
    if (/function|arrow_function|method_definition/.test(current.type)) break;
    const condition =
      current.type === 'if_statement' || current.type === 'ternary_expression'
        ? current.childForFieldName('condition')
        : current.type === 'binary_expression' &&
            current.childForFieldName('operator')?.text === '&&'
          ? current.childForFieldName('left')
          : undefined;
    if (condition && condition.text.includes(value.text) && !condition.text.includes(use.call.text))
      return !optionDefaulted(value, model.text);
  }
  return false;
}

/** `{ timeout: options.timeout }` with no default for it in the file. */
function givenOnly(value: SyntaxNode, model: NodeFileModel): boolean {
  if (value.type !== 'member_expression' && value.type !== 'identifier') return false;
  if (value.type === 'identifier' && model.stringConstants.has(value.text)) return false;
  return !optionDefaulted(value, model.text);
}

/** Does the handler end the socket, or hand it to code that may? */
function endsSocket(callback: SyntaxNode, socket: NodeSocket): boolean {
  let ends = false;
  walk(callback, (node) => {
    if (ends || node.type !== 'call_expression') return;
    const callee = node.childForFieldName('function');
    const method =
      callee?.type === 'member_expression'
        ? callee.childForFieldName('property')?.text
        : callee?.text;
    // Ending it (on the socket or `this`), forwarding the event to the owner, or any
    // call whose body is not seen here (`this.onTimeout()`, `reject(err)`): not judged.
    if (method && (ENDING.test(method) || method === 'emit')) ends = true;
    else if (callee && !HARMLESS.test(callee.text.replace(/\s+/g, ''))) ends = true;
    const args = node.childForFieldName('arguments');
    for (let i = 0; socket.holder && args && i < args.namedChildCount; i++) {
      if (args.namedChild(i)?.text.replace(/\s+/g, '') === socket.holder) ends = true;
    }
  });
  return ends;
}

/** `net.connect({ port })` → `net.connect({ port, timeout: 10_000 })` (with a 'timeout' listener still to write). */
function timeoutOptionFix(socket: NodeSocket): Fix | undefined {
  const options = socket.connecting ? socket.args[0] : undefined;
  if (options?.type !== 'object' || options.namedChildCount === 0) return undefined;
  let last: SyntaxNode | null = null;
  for (let i = options.namedChildCount - 1; i >= 0 && !last; i--) {
    const child = options.namedChild(i);
    if (child && child.type !== 'comment') last = child;
  }
  if (!last) return undefined;
  return {
    description: 'Add a timeout option (10 s), then handle the timeout event',
    edits: [{ start: last.endIndex, end: last.endIndex, text: ', timeout: 10_000' }],
  };
}
