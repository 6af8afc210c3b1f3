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

/** Time allowed for one input in one face: generous, so only a real hang trips it. */
export function timeBound(input: FuzzInput): number {
  const megabytes = input.bytes.length / (1024 * 1024);
  return 10_000 + Math.ceil(megabytes * 6_000);
}
