import { availableParallelism, loadavg } from 'node:os';

/** One input to every face: a file name (its extension picks the language) and its bytes. */
export interface FuzzInput {
  /** A short label of how it was made: `mutate:truncate+crlf`, `random`, `extreme:nested-parens`. */
  kind: string;
  /** The extension, with its dot: `.c`, `.tsx`. */
  ext: string;
  bytes: Uint8Array;
  /** Extreme inputs get a longer time bound. */
  large?: boolean;
}

/** The LSP language id an editor would send for a file with this extension. */
export function languageIdFor(ext: string): string {
  switch (ext) {
    case '.c':
    case '.h':
      return 'c';
    case '.cc':
    case '.cpp':
    case '.cxx':
    case '.hpp':
    case '.hh':
      return 'cpp';
    case '.tsx':
      return 'typescriptreact';
    case '.jsx':
      return 'javascriptreact';
    case '.js':
    case '.mjs':
    case '.cjs':
      return 'javascript';
    default:
      return 'typescript';
  }
}

/** Decodes like the CLI does (rules/src/cli/read-file.ts): invalid UTF-8 as U+FFFD, BOM dropped. */
export function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
}

/**
 * Time allowed for one input in one face: generous, so only a real hang trips it,
 * and stretched by the machine's load — on cores shared with other runs every
 * wall-clock bound stretches (the 10,000-connect extremes need 2.5 s of CPU and
 * took 11 s of wall time at a load of 10 on 2 cores).
 */
export function timeBound(input: FuzzInput): number {
  const megabytes = input.bytes.length / (1024 * 1024);
  return Math.ceil((10_000 + megabytes * 6_000) * loadFactor());
}

/** How many times slower than idle this machine runs now: the load average per core, at least 1. */
export function loadFactor(): number {
  return Math.max(1, (loadavg()[0] ?? 0) / availableParallelism());
}
