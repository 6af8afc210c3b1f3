/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same
 * inputs, so a failure found once is found again with `--seed`.
 */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** A new generator for a sub-task, so that faces draw independently of each other. */
  fork(): Random {
    return new Random(this.int(2 ** 32));
  }
}

export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}
