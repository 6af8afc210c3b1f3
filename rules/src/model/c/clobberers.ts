import type { FunctionModel } from './types.js';

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

const known = new WeakMap<readonly FunctionModel[], ReadonlySet<string>>();

/**
 * The C library's clobberers and the file's functions that call one (to a fixed
 * point), read from their text. Kept per file: a rule and the editor's cache
 * of findings (see `engine/function-cache.ts`) both ask.
 */
export function fileClobberers(functions: readonly FunctionModel[]): ReadonlySet<string> {
  const cached = known.get(functions);
  if (cached) return cached;
  const clobberers = new Set(LIBC_CLOBBERERS);
  for (let changed = true; changed;) {
    changed = false;
    const pattern = new RegExp(`\\b(${[...clobberers].join('|')})\\s*\\(`);
    for (const fn of functions) {
      if (clobberers.has(fn.name) || !pattern.test(fn.body.text)) continue;
      clobberers.add(fn.name);
      changed = true;
    }
  }
  known.set(functions, clobberers);
  return clobberers;
}
