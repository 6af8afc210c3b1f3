/**
 * The bytes of the files one thread of a CLI run surveyed, kept for what it is
 * asked next about them — the project index's digests and searches, then the
 * analysis — so that each file of a tree is read from the disk once per run.
 * A file is let go once analysed; the rest go with the run.
 */
export class KeptFiles {
  private readonly bytes = new Map<string, Buffer>();

  keep(path: string, bytes: Buffer): void {
    this.bytes.set(path, bytes);
  }

  get(path: string): Buffer | undefined {
    return this.bytes.get(path);
  }

  /** The file's bytes, forgotten (its last reader takes them). */
  take(path: string): Buffer | undefined {
    const bytes = this.bytes.get(path);
    this.bytes.delete(path);
    return bytes;
  }
}
