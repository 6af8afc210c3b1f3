import type { SyntaxNode } from '../../parse/syntax.js';

/**
 * The file's identifiers, member expressions and shorthand properties by their
 * text (blanks removed), and its calls, gathered once per file. Each socket then
 * looks up its holder instead of walking its whole scope: 10,000 sockets in one
 * function took minutes (sockets x scope size), and a walk over a minified
 * bundle costs seconds per megabyte.
 */
export class NameIndex {
  private names: Map<string, SyntaxNode[]> | undefined;
  private shorthands: Map<string, SyntaxNode[]> | undefined;
  private calls: SyntaxNode[] | undefined;
  private readonly callsByCallee = new Map<RegExp, SyntaxNode[]>();
  private readonly memos = new Map<string, unknown>();

  constructor(readonly root: SyntaxNode) {}

  /** Identifiers and member expressions whose text is `text`, in `scope`, in walk order. */
  named(text: string, scope: SyntaxNode): SyntaxNode[] {
    this.names ??= group(this.root, ['identifier', 'member_expression'], (t) =>
      t.replace(/\s+/g, ''),
    );
    return within(this.names.get(text), scope);
  }

  /** `{ s }` shorthand properties naming `text`, in `scope`. */
  shorthand(text: string, scope: SyntaxNode): SyntaxNode[] {
    this.shorthands ??= group(this.root, ['shorthand_property_identifier'], (t) => t);
    return within(this.shorthands.get(text), scope);
  }

  /**
   * What `compute` finds for a holder in a scope, computed once: sockets that share
   * a holder (`s = net.connect(...)` again and again) share its uses.
   */
  memo<T>(kind: string, holder: string, scope: SyntaxNode, compute: () => T): T {
    const key = `${kind}\0${scope.startIndex}\0${scope.endIndex}\0${holder}`;
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  /** Call expressions in `scope` whose callee matches `callee`, in walk order. */
  callsTo(callee: RegExp, scope: SyntaxNode): SyntaxNode[] {
    this.calls ??= this.root
      .descendantsOfType('call_expression')
      .filter((call): call is SyntaxNode => !!call);
    let matching = this.callsByCallee.get(callee);
    if (!matching) {
      matching = this.calls.filter((call) =>
        callee.test(call.childForFieldName('function')?.text ?? ''),
      );
      this.callsByCallee.set(callee, matching);
    }
    return within(matching, scope);
  }
}

/** One native call for all nodes of the types (a JS walk crosses into the parser per node). */
function group(
  root: SyntaxNode,
  types: string[],
  key: (text: string) => string,
): Map<string, SyntaxNode[]> {
  const byText = new Map<string, SyntaxNode[]>();
  for (const node of root.descendantsOfType(types)) {
    if (!node) continue;
    const text = key(node.text);
    const list = byText.get(text);
    if (list) list.push(node);
    else byText.set(text, [node]);
  }
  // Walk order: by start, an enclosing node before the nodes inside it.
  for (const list of byText.values())
    list.sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
  return byText;
}

function within(nodes: SyntaxNode[] | undefined, scope: SyntaxNode): SyntaxNode[] {
  return (nodes ?? []).filter(
    (node) => node.startIndex >= scope.startIndex && node.endIndex <= scope.endIndex,
  );
}
