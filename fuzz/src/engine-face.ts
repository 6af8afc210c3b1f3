import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

/**
 * The engine in a child process, replaced when an input overruns its time bound.
 * A process, not a worker thread: terminating a thread while it is inside a native
 * parse aborts the whole harness (`terminate called after throwing an instance of
 * 'Napi::Error'`), and a machine under load makes such a kill likely; a process is
 * killed by the kernel, whatever it is doing.
 */
export class EngineFace {
  private child: ChildProcess | undefined;
  private nextId = 0;

  async run(
    input: FuzzInput,
    options: Omit<EngineRequest, 'id' | 'ext' | 'bytes'>,
  ): Promise<Outcome & { count: number }> {
    const child = (this.child ??= fork(
      fileURLToPath(new URL('./engine-worker.js', import.meta.url)),
      [],
      // Structured clone, so the input's bytes arrive as a Uint8Array.
      { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    ));
    const id = this.nextId++;
    const started = Date.now();
    // A sweep runs thousands of small inputs: its bound grows with them.
    const bound = options.sweep
      ? timeBound(input) + (options.sweep.to - options.sweep.from) * 50
      : timeBound(input);
    return new Promise((resolve) => {
      const finish = (outcome: Outcome & { count: number }) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
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
      const onExit = (code: number | null, signal: string | null) => {
        this.child = undefined;
        finish({
          status: 'crash',
          ms: Date.now() - started,
          count: 1,
          detail: `engine process died (exit code ${code}, signal ${signal})`,
        });
      };
      const timer = setTimeout(() => {
        this.child = undefined;
        child.off('exit', onExit);
        child.kill('SIGKILL');
        finish({ status: 'hang', ms: bound, count: 1, detail: `no answer within ${bound} ms` });
      }, bound);
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send({
        id,
        ext: input.ext,
        bytes: input.bytes,
        ...options,
      } satisfies EngineRequest);
    });
  }

  async close(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill();
    await exited;
  }
}
