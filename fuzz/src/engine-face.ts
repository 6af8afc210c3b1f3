import { Worker } from 'node:worker_threads';
import type { Platform } from 'connectlint';
import { timeBound, type FuzzInput } from './input.js';
import type { Outcome } from './outcome.js';

export interface EngineRequest {
  id: number;
  ext: string;
  bytes: Uint8Array;
  backend: 'native' | 'wasm';
  platform: Platform;
  reportUnused: boolean;
  /** Truncate at every byte in [from, to] and run each prefix. */
  sweep?: { from: number; to: number };
}

export interface EngineReply {
  id: number;
  /** Inputs run (a sweep runs one per cut). */
  count: number;
  problem?: string;
  cut?: number;
}

/** The engine in a worker thread, replaced when an input overruns its time bound. */
export class EngineFace {
  private worker: Worker | undefined;
  private nextId = 0;

  async run(
    input: FuzzInput,
    options: Omit<EngineRequest, 'id' | 'ext' | 'bytes'>,
  ): Promise<Outcome & { count: number }> {
    const worker = (this.worker ??= new Worker(new URL('./engine-worker.js', import.meta.url)));
    const id = this.nextId++;
    const started = Date.now();
    // A sweep runs thousands of small inputs: its bound grows with them.
    const bound = options.sweep
      ? timeBound(input) + (options.sweep.to - options.sweep.from) * 50
      : timeBound(input);
    return new Promise((resolve) => {
      const finish = (outcome: Outcome & { count: number }) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve(outcome);
      };
      const onMessage = (reply: EngineReply) => {
        if (reply.id !== id) return;
        const ms = Date.now() - started;
        if (reply.problem === undefined) finish({ status: 'ok', ms, count: reply.count });
        else
          finish({
            status: 'crash',
            ms,
            count: reply.count,
            detail:
              reply.cut === undefined
                ? reply.problem
                : `cut at byte ${reply.cut}: ${reply.problem}`,
          });
      };
      const onError = (error: Error) => {
        this.worker = undefined;
        finish({
          status: 'crash',
          ms: Date.now() - started,
          count: 1,
          detail: `worker died: ${error.stack}`,
        });
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        void worker.terminate();
        finish({ status: 'hang', ms: bound, count: 1, detail: `no answer within ${bound} ms` });
      }, bound);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({
        id,
        ext: input.ext,
        bytes: input.bytes,
        ...options,
      } satisfies EngineRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
