import { blanked, blankedSpans } from './c-preprocessor-view.js';
import type { SyntaxTree } from './syntax.js';
import { reparsed } from './tree-changes.js';

/** What each C tree's view blanked, as text: an edited tree is reused only under the same view. */
const viewOf = new WeakMap<object, string>();

/**
 * The text a backend hands tree-sitter for a language, and the old tree it may
 * reuse: for C, the preprocessor view (see `c-preprocessor-view.ts`). An
 * incremental parse reuses the old tree only when the view blanked the same
 * code as before: an edit that makes a group split its brackets (or stop
 * splitting them) changes text outside the edit, which tree-sitter would not
 * read again.
 */
export function parseInput(
  languageId: string,
  text: string,
  oldTree: SyntaxTree | undefined,
): { text: string; oldTree: SyntaxTree | undefined; view: string } {
  if (languageId !== 'c' || !text.includes('#')) {
    return { text, oldTree: oldTree && viewOf.get(oldTree) ? undefined : oldTree, view: '' };
  }
  const spans = blankedSpans(text);
  if (spans.length === 0)
    return { text, oldTree: oldTree && viewOf.get(oldTree) ? undefined : oldTree, view: '' };
  spans.sort((a, b) => a[0] - b[0]);
  const view = spans.map(([start, end]) => text.slice(start, end)).join('\0');
  const out = blanked(text, spans);
  return {
    text: out,
    oldTree: oldTree && viewOf.get(oldTree) === view ? oldTree : undefined,
    view,
  };
}

/**
 * Records the view a tree was parsed from (see `parseInput`), and the tree it
 * reused (`oldTree` of `parseInput`: the edits between them, `tree-changes.ts`).
 */
export function parsedWith<T extends SyntaxTree>(
  tree: T,
  view: string,
  reused: SyntaxTree | undefined,
): T {
  if (view) viewOf.set(tree, view);
  reparsed(tree, reused);
  return tree;
}
