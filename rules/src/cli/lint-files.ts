import { availableParallelism } from 'node:os';
import { readFileSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Settings } from '../config/settings.js';
import type { FileResult } from '../engine/finding.js';
import { lintText, MAX_FILE_BYTES } from '../engine/lint.js';
import { loadBackend, type BackendName } from '../parse/backend.js';
import { readSource, shiftBytes } from './read-file.js';
import { bytesMayMatter, mayMatter } from '../engine/prefilter.js';
import { languageForPath } from '../parse/languages.js';
import type { ProjectFacts } from '../project/types.js';
import { fixSource, type FixRequest } from './fix.js';

export interface LintRun {
  files: string[];
  /** One for every file, or each file's own (its nearest config). */
  settings: Settings | ((path: string) => Settings);
  /** The project's facts (see `project/`): the same for every file of the run. */
  project?: ProjectFacts;
  parser?: BackendName;
  jobs?: number;
  /** `--fix` / `--fix-dry-run`: fix each file, and report what is left. */
  fix?: FixRequest;
  onProgress?: (done: number, total: number) => void;
}

/**
 * A worker costs about as much to start (an engine and a parser loaded) as the
 * parse of this many bytes: below it, another worker is not worth starting.
 */
const BYTES_PER_EXTRA_WORKER = 1024 * 1024;

/**
 * Files are handed out in batches: most files of a tree are read and dropped
 * by the prefilter in microseconds, less than a message to a worker and back.
 * Small enough that the last batches still spread over the workers.
 */
const BATCH = 16;

/**
 * Lints files on every core. Most files of a tree cannot matter (the engine's
 * prefilter, on their bytes): they are dropped here, and only the rest are
 * handed out, to as many worker threads as their size is worth.
 */
export async function lintFiles(run: LintRun): Promise<FileResult[]> {
  const results: FileResult[] = new Array(run.files.length);
  const candidates: number[] = [];
  let candidateBytes = 0;
  const settingsOf =
    typeof run.settings === 'function' ? run.settings : () => run.settings as Settings;
  run.files.forEach((path, index) => {
    const size = mayMatterOnDisk(path, settingsOf(path), run.project);
    if (size === undefined) results[index] = { path, findings: [], notices: [] };
    else {
      candidates.push(index);
      candidateBytes += size;
    }
  });
  // `--jobs` is obeyed as given; by default small runs stay in this thread.
  const workers =
    run.jobs !== undefined
      ? Math.min(run.jobs, candidates.length)
      : Math.min(availableParallelism(), Math.ceil(candidateBytes / BYTES_PER_EXTRA_WORKER));
  const table = new SettingsTable();
  const subset: InternalRun = {
    ...run,
    files: candidates.map((index) => {
      const path = run.files[index] as string;
      return { path, settings: table.indexOf(settingsOf(path)) };
    }),
    settings: table.all,
  };
  const skipped = run.files.length - candidates.length;
  const progress = run.onProgress;
  if (progress) subset.onProgress = (done) => progress(skipped + done, run.files.length);
  const linted = workers <= 1 ? await lintInProcess(subset) : await lintInWorkers(subset, workers);
  candidates.forEach((index, i) => (results[index] = linted[i] as FileResult));
  return results;
}

/**
 * The file's size if it may hold a finding — or must be read to say why not
 * (unreadable, too big, binary) — and undefined when its bytes show it cannot.
 */
const decoder = new TextDecoder();

function mayMatterOnDisk(
  path: string,
  settings: Settings,
  project?: ProjectFacts,
): number | undefined {
  const family = languageForPath(path)?.family;
  try {
    // Too big: not read here, `readSource` says so.
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return 0;
    const bytes = readFileSync(path);
    if (!family || bytes.includes(0)) return bytes.length;
    if (!bytesMayMatter(bytes, family, settings, project)) return undefined;
    return mayMatter(decoder.decode(bytes), family, settings, project) ? bytes.length : undefined;
  } catch {
    return 0;
  }
}

/** Files with the index of their settings in `settings`: what workers are sent. */
interface InternalRun extends Omit<LintRun, 'files' | 'settings'> {
  files: { path: string; settings: number }[];
  settings: Settings[];
}

/** The distinct settings of a run (usually one), numbered for the workers. */
class SettingsTable {
  readonly all: Settings[] = [];
  private readonly numbers = new Map<Settings, number>();

  indexOf(settings: Settings): number {
    let number = this.numbers.get(settings);
    if (number === undefined) {
      number = this.all.push(settings) - 1;
      this.numbers.set(settings, number);
    }
    return number;
  }
}

async function lintInProcess(run: InternalRun): Promise<FileResult[]> {
  const backend = await loadBackend(run.parser);
  const results: FileResult[] = [];
  for (const file of run.files) {
    results.push(
      lintPath(backend, file.path, run.settings[file.settings] as Settings, run.project, run.fix),
    );
    run.onProgress?.(results.length, run.files.length);
  }
  return results;
}

export function lintPath(
  backend: Awaited<ReturnType<typeof loadBackend>>,
  path: string,
  settings: Settings,
  project?: ProjectFacts,
  fix?: FixRequest,
): FileResult {
  // The files that cannot matter were dropped before (`lintFiles`).
  const source = readSource(path);
  if ('notice' in source) return { path, findings: [], notices: [source.notice] };
  try {
    // The project's facts judge every pass of the fixes, as they judge a plain run.
    if (fix) return fixSource(backend, path, source, settings, fix, project);
    return shiftBytes(
      lintText(backend, path, source.text, settings, undefined, project),
      source.bomBytes,
    );
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

function lintInWorkers(run: InternalRun, count: number): Promise<FileResult[]> {
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
          .map((file, i) => ({ index: next + i, ...file }));
        next += batch.length;
        worker.postMessage(batch);
      } else {
        worker.postMessage(null);
      }
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), {
        workerData: {
          settings: run.settings,
          parser: run.parser,
          project: run.project,
          fix: run.fix,
        },
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
