import { blanked, blankedSpans } from './c-preprocessor-view.js';
import type { SyntaxTree } from './syntax.js';
import { editTree, pendingChanges, reparsed } from './tree-changes.js';
import { pointsAlong } from './points.js';
import { viewDifferences, type Spans } from './view-changes.js';

/** What a C tree's view blanked: the spans of its text, and that text. */
export interface SourceView {
  spans: Spans;
  text: string;
}

/** The view each C tree was parsed from (none: the text as it is). */
const viewOf = new WeakMap<object, SourceView>();

/**
 * The text a backend hands tree-sitter for a language, and the old tree it may
 * reuse: for C, the preprocessor view (see `c-preprocessor-view.ts`). An edit
 * can change what the view blanks away from the edit (a brace typed makes a
 * group split its brackets, or stop splitting them; a directive edited picks
 * another branch), which tree-sitter would not read again: see `reusable`.
 */
export function parseInput(
  languageId: string,
  text: string,
  oldTree: SyntaxTree | undefined,
): { text: string; oldTree: SyntaxTree | undefined; view: SourceView | undefined } {
  const spans = languageId === 'c' && text.includes('#') ? blankedSpans(text) : [];
  spans.sort((a, b) => a[0] - b[0]);
  const view = spans.length > 0 ? { spans, text } : undefined;
  return {
    text: view ? blanked(text, spans) : text,
    oldTree: oldTree && reusable(oldTree, view, text),
    view,
  };
}

/**
 * The old tree, when it can describe the new view's text: where its edits are
 * known (`editTree`, as the editor's server makes them), the places whose
 * blanking changed are edited too, as replacements of the same length, so
 * tree-sitter reads them again (a keystroke inside a `#ifdef _WIN32` branch the
 * view blanks, or one that flips a group, costs an incremental parse, not a
 * full one). Without them, only a view that blanks the same texts keeps it.
 */
function reusable(
  oldTree: SyntaxTree,
  view: SourceView | undefined,
  text: string,
): SyntaxTree | undefined {
  const old = viewOf.get(oldTree);
  if (!old && !view) return oldTree;
  const changes = pendingChanges(oldTree);
  if (changes) {
    const points = pointsAlong(text);
    for (const [start, end] of viewDifferences(old?.spans ?? [], view?.spans ?? [], changes)) {
      const startPosition = points(start);
      const endPosition = points(end);
      editTree(oldTree, {
        startIndex: start,
        oldEndIndex: end,
        newEndIndex: end,
        startPosition,
        oldEndPosition: endPosition,
        newEndPosition: endPosition,
      });
    }
    return oldTree;
  }
  if (!old || !view || old.spans.length !== view.spans.length) return undefined;
  const same = old.spans.every(([start, end], i) => {
    const [newStart, newEnd] = view.spans[i] as readonly [number, number];
    return old.text.slice(start, end) === view.text.slice(newStart, newEnd);
  });
  return same ? oldTree : undefined;
}

/**
 * Records the view a tree was parsed from (see `parseInput`), and the tree it
 * reused (`oldTree` of `parseInput`: the edits between them, `tree-changes.ts`).
 */
export function parsedWith<T extends SyntaxTree>(
  tree: T,
  view: SourceView | undefined,
  reused: SyntaxTree | undefined,
): T {
  if (view) viewOf.set(tree, view);
  reparsed(tree, reused);
  return tree;
}
