import type { Point, SyntaxTree } from './syntax.js';
import { pointsAlong } from './points.js';

/** A span of a text by UTF-16 offsets: `[start, end)`. */
export type Span = readonly [number, number];

/** What a parse may leave out, chosen from the text the parser reads (a C file's preprocessor view). */
export interface ParseOptions {
  skip?: (input: string) => readonly Span[];
}

/**
 * Thrown where the analysis reads the syntax of code its tree's parse skipped
 * (see `skippableBodies`): the engine then parses the file whole and analyses
 * it again. Never seen by a user.
 */
export class SkippedCodeRead extends Error {
  constructor(what: string) {
    super(`the parse skipped ${what}`);
    this.name = 'SkippedCodeRead';
  }
}

const skippedOf = new WeakMap<object, { spans: readonly Span[]; input: string }>();

/** The spans a tree's parse skipped, in order (none for a whole parse). */
export function skippedSpans(tree: SyntaxTree): readonly Span[] {
  return skippedOf.get(tree)?.spans ?? [];
}

/**
 * Whether a tree's parse read all that `skip` would have it read: it skipped
 * nothing, or only spans `skip` skips too (asked of the text the parser read).
 */
export function readsEnough(tree: SyntaxTree, skip: (input: string) => readonly Span[]): boolean {
  const skipped = skippedOf.get(tree);
  if (!skipped) return true;
  const allowed = new Map(skip(skipped.input));
  return skipped.spans.every(([start, end]) => allowed.get(start) === end);
}

/** Records what a tree's parse skipped, and the text it read (`input`). */
export function withSkipped<T extends SyntaxTree>(
  tree: T,
  spans: readonly Span[],
  input: string,
): T {
  if (spans.length > 0) skippedOf.set(tree, { spans, input });
  return tree;
}

/** A range of tree-sitter's `includedRanges`, by UTF-16 offsets (the bindings convert to bytes). */
export interface IncludedRange {
  startIndex: number;
  endIndex: number;
  startPosition: Point;
  endPosition: Point;
}

/**
 * The parts of `text` around the sorted, disjoint `skip` spans, as included
 * ranges: tree-sitter then reads only those, and every node keeps the offsets,
 * rows and columns it has in the whole text.
 */
export function includedRanges(text: string, skip: readonly Span[]): IncludedRange[] {
  const ranges: IncludedRange[] = [];
  const pointAt = pointsAlong(text);
  let from = 0;
  let fromPoint = pointAt(0);
  for (const [start, end] of skip) {
    ranges.push({
      startIndex: from,
      endIndex: start,
      startPosition: fromPoint,
      endPosition: pointAt(start),
    });
    from = end;
    fromPoint = pointAt(end);
  }
  ranges.push({
    startIndex: from,
    endIndex: text.length,
    startPosition: fromPoint,
    endPosition: pointAt(text.length),
  });
  return ranges;
}
