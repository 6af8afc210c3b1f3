import { createHash } from 'node:crypto';
import { digestC } from './c-digest.js';
import { summarizeProject } from './summarize.js';
import { NO_PROJECT, type FileDigest, type ProjectFacts } from './types.js';

/**
 * The project index: what every C source and header of a project tells the
 * others (see `types.ts`), kept by path and content hash, and summarized on
 * demand. The engine's, not a face's: the CLI fills it from the files of its
 * run, the language server from its workspace folders (and open documents),
 * ESLint from the project around the files it lints — the same facts for the
 * same files in every face.
 */
export class ProjectIndex {
  private readonly files = new Map<string, { hash: string; digest: FileDigest }>();
  private facts: ProjectFacts | undefined;

  /** Reads one file's text (again): true when the file is new or its text changed. */
  set(path: string, text: string): boolean {
    const hash = contentHash(text);
    if (this.files.get(path)?.hash === hash) return false;
    this.setDigest(path, hash, digestC(path, text));
    return true;
  }

  /** A digest read before (the CLI's cache, a worker): kept as it is. */
  setDigest(path: string, hash: string, digest: FileDigest): void {
    this.files.set(path, { hash, digest });
    this.facts = undefined;
  }

  delete(path: string): boolean {
    const had = this.files.delete(path);
    if (had) this.facts = undefined;
    return had;
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  digestOf(path: string): FileDigest | undefined {
    return this.files.get(path)?.digest;
  }

  get size(): number {
    return this.files.size;
  }

  /** Every file's digest, by path: what a cache keeps. */
  entries(): [string, { hash: string; digest: FileDigest }][] {
    return [...this.files];
  }

  /** The project's facts, summarized once per change of any file. */
  project(): ProjectFacts {
    if (this.files.size === 0) return NO_PROJECT;
    return (this.facts ??= summarizeProject([...this.files.values()].map((file) => file.digest)));
  }
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
