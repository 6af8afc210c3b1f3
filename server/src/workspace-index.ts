import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildCFileModel,
  languageForPath,
  MAX_FILE_BYTES,
  type FunctionSummary,
  type ParserBackend,
} from 'connectlint';

/** What one file of the workspace offers the others: its connect wrappers and non-blocking helpers. */
interface FileSummary {
  connect: string[];
  nonBlocking: string[];
}

/**
 * Helpers defined in other files of the workspace (a `set_nonblocking()` in
 * util.c), found by reading every C file once in the background and kept up to
 * date as files change. They reach the engine as `wrappers`.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, FileSummary>();

  constructor(private readonly backend: ParserBackend) {}

  /** Reads the folder's C files a few at a time, yielding between them. */
  async scan(folder: string, onProgress?: () => void): Promise<void> {
    const stack = [folder];
    while (stack.length > 0) {
      const dir = stack.pop() as string;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
          stack.push(path);
        else if (entry.isFile() && languageForPath(path)?.family === 'c') this.updateFromDisk(path);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    onProgress?.();
  }

  updateFromDisk(path: string): void {
    try {
      if (statSync(path).size > MAX_FILE_BYTES) return;
      const text = readFileSync(path, 'utf8');
      if (!/connect|fcntl|ioctl/.test(text)) {
        this.files.delete(path);
        return;
      }
      const tree = this.backend.parse('c', text);
      this.updateFromSummaries(path, buildCFileModel(this.backend, tree.rootNode).summaries);
    } catch {
      this.files.delete(path);
    }
  }

  updateFromSummaries(path: string, summaries: ReadonlyMap<string, FunctionSummary>): void {
    const connect: string[] = [];
    const nonBlocking: string[] = [];
    for (const summary of summaries.values()) {
      if (summary.returnsConnectResult) connect.push(summary.name);
      if (summary.nonBlockingParams.has(0)) nonBlocking.push(summary.name);
    }
    this.files.set(path, { connect, nonBlocking });
  }

  remove(path: string): void {
    this.files.delete(path);
  }

  /** Wrappers from every file but `except` (a file sees its own helpers itself). */
  wrappers(except?: string): { connect: string[]; nonBlocking: string[] } {
    const connect = new Set<string>();
    const nonBlocking = new Set<string>();
    for (const [path, summary] of this.files) {
      if (path === except) continue;
      summary.connect.forEach((name) => connect.add(name));
      summary.nonBlocking.forEach((name) => nonBlocking.add(name));
    }
    return { connect: [...connect], nonBlocking: [...nonBlocking] };
  }
}
