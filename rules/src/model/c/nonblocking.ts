import type { SyntaxNode } from '../../parse/syntax.js';
import { callArguments } from './ast.js';

/**
 * Does this call switch its first argument's descriptor to non-blocking mode?
 *   fcntl(fd, F_SETFL, flags | O_NONBLOCK)   (O_NDELAY, FNDELAY, FNONBLOCK: old spellings)
 *   ioctl(fd, FIONBIO, &on)                   ioctlsocket(fd, FIONBIO, &on) on Windows
 */
export function setsNonBlocking(name: string, call: SyntaxNode): boolean {
  if (name !== 'fcntl' && name !== 'ioctl' && name !== 'ioctlsocket') return false;
  const args = callArguments(call);
  if (name === 'fcntl') {
    const command = args[1]?.text ?? '';
    if (!/\bF_SETFL\b/.test(command)) return false;
    const value = args[2]?.text ?? '';
    // `flags & ~O_NONBLOCK` clears the flag: that makes the socket blocking.
    return (
      /(?<![~!])\b(O_NONBLOCK|O_NDELAY|FNDELAY|FNONBLOCK)\b/.test(value) &&
      !/~\s*\(?\s*O_NONBLOCK/.test(value)
    );
  }
  if (name === 'ioctl' || name === 'ioctlsocket') {
    return /\bFIONBIO\b/.test(args[1]?.text ?? '');
  }
  return false;
}

export const NONBLOCKING_CALLS = ['fcntl', 'ioctl', 'ioctlsocket'] as const;
