import { availableParallelism } from 'node:os';
import type { BackendName } from '../parse/backend.js';
import { WorkerPool } from './worker-pool.js';

/**
 * Worker threads started while the main thread is still listing a large
 * tree: a worker takes a quarter of a second to load the engine, and the
 * listing as long again, so the two overlap instead of following each other.
 * Started once the listing has met `START_AFTER` files (a run of a handful of
 * files never starts one); handed to the run if it wants workers, else ended.
 * The files listed are handed to them as they are found (`WorkerPool.presurvey`):
 * the survey of a large tree is under way before its listing ends.
 */
export class EarlyPool {
  private pool: WorkerPool | undefined;
  private listed: string[] | undefined = [];

  constructor(
    private readonly size: number,
    private readonly parser: BackendName | undefined,
  ) {}

  /** The workers a run of `jobs` (else every core) would start early: none for one. */
  static forRun(jobs: number | undefined, parser: BackendName | undefined): EarlyPool | undefined {
    const size = jobs ?? availableParallelism();
    return size > 1 ? new EarlyPool(size, parser) : undefined;
  }

  /** One more file of the run listed. */
  fileListed(path: string): void {
    if (this.pool) return this.pool.presurvey(path);
    if (!this.listed) return;
    this.listed.push(path);
    if (this.listed.length < START_AFTER) return;
    this.pool = new WorkerPool(this.size, this.parser);
    for (const listed of this.listed) this.pool.presurvey(listed);
    this.listed = undefined;
  }

  /** The workers, for a run that wants more than one (ended otherwise); then no longer this pool's. */
  async take(count: number): Promise<WorkerPool | undefined> {
    const pool = this.pool;
    this.pool = undefined;
    if (pool && count > 1) return pool;
    await pool?.close();
    return undefined;
  }

  /** Ends the workers if no run took them (a run that stopped early: a config error). */
  async dispose(): Promise<void> {
    await this.take(0);
  }
}

/** About 4 MB of C: a run worth two workers (see `BYTES_PER_EXTRA_WORKER`). */
const START_AFTER = 256;
