import type { ParserBackend } from './syntax.js';
import { createNativeBackend } from './native-backend.js';
import { createWasmBackend } from './wasm-backend.js';

export type BackendName = 'native' | 'wasm';

/**
 * The one place that chooses the parser. Native is the default for the CLI and
 * ESLint (the fastest bulk parse, and synchronous for ESLint's `parse()`); wasm
 * is used when asked for (`CONNECTLINT_PARSER=wasm`, `--parser wasm`, or the
 * language server's default: see `server.ts`) or when the native addon does
 * not load on this platform.
 */
export async function loadBackend(requested?: BackendName): Promise<ParserBackend> {
  const wanted = requested ?? envBackend();
  if (wanted === 'wasm') return createWasmBackend();
  try {
    return createNativeBackend();
  } catch (error) {
    if (wanted === 'native') throw error;
    return createWasmBackend();
  }
}

/** The parser `CONNECTLINT_PARSER` asks for, if any. */
export function envBackend(): BackendName | undefined {
  const value = process.env.CONNECTLINT_PARSER;
  if (value === 'native' || value === 'wasm') return value;
  return undefined;
}
