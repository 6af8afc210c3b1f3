import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import {
  MAX_FILE_BYTES,
  NO_PROJECT,
  ProjectIndex,
  isCFamily,
  languageForPath,
  projectSources,
  projectNodeSources,
  digestNodeProject,
  type ParserBackend,
  type ProjectFacts,
} from 'connectlint';

/** Files digested per turn of the event loop while the workspace is read: an open file's analysis waits at most one batch. */
const BATCH_MS = 8;

/**
 * The scan starts once no document has been analysed for this long, and not
 * in the server's first second: an editor opens its files (restored tabs) as
 * soon as the server is initialized, and their first diagnostics come before
 * the index, never behind it (listing a large workspace's files alone blocks
 * for a fraction of a second).
 */
const QUIET_MS = 250;
const FIRST_OPEN_MS = 1000;

/**
 * The engine's project index over the editor's workspace folders: read in the
 * background a batch at a time (never delaying an open file's analysis by more
 * than a batch), kept current from watched-file events and from the open
 * documents' text. `onChange` is told when the project's facts change: the
 * open documents are analysed again.
 */
export class WorkspaceProject {
  private readonly index = new ProjectIndex();
  /** The workspace folders, once scanned; a Node module changed on disk since the last digest. */
  private folders: readonly string[] = [];
  private nodeStale = false;
  private facts: ProjectFacts = NO_PROJECT;
  private pending: NodeJS.Timeout | undefined;
  /** Open documents' latest text, read into the index once their edits pause (not on the edit's path). */
  private readonly edited = new Map<string, string>();
  /** Open Node documents' latest text: the Node index reads it instead of the disk (unsaved edits count). */
  private readonly nodeOpen = new Map<string, string>();
  /** Until when the scan waits: the first second, then `QUIET_MS` after each analysis (see `documentChanged`). */
  private busyUntil = performance.now() + FIRST_OPEN_MS;

  /** `backend`: the server's parser (wasm by default), for the Node modules' functions. */
  constructor(
    private readonly onChange: () => void,
    private readonly backend?: ParserBackend,
  ) {}

  /** The facts every analysis reads: those of the last settled index. */
  current(): ProjectFacts {
    return this.facts;
  }

  get size(): number {
    return this.index.size;
  }

  /** The server's heap (MB) before and after the last scan: what the index costs in memory. */
  private heapMb: { before: number; after: number } | undefined;

  /** One line for the log: the files indexed, and the heap before and after. */
  describe(): string {
    const heap = this.heapMb
      ? `, heap ${this.heapMb.before.toFixed(0)} MB before, ${this.heapMb.after.toFixed(0)} MB after`
      : '';
    return `${this.index.size} C files${heap}`;
  }

  /** Reads the folders' C files; `report` hears the share done (0-100). */
  async scan(folders: readonly string[], report?: (percent: number) => void): Promise<void> {
    await this.quiet();
    const files = folders.flatMap((folder) => {
      try {
        return projectSources(folder);
      } catch {
        return [];
      }
    });
    const before = heapMb();
    let done = 0;
    while (done < files.length) {
      const start = performance.now();
      while (done < files.length && performance.now() - start < BATCH_MS) {
        this.readFromDisk(files[done++] as string);
      }
      report?.(Math.floor((done / files.length) * 100));
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.folders = folders;
    this.readNode();
    this.settle();
    this.heapMb = { before, after: heapMb() };
  }

  /** The folders' Node modules: factories and helpers, digested again as a whole (few files). */
  private readNode(): void {
    this.nodeStale = false;
    this.index.setNode(
      this.folders.flatMap((folder) => {
        try {
          return digestNodeProject(projectNodeSources(folder), {
            root: folder,
            read: (path) => this.nodeOpen.get(path),
            ...(this.backend ? { backend: this.backend } : {}),
          });
        } catch {
          return [];
        }
      }),
    );
  }

  /** A watched file was created, changed or deleted. */
  fileChanged(path: string): void {
    if (languageForPath(path)?.family === 'node') {
      this.nodeStale = true;
      this.settleSoon();
    }
    if (!isCFamily(path)) return;
    this.readFromDisk(path);
    this.settleSoon();
  }

  /** An open document's text, at each analysis: what the project sees of it, once its edits pause. */
  documentChanged(path: string, text: string): void {
    this.busyUntil = Math.max(this.busyUntil, performance.now() + QUIET_MS);
    if (languageForPath(path)?.family === 'node') {
      this.nodeDocumentChanged(path, text);
      return;
    }
    if (!isCFamily(path) || text.length > MAX_FILE_BYTES) return;
    this.edited.set(path, text);
    this.settleSoon();
  }

  /**
   * An open document closed: its unsaved text no longer counts. The project reads
   * the file from the disk again (or forgets it: a file outside the workspace
   * folders, or gone), once the edits pause.
   */
  documentClosed(path: string): void {
    if (languageForPath(path)?.family === 'node') {
      const before = this.nodeOpen.get(path);
      if (!this.nodeOpen.delete(path)) return;
      const read = Object.hasOwn(this.facts.node?.modules ?? {}, path);
      if (read || (before !== undefined && SOCKET_MODULE.test(before))) {
        this.nodeStale = true;
        this.settleSoon();
      }
      return;
    }
    if (!isCFamily(path)) return;
    this.edited.delete(path);
    if (this.folders.some((folder) => isInside(path, folder))) this.readFromDisk(path);
    else this.index.delete(path);
    this.settleSoon();
  }

  /**
   * An open Node document's text: the Node index is digested again, once the edits pause,
   * when the document is a module it read or names a socket module (before or after the
   * edit) — what may change a fact; an edit of another module waits for its save.
   */
  private nodeDocumentChanged(path: string, text: string): void {
    const before = this.nodeOpen.get(path);
    if (before === text || text.length > MAX_FILE_BYTES) return;
    this.nodeOpen.set(path, text);
    const read = Object.hasOwn(this.facts.node?.modules ?? {}, path);
    if (read || SOCKET_MODULE.test(text) || (before !== undefined && SOCKET_MODULE.test(before))) {
      this.nodeStale = true;
      this.settleSoon();
    }
  }

  /** Resolves once the server is past its first second and no document has been analysed for `QUIET_MS`. */
  private async quiet(): Promise<void> {
    for (;;) {
      const wait = this.busyUntil - performance.now();
      if (wait <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  dispose(): void {
    clearTimeout(this.pending);
  }

  private readFromDisk(path: string): void {
    try {
      if (statSync(path).size > MAX_FILE_BYTES) throw new Error('too big');
      const text = readFileSync(path, 'utf8');
      if (text.includes('\0')) throw new Error('binary');
      this.index.set(path, text);
    } catch {
      this.index.delete(path);
    }
  }

  /** Summaries are computed off the edit path, once a burst of changes is over. */
  private settleSoon(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.settle(), 300);
  }

  private settle(): void {
    if (this.nodeStale) this.readNode();
    for (const [path, text] of this.edited) this.index.set(path, text);
    this.edited.clear();
    const next = this.index.project();
    if (next.digest === this.facts.digest) return;
    this.facts = next;
    this.onChange();
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** A Node socket module named as a string: what makes a module one the index may read. */
const SOCKET_MODULE = /['"`](?:node:)?(?:net|tls|dgram)['"`]/;

function heapMb(): number {
  return process.memoryUsage().heapUsed / 2 ** 20;
}
