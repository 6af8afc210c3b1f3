/**
 * Results computed from a piece of source text alone, kept by that text: an
 * editor's next version asks again for the same declarations and signatures.
 * A substring may share the memory of the whole document it was cut from, so
 * keys (and the strings in results, see `ownCopy`) are copied before they are
 * kept: the memo never holds an old version of a document. Bounded: past
 * `limit` entries or `maxChars` characters of keys (a function body edited
 * keystroke by keystroke is a new key each time) a new generation starts, and
 * the one before it is kept until the next: what is still asked for moves into
 * the new one, so a file's unchanged functions are never all read again at
 * once (clearing everything cost the editor an analysis of the whole file
 * every dozen edits of a long function). At most twice the bounds are held.
 */
export class TextMemo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();
  private chars = 0;

  constructor(
    private readonly limit = 4096,
    private readonly maxChars = 1 << 20,
  ) {}

  get(text: string, compute: () => V): V {
    const known = this.current.get(text);
    if (known !== undefined || this.current.has(text)) return known as V;
    const older = this.previous.get(text);
    const kept = older !== undefined || this.previous.has(text);
    const value = kept ? (older as V) : compute();
    if (this.current.size >= this.limit || this.chars + text.length > this.maxChars) {
      this.previous = this.current;
      this.current = new Map();
      this.chars = 0;
    }
    if (kept) this.previous.delete(text);
    this.current.set(ownCopy(text), value);
    this.chars += text.length;
    return value;
  }
}

/**
 * A string that shares no memory with the one it was cut from. Joined with one
 * more character, the text is a pair of strings, and cutting that pair makes
 * V8 write it out as one new string first: the copy keeps no part of the
 * document, and a one-byte text stays one byte a character. (A round trip
 * through a UTF-16 `Buffer` made two copies of twice the size, one of them
 * outside the heap: 50 us for a 60,000-character function, and garbage that
 * an editor's keystroke in a long function left behind twice.)
 */
export function ownCopy(text: string): string {
  return (text + ' ').slice(0, -1);
}
