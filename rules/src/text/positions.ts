/**
 * The one place where offsets become lines and columns.
 *
 * The engine works in UTF-16 code-unit offsets (what both tree-sitter bindings
 * report for a JS string). Faces need: 1-based line and UTF-16 column (CLI text,
 * SARIF's default `utf16CodeUnits`), 0-based line/character (LSP, by subtracting
 * one), and UTF-8 byte offsets (JSON output). Line ends are `\n`, `\r\n` and a lone
 * `\r`, as in LSP.
 */
export interface Position {
  /** UTF-16 code-unit offset in the text. */
  offset: number;
  /** UTF-8 byte offset in the text. */
  byte: number;
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

export interface Location {
  start: Position;
  end: Position;
}

export class LineIndex {
  private readonly lineStarts: number[] = [0];
  private lineByteStarts: number[] | undefined;
  /** All ASCII: a byte offset is the UTF-16 offset (most source files). */
  private readonly ascii: boolean = true;
  /** The text has a CR: line ends are not only `\n`. */
  private readonly cr: boolean = false;

  /** The text's length in UTF-16 code units. */
  private readonly length: number;
  /** The text, or how to make it: an editor's text is made once it is read (see `edited`). */
  private source: string | (() => string);

  /** `known`: the line starts and ASCII-ness of `text`, when they are known (see `edited`). */
  constructor(text: string, known?: { lineStarts: number[]; ascii: boolean });
  constructor(text: () => string, known: { lineStarts: number[]; ascii: boolean; length: number });
  constructor(
    text: string | (() => string),
    known?: { lineStarts: number[]; ascii: boolean; length?: number },
  ) {
    this.source = text;
    this.length = typeof text === 'string' ? text.length : (known?.length ?? 0);
    if (known) {
      this.lineStarts = known.lineStarts;
      this.ascii = known.ascii;
      return;
    }
    const full = text as string;
    // eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
    this.ascii = !/[^\x00-\x7f]/.test(full);
    this.cr = full.includes('\r');
    // An editor builds one per keystroke: without a CR, the native search is
    // several times faster than a loop over every character.
    if (!this.cr) {
      for (let i = full.indexOf('\n'); i !== -1; i = full.indexOf('\n', i + 1)) {
        this.lineStarts.push(i + 1);
      }
      return;
    }
    for (let i = 0; i < full.length; i++) {
      const code = full.charCodeAt(i);
      if (code === 10) this.lineStarts.push(i + 1);
      else if (code === 13) {
        if (full.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
  }

  /**
   * The index of `text`, which is this index's text with [start, end) replaced
   * by `inserted` (an editor's change): the lines before the change are kept,
   * those after it moved, instead of searching the whole text again.
   */
  edited(text: string | (() => string), start: number, end: number, inserted: string): LineIndex {
    if (this.cr || inserted.includes('\r'))
      return new LineIndex(typeof text === 'string' ? text : text());
    const delta = inserted.length - (end - start);
    const starts = this.lineStarts;
    // Line starts up to `start` stay; those in (start, end] go; the inserted
    // newlines come in; the rest move by the change's length.
    let keep = this.lineOf(start) + 1;
    while (keep < starts.length && (starts[keep] ?? 0) <= start) keep++;
    let after = keep;
    while (after < starts.length && (starts[after] ?? 0) <= end) after++;
    const lineStarts = starts.slice(0, keep);
    for (let i = inserted.indexOf('\n'); i !== -1; i = inserted.indexOf('\n', i + 1)) {
      lineStarts.push(start + i + 1);
    }
    for (let i = after; i < starts.length; i++) lineStarts.push((starts[i] ?? 0) + delta);
    // eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
    const ascii = this.ascii && !/[^\x00-\x7f]/.test(inserted);
    const length = this.length + delta;
    return typeof text === 'string'
      ? new LineIndex(text, { lineStarts, ascii })
      : new LineIndex(text, { lineStarts, ascii, length });
  }

  /** Every line ends with `\n` (no CR): rows are tree-sitter's rows. */
  get lineFeedsOnly(): boolean {
    return !this.cr;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based line containing `offset` (binary search). */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** UTF-16 offset where 0-based `line` starts (clamped). */
  lineStart(line: number): number {
    const clamped = Math.min(Math.max(line, 0), this.lineStarts.length - 1);
    return this.lineStarts[clamped] ?? 0;
  }

  position(offset: number): Position {
    const clamped = Math.min(Math.max(offset, 0), this.length);
    const line = this.lineOf(clamped);
    const start = this.lineStart(line);
    // Bytes counted from the last position asked on this line when it is earlier
    // (findings come mostly in order): a 5 MB one-line file stays linear.
    const from =
      this.last && this.last.line === line && this.last.offset <= clamped ? this.last : undefined;
    const byte = this.ascii
      ? clamped
      : from
        ? from.byte + Buffer.byteLength(this.text.slice(from.offset, clamped), 'utf8')
        : (this.byteStarts()[line] ?? 0) +
          Buffer.byteLength(this.text.slice(start, clamped), 'utf8');
    this.last = { line, offset: clamped, byte };
    return { offset: clamped, byte, line: line + 1, column: clamped - start + 1 };
  }

  private last: { line: number; offset: number; byte: number } | undefined;

  location(startOffset: number, endOffset: number): Location {
    return { start: this.position(startOffset), end: this.position(endOffset) };
  }

  /** UTF-16 offset of a 0-based line and UTF-16 character (LSP positions). */
  offsetAt(line: number, character: number): number {
    if (line >= this.lineStarts.length) return this.length;
    const start = this.lineStart(line);
    const next = line + 1 < this.lineStarts.length ? this.lineStart(line + 1) : this.length;
    return Math.min(start + Math.max(character, 0), next);
  }

  private get text(): string {
    if (typeof this.source !== 'string') this.source = this.source();
    return this.source;
  }

  private byteStarts(): number[] {
    if (!this.lineByteStarts) {
      const starts = [0];
      for (let line = 1; line < this.lineStarts.length; line++) {
        const from = this.lineStarts[line - 1] ?? 0;
        const to = this.lineStarts[line] ?? 0;
        starts.push((starts[line - 1] ?? 0) + Buffer.byteLength(this.text.slice(from, to), 'utf8'));
      }
      this.lineByteStarts = starts;
    }
    return this.lineByteStarts;
  }
}
