import { contentHash } from './content-hash.js';
import type { FileDigest } from './types.js';

/**
 * Digests this thread made of files it is about to analyse, by path and
 * content hash: a CLI worker digests a file for the project index, then
 * analyses it, and the analysis's project view (`model/c/project-view.ts`)
 * reads the file's own functions from the same digest instead of lexing the
 * text again. A file is taken back once; a text that changed since (or that
 * lost its BOM on the way) is digested afresh.
 */
const known = new Map<string, { hash: string; digest: FileDigest }>();

/** Bounded: a worker keeps the digests of its next files only, never a tree's. */
const LIMIT = 4096;

export function rememberDigest(path: string, hash: string, digest: FileDigest): void {
  if (known.size >= LIMIT) known.clear();
  known.set(path, { hash, digest });
}

/** The digest remembered for `path` if `text` is what it was read from (then forgotten). */
export function takeDigest(path: string, text: string): FileDigest | undefined {
  const found = known.get(path);
  if (!found) return undefined;
  known.delete(path);
  return found.hash === contentHash(text) ? found.digest : undefined;
}
