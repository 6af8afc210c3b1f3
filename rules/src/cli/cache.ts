import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FileResult } from '../engine/finding.js';
import type { FileDigest, ProjectFacts } from '../project/types.js';
import { createHash } from 'node:crypto';

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
  project?: CachedProject;
}

/**
 * The project facts of the last run, and the size and time of every file they
 * were read from (or that was looked at and left out): while none changed and
 * the run's files are the same, the index is neither read nor summarized again.
 */
interface CachedProject {
  key: string;
  facts: ProjectFacts;
  files: Record<string, { size: number; mtimeMs: number }>;
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
  private previousProject: CachedProject | undefined;
  private nextProject: CachedProject | undefined;
  /** Each file's size and modification time, read once per run (a re-run asked up to three times a file). */
  private readonly stats = new Map<string, { size: number; mtimeMs: number } | undefined>();

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
    let project: CachedProject | undefined;
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
      if (parsed.key === key && parsed.files && typeof parsed.files === 'object') {
        entries = parsed.files;
        project = parsed.project;
      }
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
    const cache = new RunCache(path, key, entries);
    cache.previousProject = project;
    return cache;
  }

  /** The last run's project facts, if the run's files and every file they came from are unchanged. */
  project(files: readonly string[], extra: string): ProjectFacts | undefined {
    const kept = this.previousProject;
    if (!kept || kept.key !== projectKey(files, extra)) return undefined;
    for (const [path, stat] of Object.entries(kept.files)) {
      const now = this.statOf(path);
      if (now?.size !== stat.size || now.mtimeMs !== stat.mtimeMs) return undefined;
    }
    this.nextProject = kept;
    return kept.facts;
  }

  setProject(
    files: readonly string[],
    extra: string,
    watched: readonly string[],
    facts: ProjectFacts,
  ): void {
    const stats: CachedProject['files'] = {};
    for (const path of new Set(watched)) {
      const stat = this.statOf(path);
      // Gone already: the next run reads the project again.
      if (!stat) return;
      stats[path] = stat;
    }
    this.nextProject = { key: projectKey(files, extra), facts, files: stats };
  }

  /** The file's cached entry if its size and modification time are unchanged. */
  private current(path: string): CachedFile | undefined {
    const entry = this.entries[path];
    if (!entry) return undefined;
    const stat = this.statOf(path);
    return stat?.size === entry.size && stat.mtimeMs === entry.mtimeMs ? entry : undefined;
  }

  private statOf(path: string): { size: number; mtimeMs: number } | undefined {
    if (!this.stats.has(path)) {
      let stat: { size: number; mtimeMs: number } | undefined;
      try {
        const { size, mtimeMs } = statSync(path);
        stat = { size, mtimeMs };
      } catch {
        // Gone, or unreadable: nothing cached for it holds.
      }
      this.stats.set(path, stat);
    }
    return this.stats.get(path);
  }

  /** Whether `digest(path)` will answer (without marking the entry as used). */
  hasDigest(path: string): boolean {
    return this.current(path)?.digest !== undefined;
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
      const stat = this.statOf(path);
      if (!stat) return;
      entry = { ...stat };
      this.next[path] = entry;
    }
    Object.assign(entry, fields);
  }

  /** Writes what this run used (files no longer in the run are dropped). */
  save(): void {
    mkdirSync(dirname(this.location), { recursive: true });
    const file: CacheFile = {
      key: this.key,
      files: this.next,
      ...(this.nextProject ? { project: this.nextProject } : {}),
    };
    writeFileSync(this.location, JSON.stringify(file));
  }
}

function projectKey(files: readonly string[], extra: string): string {
  return createHash('sha1').update(extra).update('\0').update(files.join('\0')).digest('hex');
}
