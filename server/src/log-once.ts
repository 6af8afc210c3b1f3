/**
 * Remembers which messages were logged, so that a notice that comes back with
 * every edit (a rule that throws on this code) reaches the log once. Bounded: a
 * long session forgets the oldest.
 */
export class LogOnce {
  private readonly seen = new Set<string>();

  constructor(private readonly limit = 1000) {}

  /** True the first time `key` is seen. */
  first(key: string): boolean {
    if (this.seen.has(key)) return false;
    if (this.seen.size >= this.limit) this.seen.delete(this.seen.values().next().value as string);
    this.seen.add(key);
    return true;
  }
}
