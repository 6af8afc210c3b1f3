/**
 * Results computed from a piece of source text alone, kept by that text: an
 * editor's next version asks again for the same declarations and signatures.
 * A substring may share the memory of the whole document it was cut from, so
 * keys (and the strings in results, see `ownCopy`) are copied before they are
 * kept: the memo never holds an old version of a document. Bounded: past
 * `limit` entries or `maxChars` characters of keys (a function body edited
 * keystroke by keystroke is a new key each time) it starts afresh.
 */
export class TextMemo<V> {
  private readonly entries = new Map<string, V>();
  private chars = 0;

  constructor(
    private readonly limit = 4096,
    private readonly maxChars = 1 << 20,
  ) {}

  get(text: string, compute: () => V): V {
    const known = this.entries.get(text);
    if (known !== undefined || this.entries.has(text)) return known as V;
    const value = compute();
    if (this.entries.size >= this.limit || this.chars + text.length > this.maxChars) {
      this.entries.clear();
      this.chars = 0;
    }
    this.entries.set(ownCopy(text), value);
    this.chars += text.length;
    return value;
  }
}

/** A string that shares no memory with the one it was cut from. */
export function ownCopy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
