import { CarriedNode } from '../../parse/carried-node.js';
import { matchQueries } from '../../parse/queries.js';
import type { ParserBackend, QueryMatch, SyntaxNode, SyntaxTree } from '../../parse/syntax.js';
import {
  newOffset,
  oldOffset,
  type ChangedSpan,
  type TreeChanges,
} from '../../parse/tree-changes.js';

interface ChangedItems {
  nodes: SyntaxNode[];
  /** Their spans in the old text. */
  old: [number, number][];
}

/** A match of one query file as plain data: its captures' names, types and spans. */
interface KeptMatch {
  file: string;
  captures: { name: string; type: string; start: number; end: number }[];
}

/** The matches of the queries over one function body, and where that body was. */
interface KeptBody {
  start: number;
  end: number;
  matches: KeptMatch[];
}

/** What an editor's analysis queried, for the next version's (`BodyQueries`). */
export interface QueriedBodies {
  /** The tree the spans are of: the next tree must have been parsed from it. */
  tree: SyntaxTree;
  /** By the body's start. */
  bodies: Map<number, KeptBody>;
}

/** What a block item is found among: a statement of a block or a case, or the file's top level. */
const ITEM_PARENTS = new Set(['compound_statement', 'case_statement', 'translation_unit']);

/**
 * The queries an editor runs over a function body (calls and facts), run again
 * only over the block items an edit changed: the other matches are carried
 * over from the previous version, their nodes found in the tree on first use
 * (`CarriedNode`). A long function's query is a large part of a keystroke's
 * model (2.3 ms over a 1,613-line body in wasm); over the statement typed in,
 * a few microseconds.
 *
 * Exact because a match depends only on the nodes it captures and those it
 * passes through, and outside the changed items the new tree is the old one
 * shifted: every changed span lies in a block item (a statement of a block or
 * a case, or a top-level item) whose type and extent are the same in both
 * trees, neither of which has a syntax error, and whose first token is not
 * touched (or a comment: the parser skips it whatever it says) — then the
 * tokens before it were reduced as before (the parser looks one token ahead,
 * the item's first) and the parser leaves it in the same state, so what
 * follows is parsed as before. A body with a syntax error in either version
 * is queried whole: error recovery weighs several parses over a stretch of
 * tokens, which may cross an item's edge. (libpq's `PQconnectPoll`, the
 * latency bench's longest function, has such errors: an `#ifndef` before an
 * `else if` of a chain.)
 */
export class BodyQueries {
  private readonly kept: QueriedBodies;
  /** How many bodies' matches were carried over (the rest were queried whole). */
  carriedBodies = 0;
  private items: ChangedItems | null | undefined;

  constructor(
    private readonly backend: ParserBackend,
    private readonly language: string,
    private readonly names: readonly string[],
    tree: SyntaxTree,
    /** `tree`'s root. */
    private readonly root: SyntaxNode,
    private readonly previous: QueriedBodies | undefined,
    private readonly changes: TreeChanges | undefined,
  ) {
    this.kept = { tree, bodies: new Map() };
  }

  /** What this analysis queried, for the next one. */
  get record(): QueriedBodies {
    return this.kept;
  }

  /**
   * The queries' matches over `body`, by file, in source order (`sortMatches`);
   * `fn` is the function's node, `source` the text the tree was parsed from.
   */
  matches(fn: SyntaxNode, body: SyntaxNode, source: string): Map<string, QueryMatch[]> {
    const carried = this.carried(fn, body, source);
    if (carried) return carried;
    const found = matchQueries(this.backend, this.language, this.names, body);
    for (const list of found.values()) sortMatches(list);
    // A body with a syntax error is queried whole in the next version too: nothing to keep.
    if (!body.hasError) this.keep(body, found);
    return found;
  }

