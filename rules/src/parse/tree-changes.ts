import type { InputEdit, SyntaxTree } from './syntax.js';

/**
 * A span of the text that edits replaced, in the offsets of the text after
 * them: `[start, end)` holds now what held `end - start - delta` units before.
 */
export interface ChangedSpan {
  start: number;
  end: number;
  delta: number;
}

/** What changed between a tree and the one it was parsed from (`from`, edited to this text's offsets). */
export interface TreeChanges {
  from: SyntaxTree;
  /** Sorted, disjoint: everything outside them is the old text, shifted. */
  spans: readonly ChangedSpan[];
}

/** The edits applied to a tree since it was parsed, composed (see `editTree`). */
const editsOf = new WeakMap<SyntaxTree, ChangedSpan[]>();
/** A tree's previous tree and the edits between them (see `reparsed`). */
const changesOf = new WeakMap<SyntaxTree, TreeChanges>();

/**
 * `tree.edit`, and the edit kept with the tree, so that the tree parsed from
 * it knows which text is new (`changesSince`). Faces edit trees through this:
 * a tree edited otherwise tells nothing of its changes.
 */
export function editTree(tree: SyntaxTree, edit: InputEdit): void {
  tree.edit(edit);
  const spans = editsOf.get(tree) ?? [];
  editsOf.set(tree, composed(spans, edit.startIndex, edit.oldEndIndex, edit.newEndIndex));
}

/**
 * Records that `tree` was parsed reusing `from` (a backend's incremental
 * parse). Only a tree whose every edit went through `editTree` has changes;
 * the previous tree's own record is let go, so that trees do not chain.
 */
export function reparsed(tree: SyntaxTree, from: SyntaxTree | undefined): void {
  if (!from) return;
  const spans = editsOf.get(from);
  changesOf.delete(from);
  if (spans) changesOf.set(tree, { from, spans });
}

/** The edits applied to a tree since it was parsed, when every one went through `editTree`. */
export function pendingChanges(tree: SyntaxTree): readonly ChangedSpan[] | undefined {
  return editsOf.get(tree);
}

/** What changed since the tree `tree` was parsed from, when known. */
export function changesSince(tree: SyntaxTree): TreeChanges | undefined {
  return changesOf.get(tree);
}

/**
 * The spans after one more edit (`start`, `oldEnd`, `newEnd` in the offsets
 * of the text before it): spans the edit touches merge with it, those after it
 * shift.
 */
export function composed(
  spans: readonly ChangedSpan[],
  start: number,
  oldEnd: number,
  newEnd: number,
): ChangedSpan[] {
  const shift = newEnd - oldEnd;
  const merged: ChangedSpan = { start, end: newEnd, delta: shift };
  const out: ChangedSpan[] = [];
  for (const span of spans) {
    if (span.end < start) out.push(span);
    else if (span.start > oldEnd)
      out.push({ start: span.start + shift, end: span.end + shift, delta: span.delta });
    else {
      merged.start = Math.min(merged.start, span.start);
      merged.end = Math.max(merged.end, span.end > oldEnd ? span.end + shift : newEnd);
      merged.delta += span.delta;
    }
  }
  out.push(merged);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * An offset of the old text in the new one, for an offset outside every span
 * (`spans` sorted): shifted by the spans before it.
 */
export function newOffset(spans: readonly ChangedSpan[], old: number): number {
  let shift = 0;
  for (const span of spans) {
    if (span.start - shift > old) break;
    shift += span.delta;
  }
  return old + shift;
}

/** An offset of the new text in the old one, for an offset outside every span. */
export function oldOffset(spans: readonly ChangedSpan[], offset: number): number {
  let shift = 0;
  for (const span of spans) {
    if (span.start >= offset) break;
    shift += span.delta;
  }
  return offset - shift;
}
