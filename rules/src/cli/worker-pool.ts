import { Worker } from 'node:worker_threads';
import type { Settings } from '../config/settings.js';
import type { FileResult } from '../engine/finding.js';
import type { BackendName } from '../parse/backend.js';
import type { FileSurvey } from '../project/file-survey.js';
import type { ProjectFacts } from '../project/types.js';
import type { FixRequest } from './fix.js';
import type { IndexAnswer, IndexRequest } from '../project/build-index.js';

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
  | { kind: 'presurvey'; paths: string[] }
  | { kind: 'setup'; settings: Settings[]; project?: ProjectFacts; fix?: FixRequest }
  | { kind: 'index'; request: IndexRequest }
  | { kind: 'parse-ahead' }
  | { kind: 'lint'; items: ({ index: number } & LintTask)[] }
  /** Files of this worker's that another analyses: not to be parsed ahead. */
  | { kind: 'forget'; paths: string[] }
  | { kind: 'stop' };

export type WorkerReply =
  | 'ready'
  | { kind: 'survey'; items: { index: number; survey: FileSurvey }[] }
  | { kind: 'presurvey'; items: { path: string; survey: FileSurvey }[] }
  | { kind: 'index'; answer: IndexAnswer }
  | { kind: 'lint'; items: { index: number; result: FileResult }[] };

/**
 * Files are handed out in batches: most files of a tree are read and dropped
 * in microseconds, less than a message to a worker and back. Small enough that
 * the last batches still spread over the workers.
 */
const BATCH = 16;

/**
 * Files listed are handed out in batches of this many while the listing goes on
 * (`presurvey`): the main thread, busy listing, sees no reply until it ends, so
 * batches go to the workers in turn; what is left is spread by `survey`.
 */
