import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Old syntax trees live outside V8's heap (tree-sitter's own memory), where the
 * garbage collector does not see them: an edit leaves a small JS object behind
 * and tens of kilobytes of tree. When edits make little other garbage — the
 * point of re-analysing only what changed — collections grow rare and the old
 * trees pile up. So the server collects when the editor goes quiet, and after
 * every `FORCE_AFTER` parses in a burst that never pauses.
 */
const IDLE_MS = 500;
const FORCE_AFTER = 250;

export class TreeCollector {
  private parses = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly collect: (() => void) | undefined = exposedGc()) {}

  /** A document was parsed: its old tree is garbage now. */
  parsed(): void {
    if (!this.collect) return;
    clearTimeout(this.timer);
    if (++this.parses >= FORCE_AFTER) {
      this.run();
      return;
    }
    this.timer = setTimeout(() => this.run(), IDLE_MS);
    this.timer.unref();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private run(): void {
    this.parses = 0;
    this.collect?.();
  }
}

/** V8's `gc()`, exposed at run time (the server is started without flags by editors). */
function exposedGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}
