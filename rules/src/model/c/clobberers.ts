import type { FunctionModel } from './types.js';
import { ownCopy, TextMemo } from '../../text/text-memo.js';

/**
 * C library calls that may set errno even when they succeed, or that fail
 * often enough: the ones seen between a failed connect and its error report.
 * free() is not among them: POSIX.1-2024 and glibc 2.33 keep errno.
 */
export const LIBC_CLOBBERERS = new Set([
  'close',
  'closesocket',
  'shutdown',
  'fclose',
  'printf',
  'fprintf',
  'vprintf',
  'vfprintf',
  'dprintf',
  'puts',
  'fputs',
  'fputc',
  'putc',
  'putchar',
  'fflush',
  'fwrite',
  'perror',
  'warn',
  'warnx',
  'vwarn',
  'syslog',
  'vsyslog',
  'malloc',
  'calloc',
  'realloc',
  'strdup',
  'write',
  'send',
  'unlink',
  'remove',
  'open',
  'fopen',
  'socket',
  'sleep',
  'usleep',
  'nanosleep',
  'freeaddrinfo',
]);

const calls = new TextMemo<ReadonlySet<string>>();

/** The names a body calls (`name(`, `name (`); copied when they are to be kept (see `TextMemo`). */
function calledNames(body: string, keep = false): ReadonlySet<string> {
  const names = new Set<string>();
  for (const match of body.matchAll(/\b([A-Za-z_]\w*)\s*\(/g)) {
    const name = match[1] ?? '';
    names.add(keep ? ownCopy(name) : name);
  }
  return names;
}

/**
 * The C library's clobberers and the file's functions that call one (to a fixed
 * point), read from their text: what the editor's cache of findings compares
 * between versions (see `engine/function-cache.ts`); bodies' calls kept by text.
 */
export function fileClobberers(
  functions: readonly FunctionModel[],
  memo = false,
): ReadonlySet<string> {
  const clobberers = new Set(LIBC_CLOBBERERS);
  const callees = functions.map((fn) =>
    memo ? calls.get(fn.bodyText, () => calledNames(fn.bodyText, true)) : calledNames(fn.bodyText),
  );
  for (let changed = true; changed;) {
    changed = false;
    functions.forEach((fn, index) => {
      if (clobberers.has(fn.name)) return;
      for (const name of callees[index] ?? []) {
        if (!clobberers.has(name)) continue;
        clobberers.add(fn.name);
        changed = true;
        return;
      }
    });
  }
  return clobberers;
}
