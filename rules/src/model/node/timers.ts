import type { SyntaxNode } from '../../parse/syntax.js';
import { escapeRegExp } from '../../text/regexp.js';
import { calledName } from './connect-phase.js';
import type { NameIndex } from './name-index.js';

/** `setTimeout`, also as `global.`, `globalThis.`, `window.` or `timers.` setTimeout. */
const SET_TIMEOUT = /^((global|globalThis|window|timers)\.)?setTimeout$/;

/**
 * The `setTimeout(...)` calls of the file whose callback runs this function: given by
 * name (`setTimeout(onTimeout, ms)`, `setTimeout(this.onTimeout.bind(this), ms)`) or
 * called from an inline callback (`setTimeout(() => this.onTimeout(), ms)`). A
 * connect timeout is often written so: the timer's method destroys the socket.
 */
export function timersCalling(fn: SyntaxNode, index: NameIndex): SyntaxNode[] {
  const name = calledName(fn, index.ancestry);
  if (!name) return [];
  const calls = new RegExp(`(?<![\\w$])${escapeRegExp(name)}(?![\\w$])`);
  return index.callsNamed('setTimeout', index.root).filter((timer) => {
    if (!SET_TIMEOUT.test(timer.childForFieldName('function')?.text ?? '')) return false;
    const callback = timer.childForFieldName('arguments')?.namedChild(0);
    return !!callback && calls.test(index.textOf(callback));
  });
}
