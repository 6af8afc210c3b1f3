/**
 * A document's text with the changes since it was last read, applied when it is
 * read next. A string of a large file (over V8's 128 KB for one object) costs
 * about 0.7 ms to make — a fresh large-object page, more than the copy — and
 * applying a change to a text not yet read makes one: `slice` of the joined
 * strings an edit leaves copies them first. Kept as pieces of the last text read
 * and the inserted strings, all the changes an editor sends between two analyses
 * (a character typed, then another; a space typed, then deleted) cost one copy.
 */
export class EditedText {
  /** The text as last read (or opened). */
  private base: string;
  /** The text now: ranges of `base` and inserted strings; undefined when it is `base`. */
  private pieces: (string | readonly [number, number])[] | undefined;
  /** The text's length now. */
  length: number;

  constructor(text: string) {
    this.base = text;
    this.length = text.length;
  }

  /** The text now (made once after changes, then kept). */
  read(): string {
    if (this.pieces) {
      const base = this.base;
      // One string made at once: joining copies each piece once into the result.
      this.base = this.pieces
        .map((piece) => (typeof piece === 'string' ? piece : base.slice(piece[0], piece[1])))
        .join('');
      this.pieces = undefined;
    }
    return this.base;
  }

  /**
   * How to read the text as it is now, for as long as it stays so: what a line
   * index of this version keeps (it reads the text only for a non-ASCII file's
   * byte offsets). Read after a later change, it throws rather than answer for
   * another version.
   */
  reader(): () => string {
    const generation = this.generation;
    return () => {
      if (generation !== this.generation) throw new Error('a later version of the text');
      return this.read();
    };
  }

  /** Counts changes: a reader belongs to one. */
  private generation = 0;

  /** The text replaced by another (a full change). */
  reset(text: string): void {
    this.base = text;
    this.pieces = undefined;
    this.length = text.length;
    this.generation++;
  }

  /** [start, end) of the text now replaced by `inserted` (offsets in UTF-16 units, as `read()`'s). */
  replace(start: number, end: number, inserted: string): void {
    const pieces = this.pieces ?? [[0, this.base.length] as const];
    const next = [...cut(pieces, 0, start), inserted, ...cut(pieces, end, this.length)].filter(
      (piece) => (typeof piece === 'string' ? piece.length > 0 : piece[1] > piece[0]),
    );
    this.length += inserted.length - (end - start);
    this.pieces = next;
    this.generation++;
    // A long burst of changes without an analysis: read once, so that pieces stay few.
    if (next.length > MAX_PIECES) this.read();
  }
}

const MAX_PIECES = 64;

/** The pieces that make up [from, to) of the text the pieces make. */
function cut(
  pieces: readonly (string | readonly [number, number])[],
  from: number,
  to: number,
): (string | readonly [number, number])[] {
  const out: (string | readonly [number, number])[] = [];
  let at = 0;
  for (const piece of pieces) {
    const length = typeof piece === 'string' ? piece.length : piece[1] - piece[0];
    const start = Math.max(from, at) - at;
    const end = Math.min(to, at + length) - at;
    if (end > start) {
      out.push(
        typeof piece === 'string'
          ? piece.slice(start, end)
          : ([piece[0] + start, piece[0] + end] as const),
      );
    }
    at += length;
    if (at >= to) break;
  }
  return out;
}
