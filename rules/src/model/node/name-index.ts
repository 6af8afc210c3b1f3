import type { SyntaxNode } from '../../parse/syntax.js';
import { escapeRegExp } from '../../text/regexp.js';

/** Node types that are a name as written (not inside a string or a comment). */
const NAME_TYPES = new Set([
  'identifier',
  'property_identifier',
  'shorthand_property_identifier',
  'shorthand_property_identifier_pattern',
  'private_property_identifier',
]);

/**
 * The file's names, found from its text: a word is looked up in the source string
 * (fast in V8) and only its occurrences are turned into syntax nodes, one crossing
 * into the parser each. A socket's holder, a function's calls, a creator's mentions
 * are a few nodes of a file; listing every identifier or every call of the tree to
 * find them cost more than the parse (the npm corpus: the `calls` query and a list of
 * all identifiers were 1.6x the bare parse, most of it marshalling nodes nobody read).
 * What is found once is kept here, with the file's model: sockets that share a
 * holder (`s = net.connect(...)` again and again) share its uses.
 */
export class NameIndex {
  private readonly words = new Map<string, SyntaxNode[]>();
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly root: SyntaxNode,
    readonly text: string,
  ) {}

  /** The name nodes spelled `word` anywhere in the file, in source order. */
  occurrences(word: string): SyntaxNode[] {
    let found = this.words.get(word);
    if (found) return found;
    found = [];
    if (/^[\w$]+$/.test(word)) {
      const pattern = new RegExp(`(?<![\\w$])${escapeRegExp(word)}(?![\\w$])`, 'g');
      for (let match = pattern.exec(this.text); match; match = pattern.exec(this.text)) {
        const node = this.root.descendantForIndex(match.index, match.index + word.length);
        if (NAME_TYPES.has(node.type) || node.type === 'this' || node.type === 'super')
          found.push(node);
      }
    }
    this.words.set(word, found);
    return found;
  }

  /** The node's text, read from the source (no crossing into the parser). */
  textOf(node: SyntaxNode): string {
    return this.text.slice(node.startIndex, node.endIndex);
  }

  /**
   * Identifiers (`s`) and member expressions (`this.sock`, `a.b.c`, blanks ignored)
   * whose text is `key`, in `scope`, in source order.
   */
  named(key: string, scope: SyntaxNode): SyntaxNode[] {
    const dot = key.lastIndexOf('.');
    const last = key.slice(dot + 1);
    const found: SyntaxNode[] = [];
    for (const node of within(this.occurrences(last), scope)) {
      if (dot < 0) {
        if (node.type === 'identifier') found.push(node);
        continue;
      }
      const member = node.parent;
      if (
        node.type === 'property_identifier' &&
        member?.type === 'member_expression' &&
        member.endIndex === node.endIndex &&
        this.textOf(member).replace(/\s+/g, '') === key
      )
        found.push(member);
    }
    return found;
  }

  /** `{ s }` shorthand properties naming `text`, in `scope`. */
  shorthand(text: string, scope: SyntaxNode): SyntaxNode[] {
    return within(this.occurrences(text), scope).filter(
      (node) => node.type === 'shorthand_property_identifier',
    );
  }

  /**
   * Calls and `new`s whose callee is `name` or ends in `.name`, through the
   * parentheses and sequences of compiled output (`(0, tslib_1.__extends)(...)`),
   * in `scope`, in source order. The callee's text is for the caller to check.
   */
  callsNamed(name: string, scope: SyntaxNode): SyntaxNode[] {
    return within(this.occurrences(name), scope).flatMap((node) => {
      const call = calledAs(node);
      return call ? [call] : [];
    });
  }

  /** Calls of a method on one of these receivers (`this.x(...)`, `super.connect()`), in `scope`. */
  methodCalls(receivers: readonly string[], scope: SyntaxNode): SyntaxNode[] {
    const calls = receivers.flatMap((receiver) =>
      within(this.occurrences(receiver), scope).flatMap((node) => {
        const member = node.parent;
        if (member?.type !== 'member_expression' || member.startIndex !== node.startIndex)
          return [];
        const call = member.parent;
        return call?.type === 'call_expression' &&
          call.childForFieldName('function')?.startIndex === member.startIndex &&
          call.childForFieldName('function')?.endIndex === member.endIndex
          ? [call]
          : [];
      }),
    );
    return calls.sort((a, b) => a.startIndex - b.startIndex);
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
}

/**
 * The call or `new` a name is the callee of: `f(...)`, `x.f(...)`, `(0, x.f)(...)`,
 * `new x.F()`. Undefined when the name is read, not called.
 */
export function calledAs(name: SyntaxNode): SyntaxNode | undefined {
  let callee = name;
  const member = callee.parent;
  if (member?.type === 'member_expression' && member.endIndex === callee.endIndex) callee = member;
  for (let parent = callee.parent; parent; parent = callee.parent) {
    if (parent.type === 'parenthesized_expression') callee = parent;
    else if (parent.type === 'sequence_expression' && parent.endIndex === callee.endIndex)
      callee = parent;
    else break;
  }
  const call = callee.parent;
  if (!call) return undefined;
  const field = call.type === 'call_expression' ? 'function' : 'constructor';
  if (call.type !== 'call_expression' && call.type !== 'new_expression') return undefined;
  const own = call.childForFieldName(field);
  return own?.startIndex === callee.startIndex && own.endIndex === callee.endIndex
    ? call
    : undefined;
}

/** The nodes of a sorted list that lie within `scope`. */
export function within(nodes: readonly SyntaxNode[], scope: SyntaxNode): SyntaxNode[] {
  return nodes.filter(
    (node) => node.startIndex >= scope.startIndex && node.endIndex <= scope.endIndex,
  );
}
