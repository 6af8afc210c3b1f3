import { walk } from '../../model/c/ast.js';
import { escapeRegExp } from '../../text/regexp.js';
import type { SyntaxNode } from '../../parse/syntax.js';

/** The calls a `struct sockaddr_un` is handed to, and what a wrong path means for each. */
const ADDRESS_CALLS: Readonly<Record<string, { argument: number; effect: string }>> = {
  connect: { argument: 1, effect: 'connect() reaches another socket than the one named' },
  bind: { argument: 1, effect: 'bind() creates the socket at another path than the one named' },
  sendto: { argument: 4, effect: 'sendto() sends to another socket than the one named' },
  sendmsg: { argument: -1, effect: 'sendmsg() sends to another socket than the one named' },
};

/** What the address means when no call that takes it is in sight (a helper that fills it). */
const NO_CALL_EFFECT = 'the address names another path than the one given';

/**
 * The call that the address whose `sun_path` is written feeds, in the same
 * function: `connect(fd, (struct sockaddr *)&sun, len)`, `bind(...)`,
 * `sendto(..., &sun, len)`, or `sendmsg()` with `msg_name = &sun`. Messages
 * name it: a truncated path given to bind() makes a socket elsewhere, not a
 * connection elsewhere.
 */
export function addressUse(
  destination: SyntaxNode,
  body: SyntaxNode | undefined,
): { call?: SyntaxNode; name?: string; effect: string } {
  const base = addressBase(destination.text);
  if (!base || !body) return { effect: NO_CALL_EFFECT };
  const mentions = new RegExp(`(^|[^\\w.>])${escapeRegExp(base)}\\b`);
  // `msg.msg_name = &sun;` puts the address in a message for sendmsg.
  let inMessage = false;
  let found: { call: SyntaxNode; name: string } | undefined;
  walk(body, (node) => {
    if (found) return false;
    if (node.type === 'assignment_expression') {
      const left = node.childForFieldName('left')?.text ?? '';
      if (/\bmsg_name$/.test(left) && mentions.test(node.childForFieldName('right')?.text ?? ''))
        inMessage = true;
      return;
    }
    if (node.type !== 'call_expression' || node.startIndex < destination.startIndex) return;
    const name = node.childForFieldName('function')?.text ?? '';
    const known = ADDRESS_CALLS[name];
    if (!known) return;
    const args = node.childForFieldName('arguments')?.namedChildren ?? [];
    const address = known.argument >= 0 ? args[known.argument] : undefined;
    if (address ? mentions.test(address.text) : inMessage) found = { call: node, name };
  });
  if (!found) return { effect: NO_CALL_EFFECT };
  return { ...found, effect: ADDRESS_CALLS[found.name]?.effect ?? NO_CALL_EFFECT };
}

/** `sun.sun_path` → `sun`; `c->addr.sun_path` → `c->addr`; `(*p).sun_path` → `(*p)`. */
function addressBase(destination: string): string | undefined {
  const match = /^\s*&?\s*\(?\s*(.*?)\s*(\.|->)\s*sun_path\b/s.exec(destination);
  const base = match?.[1]?.replace(/\s+/g, '');
  if (!base) return undefined;
  // The variable at the root: what a call's argument names (`&sun`, `(struct sockaddr *)c->addr`).
  return /^[A-Za-z_]\w*$/.test(base) ? base : base.replace(/^\(\*?|\)$/g, '');
}