const PRESURVEY_BATCH = 64;

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
  /** Which worker surveyed a file (by position in `workers`). */
  private readonly surveyedBy = new Map<string, number>();
  /** Each surveyed file's size in bytes: how the index's digests are spread. */
  private readonly sizes = new Map<string, number>();
  private onFailure: ((error: Error) => void) | undefined;
  /** Each worker's index requests awaiting their answer, oldest first (a worker answers in order). */
  private readonly asked: {
    resolve: (answer: IndexAnswer) => void;
    reject: (error: Error) => void;
  }[][] = [];

  /** The surveys of files handed out while they were listed (see `presurvey`). */
  private readonly presurveys = new Map<string, FileSurvey>();
  private readonly presurveyed = new Set<string>();
  private presurveyBatch: string[] = [];
  private presurveysOut = 0;
  private presurveysSent = 0;
  private presurveysDone: (() => void) | undefined;

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
      const asked: (typeof this.asked)[number] = [];
      this.asked.push(asked);
      worker.on('message', (message: WorkerReply) => {
        if (message === 'ready') return;
        if (message.kind === 'index') asked.shift()?.resolve(message.answer);
        if (message.kind === 'presurvey') this.presurveyRead(message.items, i);
      });
      worker.on('error', (error) => {
        this.failure ??= error;
        this.onFailure?.(error);
        this.presurveysDone?.();
        for (const waiting of asked.splice(0)) waiting.reject(error);
      });
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * A file of the run, listed while the listing goes on: surveyed (with its
   * digest) by the next worker in turn, a batch at a time. `survey` takes
   * the answer instead of reading the file again.
   */
  presurvey(path: string): void {
    if (this.presurveyed.has(path)) return;
    this.presurveyed.add(path);
    this.presurveyBatch.push(path);
    if (this.presurveyBatch.length >= PRESURVEY_BATCH) this.sendPresurveys();
  }

  private sendPresurveys(): void {
    if (this.presurveyBatch.length === 0 || this.failure) return;
    const at = this.presurveysSent++ % this.workers.length;
    this.presurveysOut++;
    this.workers[at]?.postMessage({
      kind: 'presurvey',
      paths: this.presurveyBatch,
    } satisfies WorkerRequest);
    this.presurveyBatch = [];
  }

  private presurveyRead(items: { path: string; survey: FileSurvey }[], worker: number): void {
    for (const { path, survey } of items) {
      this.presurveys.set(path, survey);
      this.surveyedBy.set(path, worker);
      if (survey.size !== undefined) this.sizes.set(path, survey.size);
    }
    if (--this.presurveysOut === 0) this.presurveysDone?.();
  }

  /** Reads every file once (see `FileSurvey`); `digest(path)` false: its digest is known already. */
  async survey(paths: readonly string[], digest: (path: string) => boolean): Promise<FileSurvey[]> {
    this.sendPresurveys();
    if (this.presurveysOut > 0)
      await new Promise<void>((resolve) => (this.presurveysDone = resolve));
    this.presurveysDone = undefined;
    if (this.failure) throw this.failure;
    const surveys: FileSurvey[] = new Array(paths.length);
    const rest: string[] = [];
    const restAt: number[] = [];
    paths.forEach((path, index) => {
      const known = digest(path) ? this.presurveys.get(path) : undefined;
      if (known) surveys[index] = known;
      else {
        restAt.push(index);
        rest.push(path);
      }
    });
    this.presurveys.clear();
    const read = await this.surveyEach(rest, digest);
    read.forEach((survey, i) => (surveys[restAt[i] as number] = survey));
    return surveys;
  }

  private surveyEach(
    paths: readonly string[],
    digest: (path: string) => boolean,
  ): Promise<FileSurvey[]> {
    const items = paths.map((path, index) => ({ index, path, digest: digest(path) }));
    return this.run(
      items,
      (batch) => ({ kind: 'survey', items: batch }),
      (reply, worker) =>
        reply.kind === 'survey'
          ? reply.items.map((i) => {
              this.surveyedBy.set(paths[i.index] as string, worker);
              if (i.survey.size !== undefined)
                this.sizes.set(paths[i.index] as string, i.survey.size);
              return [i.index, i.survey];
            })
          : [],
    );
  }

  /**
   * Answers a request of the project index (`build-index.ts`) on every core at
   * once: each file by the worker that read it (its bytes are there) — but a
   * digest, which costs more than a read, by another worker when the owner has
   * more to do (a step's files often come from one folder, surveyed by one worker).
   */
  async answerIndex(request: IndexRequest): Promise<IndexAnswer> {
    await Promise.all(this.ready);
    // The workers parse the files they will analyse meanwhile (see `ParseAhead`).
    if (request.kind === 'summarizing') {
      for (const worker of this.workers) worker.postMessage({ kind: 'parse-ahead' });
      return [];
    }
    const shares: string[][] = this.workers.map(() => []);
    const load = this.workers.map(() => 0);
    const size = (path: string) => this.sizes.get(path) ?? 0;
    const paths =
      request.kind === 'digest'
        ? [...request.paths].sort((a, b) => size(b) - size(a))
        : request.paths;
    for (const path of paths) {
      const least = load.indexOf(Math.min(...load));
      const owner = this.surveyedBy.get(path);
      const at =
        owner !== undefined &&
        (request.kind === 'search' || (load[owner] ?? 0) <= (load[least] ?? 0) + size(path))
          ? owner
          : least;
      shares[at]?.push(path);
      load[at] = (load[at] ?? 0) + size(path);
    }
    const answers = await Promise.all(
      shares.map((paths, at) =>
        paths.length === 0
          ? undefined
          : this.ask(at, { kind: 'index', request: { ...request, paths } }),
      ),
    );
    if (request.kind === 'search')
      return answers.flatMap((answer) => (Array.isArray(answer) ? answer : []));
    const merged = new Map();
    for (const answer of answers)
      if (answer instanceof Map) for (const [path, entry] of answer) merged.set(path, entry);
    return merged;
  }

  private ask(at: number, request: WorkerRequest): Promise<IndexAnswer> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.asked[at]?.push({ resolve, reject });
      this.workers[at]?.postMessage(request);
    });
  }

  /** Lints the tasks with the run's settings and the project's facts (sent to each worker once). */
  async lint(
    tasks: readonly LintTask[],
    setup: { settings: Settings[]; project?: ProjectFacts; fix?: FixRequest },
    onProgress?: (done: number) => void,
  ): Promise<FileResult[]> {
    for (const worker of this.workers) worker.postMessage({ kind: 'setup', ...setup });
    const items = tasks.map((task, index) => ({ index, ...task }));
    return this.run(
      items,
      (batch) => ({ kind: 'lint', items: batch }),
      (reply) => (reply.kind === 'lint' ? reply.items.map((i) => [i.index, i.result]) : []),
      onProgress,
      // Each file first to the worker that read it (it kept the file's digest), the rest to whoever is free.
      (item) => this.surveyedBy.get(item.path),
      (items) => ({ kind: 'forget', paths: items.map((item) => item.path) }),
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

  private async run<T, I extends { index: number }>(
    items: readonly I[],
    request: (batch: I[]) => WorkerRequest,
    read: (reply: Exclude<WorkerReply, 'ready'>, worker: number) => [number, T][],
    onProgress?: (done: number) => void,
    home?: (item: I) => number | undefined,
    /** What tells a worker that items of its own went to another worker. */
    forget?: (items: I[]) => WorkerRequest,
  ): Promise<T[]> {
    await Promise.all(this.ready);
    const results: T[] = new Array(items.length);
    if (items.length === 0) return results;
    const count = this.workers.length;
    // One queue per worker (its home items), and one for the items of no worker's.
    const queues: I[][] = Array.from({ length: count + 1 }, () => []);
    for (const item of items) {
      const at = home?.(item);
      (queues[at !== undefined && at < count ? at : count] as I[]).push(item);
    }
    for (const queue of queues) queue.reverse();
    return new Promise<T[]>((resolve, reject) => {
      let done = 0;
      const listeners = new Map<Worker, (reply: WorkerReply) => void>();
      const finish = (error?: Error) => {
        for (const [worker, listener] of listeners) worker.off('message', listener);
        this.onFailure = undefined;
        if (error) reject(error);
        else resolve(results);
      };
      if (this.failure) return finish(this.failure);
      this.onFailure = finish;
      const feed = (worker: number) => {
        // Its own queue, else the shared one, else the longest other's.
        let queue = queues[worker] as I[];
        if (queue.length === 0) queue = queues[count] as I[];
        const stolen = queue.length === 0;
        let owner = -1;
        if (stolen) {
          owner = queues.reduce(
            (longest, other, at) => (other.length > (queues[longest]?.length ?? 0) ? at : longest),
            0,
          );
          queue = queues[owner] as I[];
        }
        if (queue.length === 0) return;
        const left = queues.reduce((sum, other) => sum + other.length, 0);
        const size = Math.max(1, Math.min(BATCH, Math.floor(left / count)));
        // Queues are reversed: the end is next. Another worker's items are taken from the
        // other end, the ones it would reach last: those it has not parsed ahead yet.
        const batch = stolen
          ? queue.splice(0, size)
          : queue.splice(Math.max(0, queue.length - size)).reverse();
        this.workers[worker]?.postMessage(request(batch));
        // The owner need not parse them ahead any more.
        if (stolen && owner < count && forget)
          this.workers[owner]?.postMessage(forget(batch) satisfies WorkerRequest);
      };
      this.workers.forEach((worker, at) => {
        const listener = (reply: WorkerReply) => {
          if (reply === 'ready') return;
          const got = read(reply, at);
          for (const [index, value] of got) results[index] = value;
          done += got.length;
          onProgress?.(done);
          if (done === items.length) finish();
          else feed(at);
        };
        listeners.set(worker, listener);
        worker.on('message', listener);
        feed(at);
      });
    });
  }
}
