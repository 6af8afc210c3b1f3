import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FileResult } from '../engine/finding.js';
import type { FileDigest } from '../project/types.js';

/**
 * `--cache`: what a run learnt, kept for the next one (`.connectlintcache`, as
 * ESLint's `--cache`). Each file by its size and modification time (a file
 * whose metadata did not change is not read again): its project digest, and
 * its findings with the project facts they rest on. The whole cache is for one
 * tool version and one set of settings; another key starts afresh.
 */
interface CacheFile {
  key: string;
  files: Record<string, CachedFile>;
}

interface CachedFile {
  size: number;
  mtimeMs: number;
  hash?: string;
  digest?: FileDigest;
  /** The findings, and the project facts' digest they were computed with. */
  result?: FileResult;
  projectDigest?: string;
}

export class RunCache {
  private readonly entries: Record<string, CachedFile>;
  private readonly next: Record<string, CachedFile> = {};

  private constructor(
    readonly location: string,
    private readonly key: string,
    entries: Record<string, CachedFile>,
  ) {
    this.entries = entries;
  }

  /** `location`: a file, or a folder (ending in a separator, or existing) to hold `.connectlintcache`. */
  static open(location: string, cwd: string, key: string): RunCache {
    let path = resolve(cwd, location);
    try {
      if (/[\\/]$/.test(location) || statSync(path).isDirectory())
        path = join(path, '.connectlintcache');
    } catch {
      // A file that does not exist yet.
    }
    let entries: Record<string, CachedFile> = {};
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
      if (parsed.key === key && parsed.files && typeof parsed.files === 'object')
        entries = parsed.files;
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
    return new RunCache(path, key, entries);
  }

  /** The file's cached entry if its size and modification time are unchanged. */
  private current(path: string): CachedFile | undefined {
    const entry = this.entries[path];
    if (!entry) return undefined;
    try {
      const stat = statSync(path);
      return stat.size === entry.size && stat.mtimeMs === entry.mtimeMs ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  digest(path: string): { hash: string; digest: FileDigest } | undefined {
    const entry = this.current(path);
    if (!entry?.hash || !entry.digest) return undefined;
    this.keep(path, { hash: entry.hash, digest: entry.digest });
    return { hash: entry.hash, digest: entry.digest };
  }

  result(path: string, projectDigest: string): FileResult | undefined {
    const entry = this.current(path);
    if (!entry?.result || entry.projectDigest !== projectDigest) return undefined;
    this.keep(path, { result: entry.result, projectDigest });
    return entry.result;
  }

  setDigest(path: string, hash: string, digest: FileDigest): void {
    this.keep(path, { hash, digest });
  }

  setResult(path: string, result: FileResult, projectDigest: string): void {
    // A file that could not be read is tried again next time.
    if (result.notices.some((notice) => notice.level === 'error')) return;
    this.keep(path, { result, projectDigest });
  }

  private keep(path: string, fields: Partial<CachedFile>): void {
    let entry = this.next[path];
    if (!entry) {
      try {
        const stat = statSync(path);
        entry = { size: stat.size, mtimeMs: stat.mtimeMs };
      } catch {
        return;
      }
      this.next[path] = entry;
    }
    Object.assign(entry, fields);
  }

  /** Writes what this run used (files no longer in the run are dropped). */
  save(): void {
    mkdirSync(dirname(this.location), { recursive: true });
    const file: CacheFile = { key: this.key, files: this.next };
    writeFileSync(this.location, JSON.stringify(file));
  }
}
