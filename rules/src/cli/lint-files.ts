import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Settings } from '../config/settings.js';
import type { FileResult } from '../engine/finding.js';
import { lintText } from '../engine/lint.js';
import { loadBackend, type BackendName } from '../parse/backend.js';
import { readSource, shiftBytes } from './read-file.js';
import { bytesMayMatter } from '../engine/prefilter.js';
import { languageForPath } from '../parse/languages.js';

export interface LintRun {
  files: string[];
  settings: Settings;
  parser?: BackendName;
  jobs?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Below this many files, starting workers costs more than it saves. */
const FILES_PER_EXTRA_WORKER = 48;

/**
 * Files are handed out in batches: most files of a tree are read and dropped
 * by the prefilter in microseconds, less than a message to a worker and back.
 * Small enough that the last batches still spread over the workers.
 */
const BATCH = 16;

/** Lints files on every core: one worker thread per core, files handed out as workers free up. */
export async function lintFiles(run: LintRun): Promise<FileResult[]> {
  // `--jobs` is obeyed as given; by default small runs stay in this thread.
  const workers =
    run.jobs !== undefined
      ? Math.min(run.jobs, run.files.length)
      : Math.min(availableParallelism(), Math.ceil(run.files.length / FILES_PER_EXTRA_WORKER));
  if (workers <= 1) return lintInProcess(run);
  return lintInWorkers(run, workers);
}

async function lintInProcess(run: LintRun): Promise<FileResult[]> {
  const backend = await loadBackend(run.parser);
  const results: FileResult[] = [];
  for (const path of run.files) {
    results.push(lintPath(backend, path, run.settings));
    run.onProgress?.(results.length, run.files.length);
  }
  return results;
}

export function lintPath(
  backend: Awaited<ReturnType<typeof loadBackend>>,
  path: string,
  settings: Settings,
): FileResult {
  const family = languageForPath(path)?.family;
  const source = readSource(path, (bytes) => !family || bytesMayMatter(bytes, family, settings));
  if ('notice' in source) return { path, findings: [], notices: [source.notice] };
  if ('skipped' in source) return { path, findings: [], notices: [] };
  try {
    return shiftBytes(lintText(backend, path, source.text, settings), source.bomBytes);
  } catch (error) {
    // One file's failure is reported, and the run goes on.
    const message = error instanceof Error ? error.message : String(error);
    return {
      path,
      findings: [],
      notices: [{ level: 'error', message: `internal error: ${message}` }],
    };
  }
}

function lintInWorkers(run: LintRun, count: number): Promise<FileResult[]> {
  return new Promise((resolvePromise, rejectPromise) => {
    const results: FileResult[] = new Array(run.files.length);
    let next = 0;
    let done = 0;
    let live = count;
    const workers: Worker[] = [];
    const feed = (worker: Worker) => {
      if (next < run.files.length) {
        const size = Math.max(1, Math.min(BATCH, Math.floor((run.files.length - next) / count)));
        const batch = run.files
          .slice(next, next + size)
          .map((path, i) => ({ index: next + i, path }));
        next += batch.length;
        worker.postMessage(batch);
      } else {
        worker.postMessage(null);
      }
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), {
        workerData: { settings: run.settings, parser: run.parser },
      });
      workers.push(worker);
      worker.on('message', (message: { index: number; result: FileResult }[] | 'ready') => {
        if (message !== 'ready') {
          for (const { index, result } of message) results[index] = result;
          done += message.length;
          run.onProgress?.(done, run.files.length);
        }
        feed(worker);
      });
      worker.on('error', (error) => {
        for (const other of workers) void other.terminate();
        rejectPromise(error);
      });
      worker.on('exit', () => {
        live--;
        if (live === 0) resolvePromise(results);
      });
    }
  });
}
