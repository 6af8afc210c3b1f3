import { digestC, withLine } from '../../project/c-digest.js';
import type { FileDigest, FunctionDigest } from '../../project/types.js';
import type { TextMemo } from '../../text/text-memo.js';
import { directiveLines } from './directive-lines.js';

/**
 * A file's digest after an edit inside one function body, from the previous
 * version's digest: only that function's text is lexed and digested again, not
 * the whole file (the outline lex of 5,000 lines cost the editor 1 ms per
 * keystroke); after an edit where the digest reads nothing (a comment, a
 * top-level initializer list: `unreadSpanAt`), the digest as it was. It applies
 * only where the whole-file lexer (`c-lexer.ts`) would read everything else as
 * before, so the digest is the one `digestC` gives:
 * - the text changed in one place, or in two (an undo and a new edit), each
 *   inside the braces of a function body or such a span, on no line of a directive
 *   (no `#`, not continued from the line before), by characters that never
 *   change the lexer's state (no quote, brace, `;`, `#`, comment mark,
 *   backslash or line break) next to none that could join them into one
 *   (`/`, `*`, a backslash);
 * - the function's own text, lexed alone, gives the digest the whole-file lex
 *   gave it (checked once per function; then its text is known to read alone);
 * - its body's own `#if` groups are closed inside it (the lexer's reading of
 *   `#else` depends on groups opened before otherwise).
 * Anything else: undefined, and the caller digests the whole text.
 */
export interface OutlineState {
  text: string;
  digest: FileDigest;
  /** Functions (by index in `digest.functions`) known to read alone, and where their text is in `text`. */
  alone: ReadonlyMap<number, { start: number; end: number }>;
}

/** A function of the parsed text: where its definition and its body's braces are. */
export interface FunctionSpan {
  start: number;
  end: number;
  bodyStart: number;
  bodyEnd: number;
  /** 0-based rows of `start` and `end`. */
  row: number;
  endRow: number;
}

