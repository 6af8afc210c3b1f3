/**
 * The conditional-compilation structure of a C text, read from its directive
 * lines alone (`#if`, `#ifdef`, `#ifndef`, `#elif`, `#elifdef`, `#elifndef`,
 * `#else`, `#endif`), before any parse: what tree-sitter cannot see when a
 * group's branches split braces. Offsets are UTF-16 indices into the text.
 */
export interface Branch {
  /** `if`, `ifdef`, `ifndef`, `elif`, `elifdef`, `elifndef`, `else`. */
  kind: string;
  /** The directive's argument, comments and line continuations removed. */
  condition: string;
  /** The directive line: from its first character to its end (before the newline). */
  directiveStart: number;
  directiveEnd: number;
  /** The branch's lines: after its directive, up to the next directive of its group. */
  bodyStart: number;
  bodyEnd: number;
  group: Group;
}

export interface Group {
  branches: Branch[];
  /** The `#endif` line (at the end of the text when it is missing). */
  endStart: number;
  endEnd: number;
  /** The branch this group sits in, if it is nested. */
  parent: Branch | undefined;
  depth: number;
}

/** After a line's `#`: a conditional directive's name and its argument (with continuation lines). */
const DIRECTIVE_AFTER_HASH =
  /[ \t]*(if|ifdef|ifndef|elif|elifdef|elifndef|else|endif)\b((?:[^\n\\]|\\\r?\n|\\)*)/y;

/**
 * The conditional directives of a text, as `/^[ \t]*#[ \t]*(if|…)…/gm` finds
 * them: from each `#` that only blanks precede on its line. That expression tries
 * every line start, 1-1.5 ms over 5,000 lines; an editor reads the directives
 * twice per keystroke (the parse's view, the platform regions), and a `#` is rare.
 */
function* directives(
  text: string,
): Generator<{ kind: string; argument: string; start: number; end: number }> {
  for (let hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
    let start = hash;
    while (start > 0 && isBlank(text.charCodeAt(start - 1))) start--;
    if (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) continue;
    DIRECTIVE_AFTER_HASH.lastIndex = hash + 1;
    const match = DIRECTIVE_AFTER_HASH.exec(text);
    if (!match) continue;
    yield {
      kind: match[1] ?? '',
      argument: match[2] ?? '',
      start,
      end: DIRECTIVE_AFTER_HASH.lastIndex,
    };
  }
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Where a multiline `^` matches after: `\n`, `\r`, U+2028, U+2029. */
function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** The file's conditional groups, outermost first in source order. */
export function conditionalGroups(text: string): Group[] {
  const groups: Group[] = [];
  const open: Group[] = [];
  for (const { kind, argument, start, end } of directives(text)) {
    const condition = argument
      .replace(/\\\r?\n/g, ' ')
      .replace(/\/\*.*?\*\/|\/\/.*$/g, ' ')
      .trim();
    const current = open.at(-1);
    if (kind === 'if' || kind === 'ifdef' || kind === 'ifndef') {
      const parent = current?.branches.at(-1);
      const group: Group = {
        branches: [],
        endStart: text.length,
        endEnd: text.length,
        parent,
        depth: open.length,
      };
      group.branches.push(branch(group, kind, condition, start, end, text.length));
      groups.push(group);
      open.push(group);
      continue;
    }
    // A stray #elif, #else or #endif (the rest of a group opened in another file).
    if (!current) continue;
    const last = current.branches.at(-1);
    if (last) last.bodyEnd = start;
    if (kind === 'endif') {
      current.endStart = start;
      current.endEnd = end;
      open.pop();
    } else {
      current.branches.push(branch(current, kind, condition, start, end, text.length));
    }
  }
  return groups;
}

function branch(
  group: Group,
  kind: string,
  condition: string,
  directiveStart: number,
  directiveEnd: number,
  bodyEnd: number,
): Branch {
  return { kind, condition, directiveStart, directiveEnd, bodyStart: directiveEnd, bodyEnd, group };
}

/**
 * Do the brackets of this code balance, never closing one it did not open?
 * Comments, strings and character literals are skipped, and so are the `skip`
 * spans (sorted; code the view already blanked). `} else {` does not balance:
 * it closes first.
 */
export function bracketsBalance(
  text: string,
  start: number,
  end: number,
  skip: readonly [number, number][] = [],
): boolean {
  let depth = 0;
  let next = 0;
  // Only brackets, comment openers and quotes matter: the regex skips the rest fast.
  const token = /[{}()"']|\/[/*]/g;
  token.lastIndex = start;
  for (let match = token.exec(text); match && match.index < end; match = token.exec(text)) {
    const i = match.index;
    while (next < skip.length && (skip[next] as [number, number])[1] <= i) next++;
    const span = skip[next];
    if (span && span[0] <= i) {
      token.lastIndex = span[1];
      continue;
    }
    switch (match[0]) {
      case '//': {
        const newline = text.indexOf('\n', i);
        token.lastIndex = newline < 0 ? end : newline;
        break;
      }
      case '/*': {
        const close = text.indexOf('*/', i + 2);
        token.lastIndex = close < 0 ? end : close + 2;
        break;
      }
      case '"':
      case "'":
        token.lastIndex = literalEnd(text, i, end) + 1;
        break;
      case '{':
      case '(':
        depth++;
        break;
      default:
        if (--depth < 0) return false;
    }
  }
  return depth === 0;
}

/** The index of a string or character literal's closing quote (or the line's end). */
export function literalEnd(text: string, open: number, end: number): number {
  const quote = text.charCodeAt(open);
  for (let i = open + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i++;
    else if (c === quote || c === 0x0a) return i;
  }
  return end;
}
