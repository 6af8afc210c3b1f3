import type { SyntaxNode } from '../../parse/syntax.js';
import { callArguments, unwrapParens, walk } from './ast.js';

/** The mode a call switches its first argument's descriptor to, if it switches one. */
export type DescriptorMode = 'nonblocking' | 'blocking';

const NONBLOCK_FLAG = /\b(O_NONBLOCK|O_NDELAY|FNDELAY|FNONBLOCK)\b/;
const CLEARED_FLAG = /~\s*\(?\s*[\w\s|]*\b(O_NONBLOCK|O_NDELAY|FNDELAY|FNONBLOCK)\b/;

/**
 * Does this call switch its first argument's descriptor to non-blocking mode?
 *   fcntl(fd, F_SETFL, flags | O_NONBLOCK)   (O_NDELAY, FNDELAY, FNONBLOCK: old spellings)
 *   flags |= O_NONBLOCK; fcntl(fd, F_SETFL, flags)
 *   ioctl(fd, FIONBIO, &on)                   ioctlsocket(fd, FIONBIO, &on) on Windows
 */
export function setsNonBlocking(name: string, call: SyntaxNode): boolean {
  return descriptorMode(name, call) === 'nonblocking';
}

/**
 * Does this call make its first argument's descriptor blocking again?
 *   fcntl(fd, F_SETFL, flags & ~O_NONBLOCK)   fcntl(fd, F_SETFL, 0)
 *   flags &= ~O_NONBLOCK; fcntl(fd, F_SETFL, flags)
 *   int off = 0; ioctl(fd, FIONBIO, &off)
 */
export function clearsNonBlocking(name: string, call: SyntaxNode): boolean {
  return descriptorMode(name, call) === 'blocking';
}

export function descriptorMode(name: string, call: SyntaxNode): DescriptorMode | undefined {
  if (name !== 'fcntl' && name !== 'ioctl' && name !== 'ioctlsocket') return undefined;
  const args = callArguments(call);
  if (name === 'fcntl') {
    if (!/\bF_SETFL\b/.test(args[1]?.text ?? '')) return undefined;
    const value = args[2];
    return value ? flagsMode(value, call) : undefined;
  }
  if (!/\bFIONBIO\b/.test(args[1]?.text ?? '')) return undefined;
  // FIONBIO's argument points at an int: zero clears non-blocking mode. An
  // argument whose value cannot be read is taken to set it, as nearly all do.
  const argument = args[2] ? unwrapParens(args[2]) : undefined;
  if (argument?.type === 'pointer_expression') {
    const target = argument.childForFieldName('argument');
    const value = target?.type === 'identifier' ? lastValue(target.text, call) : undefined;
    if (value && /^\(?\s*0\s*\)?$/.test(value.text)) return 'blocking';
  }
  return 'nonblocking';
}

/** `fl | O_NONBLOCK` sets, `fl & ~O_NONBLOCK` and `0` clear, a variable is followed to its value. */
function flagsMode(value: SyntaxNode, call: SyntaxNode, depth = 0): DescriptorMode | undefined {
  const text = value.text;
  // `on ? fl | O_NONBLOCK : fl & ~O_NONBLOCK`, a toggle: neither, as far as the text says.
  if (CLEARED_FLAG.test(text))
    return NONBLOCK_FLAG.test(text.replace(CLEARED_FLAG, '')) ? undefined : 'blocking';
  if (NONBLOCK_FLAG.test(text)) return 'nonblocking';
  const inner = unwrapParens(value);
  if (/^0[uUlL]*$/.test(inner.text)) return 'blocking';
  if (inner.type !== 'identifier' || depth > 2) return undefined;
  const assigned = lastValue(inner.text, call, true);
  return assigned ? flagsMode(assigned, call, depth + 1) : undefined;
}

/**
 * The value last given to `name` before `at` in its function: `int v = X`,
 * `v = X`; with `compound`, `v |= X` and `v &= X` give `X`'s node (the operator is
 * in the text a caller reads: `|= O_NONBLOCK` sets, `&= ~O_NONBLOCK` clears).
 */
function lastValue(name: string, at: SyntaxNode, compound = false): SyntaxNode | undefined {
  let fn: SyntaxNode | null = at;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  if (!fn) return undefined;
  let found: SyntaxNode | undefined;
  walk(fn, (node) => {
    if (node.startIndex >= at.startIndex) return false;
    if (node.type === 'init_declarator' && node.childForFieldName('declarator')?.text === name) {
      found = node.childForFieldName('value') ?? found;
    } else if (
      node.type === 'assignment_expression' &&
      node.childForFieldName('left')?.text === name
    ) {
      const operator = node.childForFieldName('operator')?.text ?? '=';
      const right = node.childForFieldName('right') ?? undefined;
      if (operator === '=') found = right;
      // `v |= O_NONBLOCK` keeps the flag whatever v held; `v &= ~O_NONBLOCK` drops it.
      else if (compound && (operator === '|=' || operator === '&=')) found = node;
    }
  });
  return found;
}

export const NONBLOCKING_CALLS = ['fcntl', 'ioctl', 'ioctlsocket'] as const;