/** What the lexer reads as more than a character of a body's text. */
const CHANGES_LEXING = /[/"'{};#\\\n\r*]/;
/** Comment marks are pairs of these (slash-slash, slash-star, star-slash): no edit may split or join one. */
const PAIRED = new Set(['/', '*']);

export function editedOutline(
  path: string,
  previous: OutlineState,
  text: string,
  spanAt: (offset: number) => FunctionSpan | undefined,
  memo: TextMemo<FunctionDigest>,
  /** Where around an offset the digest reads nothing (see `unreadSpanAt`), if anywhere. */
  unreadAt?: (offset: number) => UnreadSpan | undefined,
): OutlineState | undefined {
  // A header may be read as C or C++ by its contents: a part of it says nothing about the whole.
  if (/\.h$/i.test(path)) return undefined;
  const old = previous.text;
  if (old === text) return previous;
  const delta = textDelta(old, text);
  const edits = neutralEdits(old, text, delta);
  if (!edits) return undefined;
  const regionAt = (offset: number): Region | undefined => {
    const span = spanAt(offset);
    if (span) return { function: span, start: span.start, end: span.end };
    return unreadAt?.(offset);
  };
  const region = regionAt(delta.start);
  if (edits.length === 1) return region && editedRegion(path, previous, text, memo, delta, region);
  // Both changes inside one body: that function alone is digested again.
  if (region?.function && region.end >= delta.newEnd) {
    const together = editedFunction(path, previous, text, memo, delta, region.function);
    if (together) return together;
  }
  const [first, second] = edits as [Edit, Edit];
  // Two edits in two places (an editor sent an undo and a new edit before the next
  // analysis): one at a time, through the text with the first made. Offsets before the
  // second edit are the same in that text and in `text`, those after the first too.
  const secondAt = second.start + first.inserted - first.removed;
  if (!region || region.end > secondAt) return undefined;
  const middle =
    old.slice(0, first.start) +
    text.slice(first.start, first.start + first.inserted) +
    old.slice(first.start + first.removed);
  const step = editedRegion(path, previous, middle, memo, spanOf(first), region);
  const secondRegion = step && regionAt(secondAt);
  if (!secondRegion || secondRegion.start < first.start + first.inserted) return undefined;
  return editedRegion(path, step, text, memo, spanOf({ ...second, start: secondAt }), secondRegion);
}

/** A span of the parsed text the digest does not read (`unreadSpanAt`). */
export interface UnreadSpan {
  start: number;
  end: number;
  /** Only blanks may be typed or deleted there (between two top-level items). */
  blanksOnly?: boolean;
}

/** Where an edit is in the parsed text: a function (its span), or a span the digest does not read. */
interface Region extends UnreadSpan {
  function?: FunctionSpan;
}

/**
 * The outline after `change` inside `region`: a function's is digested again
 * (`editedFunction`); an edit inside a span the digest does not read (a
 * comment's text, a top-level initializer list's: see `unreadSpanAt`) leaves
 * it as it was, the functions after it moved.
 */
function editedRegion(
  path: string,
  previous: OutlineState,
  text: string,
  memo: TextMemo<FunctionDigest>,
  change: Delta,
  region: Region,
): OutlineState | undefined {
  if (region.function) return editedFunction(path, previous, text, memo, change, region.function);
  if (!(region.start <= change.start && change.newEnd <= region.end)) return undefined;
  if (
    region.blanksOnly &&
    !(
      BLANKS.test(previous.text.slice(change.start, change.oldEnd)) &&
      BLANKS.test(text.slice(change.start, change.newEnd))
    )
  )
    return undefined;
  return { text, digest: previous.digest, alone: movedAlone(previous.alone, change) };
}

/** Spaces and tabs (an edit's line breaks are never neutral: `CHANGES_LEXING`). */
const BLANKS = /^[ \t]*$/;

/** Functions known to read alone, where they are after a change (those after it moved). */
function movedAlone(
  alone: OutlineState['alone'],
  { start, oldEnd, newEnd }: Delta,
): Map<number, { start: number; end: number }> {
  const shift = newEnd - oldEnd;
  const moved = new Map<number, { start: number; end: number }>();
  for (const [at, range] of alone)
    moved.set(
      at,
      range.start > start ? { start: range.start + shift, end: range.end + shift } : range,
    );
  return moved;
}

/** One change between two texts: where it starts, and where it ends in each. */
interface Delta {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** A small edit: where it is in the old text, how many characters it took out and put in. */
interface Edit {
  start: number;
  removed: number;
  inserted: number;
}

function spanOf(edit: Edit): Delta {
  return {
    start: edit.start,
    oldEnd: edit.start + edit.removed,
    newEnd: edit.start + edit.inserted,
  };
}

/**
 * The outline after `change`, inside the body of the function at `span` in
 * `text`: that function's text lexed and digested alone, the rest kept.
 */
function editedFunction(
  path: string,
  previous: OutlineState,
  text: string,
  memo: TextMemo<FunctionDigest>,
  { start, oldEnd, newEnd }: Delta,
  span: FunctionSpan,
): OutlineState | undefined {
  if (!(span.bodyStart < start && newEnd < span.bodyEnd)) return undefined;
  const old = previous.text;
  const shift = newEnd - oldEnd;
  const newSlice = text.slice(span.start, span.end);
  if (!conditionalsClosed(newSlice)) return undefined;
  const firstLine = span.row + 1;
  const lastLine = span.endRow + 1;
  // The function the whole-file digest has there: one, named as the slice's.
  const inside = previous.digest.functions.flatMap((fn, index) =>
    fn.line >= firstLine && fn.line <= lastLine ? [index] : [],
  );
  if (inside.length !== 1) return undefined;
  const index = inside[0] as number;
  const was = previous.digest.functions[index] as FunctionDigest;
  const known = previous.alone.get(index);
  if (known) {
    if (known.start !== span.start || known.end + shift !== span.end) return undefined;
  } else {
    const oldSlice = old.slice(span.start, span.end - shift);
    const alone = onlyFunction(digestC(path, oldSlice, memo));
    if (!alone || alone.line + span.row !== was.line || !sameDigest(alone, was)) return undefined;
  }
  const after = onlyFunction(digestC(path, newSlice, memo));
  if (!after || after.name !== was.name) return undefined;
  const functions = [...previous.digest.functions];
  functions[index] = withLine(after, was.line);
  const alone = movedAlone(previous.alone, { start, oldEnd, newEnd });
  alone.set(index, { start: span.start, end: span.end });
  return { text, digest: { ...previous.digest, functions }, alone };
}

/** Characters an editor typed or deleted in one place between two analyses: one or two at most. */
const SMALL = 8;

/**
 * The change from `old` to `text` between the delta's start and ends as one
 * small edit, or two (a character typed in one place, one deleted in another,
 * before the document was analysed again; near or far apart), each of which
 * leaves the lexer's reading of everything else as it was; else undefined.
 */
function neutralEdits(
  old: string,
  text: string,
  { start, oldEnd, newEnd }: Delta,
): Edit[] | undefined {
  const removed = oldEnd - start;
  const inserted = newEnd - start;
  if (removed <= SMALL && inserted <= SMALL) {
    return neutralEdit(old, start, old.slice(start, oldEnd), text.slice(start, newEnd))
      ? [{ start, removed, inserted }]
      : undefined;
  }
  // Two edits: removed = r1 + same + r2 and inserted = i1 + same + i2, each part small.
  for (let r1 = 0; r1 <= SMALL; r1++) {
    for (let i1 = 0; i1 <= SMALL; i1++) {
      // What is left after the first parts; the common middle starts it, the second parts end it.
      const r2 = removed - r1;
      const i2 = inserted - i1;
      const length = Math.min(r2, i2);
      if (length <= 0) continue;
      const middle = commonPrefix(old, start + r1, text, start + i1, length);
      if (middle === 0 || r2 - middle > SMALL || i2 - middle > SMALL) continue;
      const second = start + r1 + middle;
      if (
        neutralEdit(old, start, old.slice(start, start + r1), text.slice(start, start + i1)) &&
        neutralEdit(old, second, old.slice(second, oldEnd), text.slice(start + i1 + middle, newEnd))
      )
        return [
          { start, removed: r1, inserted: i1 },
          { start: second, removed: r2 - middle, inserted: i2 - middle },
        ];
    }
  }
  return undefined;
}

/** An edit at `at` in `old`: no character the lexer reads, none joined or split, no directive's line. */
function neutralEdit(old: string, at: number, removed: string, inserted: string): boolean {
  if (CHANGES_LEXING.test(removed) || CHANGES_LEXING.test(inserted)) return false;
  // The characters around it: a backslash escapes or continues what follows it, and
  // an edit between `/` and `*` splits a comment mark (or a deletion joins one).
  const before = old[at - 1] ?? '';
  const after = old[at + removed.length] ?? '';
  if (before === '\\' || (PAIRED.has(before) && PAIRED.has(after))) return false;
  return !onDirectiveLine(old, at);
}

/** How many characters `a` from `from` and `b` from `bFrom` have in common, up to `limit`. */
function commonPrefix(a: string, from: number, b: string, bFrom: number, limit: number): number {
  let length = 0;
  while (
    length + BLOCK <= limit &&
    a.slice(from + length, from + length + BLOCK) ===
      b.slice(bFrom + length, bFrom + length + BLOCK)
  )
    length += BLOCK;
  while (length < limit && a.charCodeAt(from + length) === b.charCodeAt(bFrom + length)) length++;
  return length;
}

const BLOCK = 512;

/** Where two versions of a text differ: one span, between their common prefix and suffix. */
export function textDelta(old: string, text: string): Delta {
  const limit = Math.min(old.length, text.length);
  // Compared a block at a time (native comparisons of slices), then character by character.
  let start = 0;
  while (
    start + BLOCK <= limit &&
    old.slice(start, start + BLOCK) === text.slice(start, start + BLOCK)
  )
    start += BLOCK;
  while (start < limit && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let suffix = 0;
  const room = limit - start;
  while (
    suffix + BLOCK <= room &&
    old.slice(old.length - suffix - BLOCK, old.length - suffix) ===
      text.slice(text.length - suffix - BLOCK, text.length - suffix)
  )
    suffix += BLOCK;
  while (
    suffix < room &&
    old.charCodeAt(old.length - suffix - 1) === text.charCodeAt(text.length - suffix - 1)
  )
    suffix++;
  return { start, oldEnd: old.length - suffix, newEnd: text.length - suffix };
}

/** Is `offset` on a line with a `#`, or on one continued from the line before (a directive's)? */
function onDirectiveLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const next = text.indexOf('\n', offset);
  const lineEnd = next < 0 ? text.length : next;
  if (text.slice(lineStart, lineEnd).includes('#')) return true;
  if (lineStart === 0) return false;
  const previousLine = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  return previousLine.trimEnd().endsWith('\\');
}

/** Every `#if`/`#ifdef`/`#ifndef` of the text closed by its `#endif` within it, and none closed that it did not open. */
function conditionalsClosed(text: string): boolean {
  let open = 0;
  const keyword = /[ \t]*#[ \t]*(\w*)/y;
  for (const start of directiveLines(text)) {
    keyword.lastIndex = start;
    const word = keyword.exec(text)?.[1] ?? '';
    if (word === 'if' || word === 'ifdef' || word === 'ifndef') open++;
    else if (word === 'endif') {
      if (--open < 0) return false;
    } else if (/^(elif|elifdef|elifndef|else)$/.test(word) && open === 0) return false;
  }
  return open === 0;
}

function onlyFunction(digest: FileDigest): FunctionDigest | undefined {
  return digest.functions.length === 1 ? digest.functions[0] : undefined;
}

function sameDigest(a: FunctionDigest, b: FunctionDigest): boolean {
  return JSON.stringify({ ...a, line: 0 }) === JSON.stringify({ ...b, line: 0 });
}
