import type { SyntaxNode } from '../../parse/syntax.js';
import { Ancestry } from './ancestry.js';
import { isNameCode, nameStarts } from './words.js';
import { mayFollowPrefix } from './member-text.js';

/** Node types that are a name as written (not inside a string or a comment). */
const NAME_TYPES = new Set([
  'identifier',
  'property_identifier',
  'shorthand_property_identifier',
  'shorthand_property_identifier_pattern',
  'private_property_identifier',
]);

/** The names of Node's socket creators (`net.connect`, `new tls.TLSSocket`, ...). */
export const CREATOR_WORDS: ReadonlySet<string> = new Set([
  'connect',
  'createConnection',
  'Socket',
  'Stream',
  'TLSSocket',
  'createSocket',
]);
/**
 * A creator's name, the start of the word checked apart (`isNameCode`): a lookbehind
 * before the names made the engine try the pattern at every character (a quarter slower).
 */
const CREATOR_WORD = new RegExp(`(?:${[...CREATOR_WORDS].join('|')})(?![\\w$])`, 'g');

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
  /**
   * Per word: where it starts (read from the text, not asked of the parser), and the node
   * there once made (null: no name, a word of a comment or a string).
   */
  private readonly words = new Map<
    string,
    { starts: readonly number[]; nodes: (SyntaxNode | null | undefined)[] }
  >();
  private readonly memos = new Map<string, unknown>();
  private positions: Map<string, number[]> | undefined;
  /** The creators' names, found in one scan (see `creatorPositions`). */
  private creators: Map<string, number[]> | undefined;
  private scanned = 0;
  /** The functions and classes around a node. */
  readonly ancestry: Ancestry;

  constructor(
    readonly root: SyntaxNode,
    readonly text: string,
  ) {
    this.ancestry = new Ancestry(root);
  }

  /**
   * The name nodes spelled `word` in the file (or in `scope`), in source order. A node is
   * made only for the mentions in the scope asked for (a local `s` of a small function is
   * no reason to make a node of every `s` of the file), and kept for the next question.
   * `where`, if given, is asked first of each mention the text says is a whole name (see
   * `spansWord`), by the text around it: a mention it turns down gets no node (each costs a
   * descent in the parser and an object the collector frees); one whose span the text
   * cannot tell is made, and the caller's own test of the node decides.
   */
  occurrences(
    word: string,
    scope?: SyntaxNode,
    where?: (start: number, end: number) => boolean,
  ): SyntaxNode[] {
    let found = this.words.get(word);
    if (!found) {
      // A word right after a quote is in a string ('connect'), not a name.
      const starts = this.positionsOf(word).filter((at) => !/['"`]/.test(this.text[at - 1] ?? ''));
      found = { starts, nodes: new Array<SyntaxNode | null | undefined>(starts.length) };
      this.words.set(word, found);
    }
    // Spans from the text: a name is `word.length` long where it was found.
    const from = scope ? scope.startIndex : 0;
    const to = scope ? scope.endIndex - word.length : this.text.length;
    // The smallest node around a mention, found from the scope down: the same node as from the
    // root (the scope holds the mention), for the levels above it (the root's statements, a
    // class's members are searched one by one).
    const top = scope ?? this.root;
    const names: SyntaxNode[] = [];
    const { starts, nodes } = found;
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i] as number;
      if (at < from || at > to) continue;
      let node = nodes[i];
      if (
        node === undefined &&
        where &&
        this.spansWord(at, at + word.length) &&
        !where(at, at + word.length)
      )
        continue;
      if (node === undefined) {
        const made = top.descendantForIndex(at, at + word.length);
        const type = made.type;
        node = NAME_TYPES.has(type) || type === 'this' || type === 'super' ? made : null;
        nodes[i] = node;
      }
      if (node) names.push(node);
    }
    return names;
  }

  /**
   * Does a name node found at `start` span exactly [start, end], by the text? It does when
   * ASCII characters that no name goes on through stand on both sides (not `[\w$]`, `\`
   * of an escape, `#` of a private name); a letter of another script may.
   */
  private spansWord(start: number, end: number): boolean {
    const bounds = (code: number) =>
      Number.isNaN(code) || (code < 0x80 && !isNameCode(code) && code !== 0x5c && code !== 0x23);
    return bounds(this.text.charCodeAt(start - 1)) && bounds(this.text.charCodeAt(end));
  }

  /**
   * Where a word starts in the text. The first words asked for are each found by a scan
   * for that word (a literal search, fast); past a few dozen, every word of the text is
   * listed in one pass: a scan of the whole text per name was quadratic in a file of
   * 10,000 sockets (10,000 names), and listing every word costs more than a few scans in
   * an ordinary file.
   */
  private positionsOf(word: string): readonly number[] {
    if (!this.positions && CREATOR_WORDS.has(word)) return this.creatorPositions(word);
    if (!this.positions && this.scanned < 32) {
      this.scanned++;
      return /^[\w$]+$/.test(word) ? nameStarts(this.text, word) : [];
    }
    if (!this.positions) {
      this.positions = new Map();
      const pattern = /[\w$]+/g;
      for (let match = pattern.exec(this.text); match; match = pattern.exec(this.text)) {
        const list = this.positions.get(match[0]);
        if (list) list.push(match.index);
        else this.positions.set(match[0], [match.index]);
      }
    }
    return this.positions.get(word) ?? [];
  }

  /**
   * Where a creator's name (`connect`, `Socket`, ...) starts, as a word: every file the
   * model reads asks for all of them (its calls, its values), and one scan for the six
   * costs what a scan for one does (each scan is most of a millisecond over the npm corpus).
   */
  creatorPositions(word: string): readonly number[] {
    if (!this.creators) {
      this.creators = new Map([...CREATOR_WORDS].map((name) => [name, []]));
      for (const match of this.text.matchAll(CREATOR_WORD))
        if (!isNameCode(this.text.charCodeAt(match.index - 1)))
          this.creators.get(match[0])?.push(match.index);
    }
    return this.creators.get(word) ?? [];
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
    // The text turns down what cannot be the key before a node is made (see `member-text.ts`).
    const prefix = key.slice(0, dot);
    const where =
      dot < 0 ? undefined : (start: number) => mayFollowPrefix(this.text, start, prefix);
    for (const node of this.occurrences(last, scope, where)) {
      if (dot < 0) {
        if (node.type === 'identifier') found.push(node);
        continue;
      }
      const member = node.type === 'property_identifier' ? this.ancestry.parentOf(node) : null;
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
    return this.occurrences(text, scope).filter(
      (node) => node.type === 'shorthand_property_identifier',
    );
  }

  /**
   * Calls and `new`s whose callee is `name` or ends in `.name`, through the
   * parentheses and sequences of compiled output (`(0, tslib_1.__extends)(...)`),
   * in `scope`, in source order. The callee's text is for the caller to check.
   */
  callsNamed(name: string, scope: SyntaxNode): SyntaxNode[] {
    return this.occurrences(name, scope).flatMap((node) => {
      const call = this.mayBeCalled(node) ? this.calledAs(node) : undefined;
      return call ? [call] : [];
    });
  }

  /**
   * The calls and `new`s of a name (`f(`, `x.f(`, `(0, x.f)(`, `new x.F`), found by the
   * text around each occurrence before any node is made: most mentions of `connect` or
   * `Stream` in a file are no call of a creator, and each node costs a call into the parser.
   */
  callsOf(name: string): SyntaxNode[] {
    const calls: SyntaxNode[] = [];
    for (const at of this.positionsOf(name)) {
      if (/['"`]/.test(this.text[at - 1] ?? '')) continue;
      const end = at + name.length;
      if (
        !/^\s*\)?\s*\(/.test(this.text.slice(end, end + 16)) &&
        !/\bnew\s+[\w$.\s(]*$/.test(this.text.slice(Math.max(0, at - 64), at))
      )
        continue;
      const node = this.root.descendantForIndex(at, end);
      if (!NAME_TYPES.has(node.type)) continue;
      for (let call = this.calledAs(node); call; call = this.calledAs(call)) calls.push(call);
    }
    return calls;
  }

  /**
   * Can the name at `node` be a callee, by the text around it: a `(` after it (past the
   * `)` of `(0, x.f)(`), or a `new` before it. Asked before climbing the tree: a node's
   * parent costs a walk down from the root in tree-sitter, and most mentions are not calls.
   */
  mayBeCalled(node: SyntaxNode): boolean {
    const end = node.endIndex;
    if (/^\s*\)?\s*\(/.test(this.text.slice(end, end + 16))) return true;
    return /\bnew\s+[\w$.\s(]*$/.test(
      this.text.slice(Math.max(0, node.startIndex - 64), node.startIndex),
    );
  }

  /** Is the name at `node` followed by `=` (assigned, not compared)? */
  assignedTo(node: SyntaxNode): boolean {
    return this.assignedAfter(node.endIndex);
  }

  /** Is a name that ends at `end` followed by `=` (assigned, not compared)? */
  assignedAfter(end: number): boolean {
    return /^\s*=(?![=>])/.test(this.text.slice(end, end + 16));
  }

  /** The text just before `node` (up to 64 characters). */
  before(node: SyntaxNode): string {
    return this.textBefore(node.startIndex);
  }

  /** The text just before `start` (up to 64 characters). */
  textBefore(start: number): string {
    return this.text.slice(Math.max(0, start - 64), start);
  }

  /** Calls of a method on one of these receivers (`this.x(...)`, `super.connect()`), in `scope`. */
  methodCalls(receivers: readonly string[], scope: SyntaxNode): SyntaxNode[] {
    const calls = receivers.flatMap((receiver) =>
      this.occurrences(receiver, scope).flatMap((node) => {
        const member = this.ancestry.parentOf(node);
        if (member?.type !== 'member_expression' || member.startIndex !== node.startIndex)
          return [];
        const call = this.ancestry.parentOf(member);
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
   * The call or `new` a name is the callee of: `f(...)`, `x.f(...)`, `(0, x.f)(...)`,
   * `new x.F()`. Undefined when the name is read, not called.
   */
  calledAs(name: SyntaxNode): SyntaxNode | undefined {
    let callee = name;
    const member = this.ancestry.parentOf(callee);
    if (member?.type === 'member_expression' && member.endIndex === callee.endIndex)
      callee = member;
    for (
      let parent = this.ancestry.parentOf(callee);
      parent;
      parent = this.ancestry.parentOf(callee)
    ) {
      if (parent.type === 'parenthesized_expression') callee = parent;
      else if (parent.type === 'sequence_expression' && parent.endIndex === callee.endIndex)
        callee = parent;
      else break;
    }
    const call = this.ancestry.parentOf(callee);
    if (!call) return undefined;
    const field = call.type === 'call_expression' ? 'function' : 'constructor';
    if (call.type !== 'call_expression' && call.type !== 'new_expression') return undefined;
    const own = call.childForFieldName(field);
    return own?.startIndex === callee.startIndex && own.endIndex === callee.endIndex
      ? call
      : undefined;
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