  private carried(
    fn: SyntaxNode,
    body: SyntaxNode,
    source: string,
  ): Map<string, QueryMatch[]> | undefined {
    const { changes, previous } = this;
    if (!changes || previous?.tree !== changes.from) return undefined;
    const spans = changes.spans;
    const before = previous.bodies.get(oldOffset(spans, body.startIndex));
    if (!before || before.end !== oldOffset(spans, body.endIndex) || body.hasError)
      return undefined;
    const items = this.changedItems();
    if (!items) return undefined;
    // Items elsewhere in the file are the same there: only this body's are queried again.
    const requery: SyntaxNode[] = [];
    const dropped: [number, number][] = [];
    for (const [index, item] of items.nodes.entries()) {
      if (item.endIndex <= fn.startIndex || item.startIndex >= fn.endIndex) continue;
      if (item.startIndex <= body.startIndex || item.endIndex >= body.endIndex) return undefined;
      requery.push(item);
      dropped.push(items.old[index] as [number, number]);
    }
    const byFile = new Map<string, QueryMatch[]>(this.names.map((name) => [name, []]));
    const keptMatches: KeptMatch[] = [];
    for (const match of before.matches) {
      const inside = match.captures.some(({ start, end }) =>
        dropped.some(([from, to]) => start >= from && end <= to),
      );
      if (inside) continue;
      const captures = match.captures.map(({ name, type, start, end }) => ({
        name,
        type,
        start: newOffset(spans, start),
        end: newOffset(spans, end),
      }));
      keptMatches.push({ file: match.file, captures });
      byFile.get(match.file)?.push({
        captures: captures.map(({ name, type, start, end }) => ({
          name,
          node: new CarriedNode(body, source, type, start, end),
        })),
      });
    }
    for (const item of requery) {
      const found = matchQueries(this.backend, this.language, this.names, item);
      for (const [file, list] of found) {
        byFile.get(file)?.push(...list);
        for (const match of list) keptMatches.push(keptMatch(file, match));
      }
    }
    for (const list of byFile.values()) sortMatches(list);
    this.carriedBodies++;
    this.kept.bodies.set(body.startIndex, {
      start: body.startIndex,
      end: body.endIndex,
      matches: keptMatches,
    });
    return byFile;
  }

  /** The block items holding the changes, in this tree and in the old text's offsets; null when one is not stable. */
  private changedItems(): ChangedItems | null {
    if (this.items !== undefined) return this.items;
    const { from, spans } = this.changes as TreeChanges;
    const oldRoot = from.rootNode;
    const found: SyntaxNode[] = [];
    for (const span of spans) {
      const item = stableItem(this.root, oldRoot, span);
      if (!item) return (this.items = null);
      found.push(item);
    }
    // Two changes in one item, or in an item and one inside it: the outer one.
    found.sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
    const outer: SyntaxNode[] = [];
    for (const item of found) {
      const last = outer[outer.length - 1];
      if (last && item.endIndex <= last.endIndex) continue;
      if (last && item.startIndex < last.endIndex) return (this.items = null);
      outer.push(item);
    }
    return (this.items = {
      nodes: outer,
      old: outer.map((item) => [
        oldOffset(spans, item.startIndex),
        oldOffset(spans, item.endIndex),
      ]),
    });
  }

  private keep(body: SyntaxNode, found: Map<string, QueryMatch[]>): void {
    const matches: KeptMatch[] = [];
    for (const [file, list] of found)
      for (const match of list) matches.push(keptMatch(file, match));
    this.kept.bodies.set(body.startIndex, {
      start: body.startIndex,
      end: body.endIndex,
      matches,
    });
  }
}

function keptMatch(file: string, match: QueryMatch): KeptMatch {
  return {
    file,
    captures: match.captures.map(({ name, node }) => ({
      name,
      type: node.type,
      start: node.startIndex,
      end: node.endIndex,
    })),
  };
}

/**
 * Matches in source order of their first capture (stably): the order a whole
 * query gives and the order of carried and new matches merged are the same.
 */
export function sortMatches(list: QueryMatch[]): void {
  list.sort(
    (a, b) => (a.captures[0]?.node.startIndex ?? 0) - (b.captures[0]?.node.startIndex ?? 0),
  );
}

/**
 * The block item around a changed span (a character of context either side),
 * when it is the same item in both trees (see `BodyQueries`).
 */
export function stableItem(
  newRoot: SyntaxNode,
  oldRoot: SyntaxNode,
  span: ChangedSpan,
): SyntaxNode | undefined {
  const from = span.start - 1;
  const to = span.end + 1;
  if (from < 0) return undefined;
  const now = itemAround(newRoot, from, to);
  const then = itemAround(oldRoot, from, to);
  if (!now || !then) return undefined;
  if (
    now.node.type !== then.node.type ||
    now.parent !== then.parent ||
    now.node.startIndex !== then.node.startIndex ||
    now.node.endIndex !== then.node.endIndex ||
    now.node.hasError ||
    then.node.hasError ||
    // A comment is skipped by the parser, whatever it says: only its extent counts.
    (now.node.type !== 'comment' &&
      (firstTokenEnd(now.node) > from || firstTokenEnd(then.node) > from))
  )
    return undefined;
  return now.node;
}

function itemAround(
  root: SyntaxNode,
  from: number,
  to: number,
): { node: SyntaxNode; parent: string } | undefined {
  let node = root.descendantForIndex(from, to);
  let parent = node.parent;
  while (parent && !ITEM_PARENTS.has(parent.type)) {
    node = parent;
    parent = node.parent;
  }
  return parent ? { node, parent: parent.type } : undefined;
}

function firstTokenEnd(node: SyntaxNode): number {
  let leaf = node;
  for (let first = leaf.child(0); first; first = leaf.child(0)) leaf = first;
  return leaf.endIndex;
}
