import { Worker } from 'node:worker_threads';
import type { Settings } from '../config/settings.js';
import type { FileResult } from '../engine/finding.js';
import type { BackendName } from '../parse/backend.js';
import type { FileSurvey } from '../project/file-survey.js';
import type { ProjectFacts } from '../project/types.js';
import type { FixRequest } from './fix.js';

/** A file to lint: its path, its settings (an index into the run's table), and whether to prefilter it first. */
export interface LintTask {
  path: string;
  settings: number;
  /** Its bytes may still show it cannot matter (a wrapper name was not looked for yet). */
  prefilter?: boolean;
}

/** What the main thread asks a worker (`worker.ts`). */
export type WorkerRequest =
  | { kind: 'survey'; items: { index: number; path: string; digest: boolean }[] }
  | { kind: 'setup'; settings: Settings[]; project?: ProjectFacts; fix?: FixRequest }
  | { kind: 'lint'; items: ({ index: number } & LintTask)[] }
  | { kind: 'stop' };

export type WorkerReply =
  | 'ready'
  | { kind: 'survey'; items: { index: number; survey: FileSurvey }[] }
  | { kind: 'lint'; items: { index: number; result: FileResult }[] };

/**
 * Files are handed out in batches: most files of a tree are read and dropped
 * in microseconds, less than a message to a worker and back. Small enough that
 * the last batches still spread over the workers.
 */
const BATCH = 16;

/**
 * The CLI's worker threads, started once per run and used for both passes:
 * first each file is surveyed (read, and a seed digested for the project
 * index), then — once the main thread has the project's facts — the files
 * that may matter are linted. Each pass hands out batches to whichever worker
 * is free.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly ready: Promise<void>[] = [];
  private failure: Error | undefined;
  private onFailure: ((error: Error) => void) | undefined;

  constructor(count: number, parser?: BackendName) {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), {
        workerData: { parser },
      });
      this.workers.push(worker);
      this.ready.push(
        new Promise((resolve) =>
          worker.once('message', (message) => message === 'ready' && resolve()),
        ),
      );
      worker.on('error', (error) => {
        this.failure ??= error;
        this.onFailure?.(error);
      });
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Reads every file once (see `FileSurvey`); `digest(path)` false: its digest is known already. */
  survey(paths: readonly string[], digest: (path: string) => boolean): Promise<FileSurvey[]> {
    const items = paths.map((path, index) => ({ index, path, digest: digest(path) }));
    return this.run<FileSurvey>(
      items,
      (batch) => ({ kind: 'survey', items: batch }),
      (reply) => (reply.kind === 'survey' ? reply.items.map((i) => [i.index, i.survey]) : []),
    );
  }

  /** Lints the tasks with the run's settings and the project's facts (sent to each worker once). */
  async lint(
    tasks: readonly LintTask[],
    setup: { settings: Settings[]; project?: ProjectFacts; fix?: FixRequest },
    onProgress?: (done: number) => void,
  ): Promise<FileResult[]> {
    for (const worker of this.workers) worker.postMessage({ kind: 'setup', ...setup });
    const items = tasks.map((task, index) => ({ index, ...task }));
    return this.run<FileResult>(
      items,
      (batch) => ({ kind: 'lint', items: batch }),
      (reply) => (reply.kind === 'lint' ? reply.items.map((i) => [i.index, i.result]) : []),
      onProgress,
    );
  }

  /** Ends every worker (each finishes the message in hand). */
  async close(): Promise<void> {
    await Promise.all(
      this.workers.map((worker) => {
        const exited = new Promise((resolve) => worker.once('exit', resolve));
        worker.postMessage({ kind: 'stop' } satisfies WorkerRequest);
        return exited;
      }),
    );
  }

  private async run<T>(
    items: readonly { index: number }[],
    request: (batch: never[]) => WorkerRequest,
    read: (reply: Exclude<WorkerReply, 'ready'>) => [number, T][],
    onProgress?: (done: number) => void,
  ): Promise<T[]> {
    await Promise.all(this.ready);
    const results: T[] = new Array(items.length);
    if (items.length === 0) return results;
    return new Promise<T[]>((resolve, reject) => {
      let next = 0;
      let done = 0;
      const count = this.workers.length;
      const listeners = new Map<Worker, (reply: WorkerReply) => void>();
      const finish = (error?: Error) => {
        for (const [worker, listener] of listeners) worker.off('message', listener);
        this.onFailure = undefined;
        if (error) reject(error);
        else resolve(results);
      };
      if (this.failure) return finish(this.failure);
      this.onFailure = finish;
      const feed = (worker: Worker) => {
        if (next >= items.length) return;
        const size = Math.max(1, Math.min(BATCH, Math.floor((items.length - next) / count)));
        const batch = items.slice(next, next + size);
        next += batch.length;
        worker.postMessage(request(batch as never[]));
      };
      for (const worker of this.workers) {
        const listener = (reply: WorkerReply) => {
          if (reply === 'ready') return;
          const got = read(reply);
          for (const [index, value] of got) results[index] = value;
          done += got.length;
          onProgress?.(done);
          if (done === items.length) finish();
          else feed(worker);
        };
        listeners.set(worker, listener);
        worker.on('message', listener);
        feed(worker);
      }
    });
  }
}
