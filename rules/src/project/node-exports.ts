import { escapeRegExp } from '../text/regexp.js';
import { isWordCode } from '../model/node/words.js';

const CREATION = /\b(?:connect|createConnection|Socket|TLSSocket|Stream|createSocket)\s*\(/g;
/** Before a creator's call on its line: `return net.`, `=> new tls.` — the function returns it. */
const RETURNED_BEFORE = /(?:\breturn\s+|=>\s*)(?:new\s+)?[\w$.() ,]{0,80}$/;
/** Before a creator's call on its line: `s = net.`, `this.sock = new net.` — a name it is assigned. */
const ASSIGNED_BEFORE = /(?:^|[^\w$.])(?:this\.)?([\w$]+)\s*=(?![=>])[^=]*$/;

/**
 * Where a creator is called in a text (`net.connect(`, `new tls.TLSSocket(`), with the
 * creator's name: one scan, for what the index asks of a module (`returnsSocket`, and the
 * names its sockets are assigned to).
 */
export function creationCalls(text: string): { index: number; name: string }[] {
  return [...text.matchAll(CREATION)].map((match) => ({
    index: match.index,
    name: (/^[\w$]+/.exec(match[0]) as RegExpExecArray)[0],
  }));
}

/**
 * `return net.connect(…)`, `=> new tls.TLSSocket(…)`, or `return s` where
 * `s = net.connect(…)`: from the text, from each creator's call back along its line
 * (a pattern that starts at every `return` cost more than the rest of the index).
 */
export function returnsSocket(text: string, calls = creationCalls(text)): boolean {
  const names = new Set<string>();
  for (const { index } of calls) {
    const before = text.slice(text.lastIndexOf('\n', index) + 1, index);
    if (RETURNED_BEFORE.test(before)) return true;
    const assigned = ASSIGNED_BEFORE.exec(before);
    if (assigned) names.add(assigned[1] as string);
  }
  for (const name of names)
    if (new RegExp(String.raw`\breturn\s+(?:this\.)?${escapeRegExp(name)}\s*[;\n}]`).test(text))
      return true;
  return false;
}

/** One definition of an exported function, as text: what the index parses of a module. */
export interface ExportedFunction {
  /** The name the function has in its slice (`const NAME = …` for a function value). */
  name: string;
  /** A declaration (`function NAME(…) {…}`) or `const NAME = <function value>;`. */
  text: string;
}

/**
 * A module's exported functions by export name, found from its text alone: ESM
 * `export function f`, `export const f = …`, `export { a, b as c }`, `export default
 * function`/`export default f`; CommonJS `exports.f = …`, `module.exports.f = …`,
 * `module.exports = { a, b: c }`, `module.exports = f` (the module's `default`). A
 * name exported without a function written where it is exported (`const { getStream
 * } = pick()` then `module.exports = { getStream }`, as pg picks its runtime's
 * functions) is every function of the module with that name. Only the names asked
 * for are looked up.
 */
export function exportedFunctions(
  text: string,
  wanted: (name: string) => boolean,
  classes?: Map<string, ExportedClass>,
): Map<string, ExportedFunction[]> {
  const locals = new Map<string, string>();
  const inline = new Map<string, number>();
  // Every name the module exports a local under (a class's members are asked as `C.m`, `C#m`).
  const exportedAs = new Map<string, string>();
  const note = (exported: string, local: string) => {
    if (!exportedAs.has(exported)) exportedAs.set(exported, local);
    if (wanted(exported) && !locals.has(exported)) locals.set(exported, local);
  };
  // The `export` statements, from where the word stands (see `matchesAt`).
  const exportWords = wordStarts(text, 'export');
  for (const match of matchesAt(text, EXPORT_FUNCTION, exportWords)) {
    const exported = match[1] ? 'default' : (match[2] ?? 'default');
    if (!wanted(exported)) continue;
    if (match[2]) note(exported, match[2]);
    else inline.set(exported, match.index + match[0].indexOf('function'));
  }
  for (const match of matchesAt(text, EXPORT_VARIABLE, exportWords))
    note(match[1] as string, match[1] as string);
  for (const match of matchesAt(text, EXPORT_LIST, exportWords))
    for (const entry of (match[1] ?? '').split(',')) {
      const [local, exported] = entry.split(/\s+as\s+/).map((part) => part.trim());
      if (local && /^[\w$]+$/.test(local)) note(exported || local, local);
    }
  for (const match of matchesAt(text, EXPORT_DEFAULT_NAME, exportWords))
    if (match[1] !== 'function' && match[1] !== 'class') note('default', match[1] as string);
  for (const match of matchesAt(text, EXPORTS_ASSIGNED, exportsStarts(text))) {
    const name = match[1] ?? 'default';
    const value = match[2] ?? '';
    if (!match[1] && !match[0].startsWith('module')) continue;
    const at = match.index + match[0].length - value.length;
    if (value === '{' && !match[1]) {
      for (const [key, local] of objectEntries(text, at)) note(key, local);
      continue;
    }
    if (!value && classes && /^class\b/.test(text.slice(at, at + 6))) {
      const declaration = classAt(text, at);
      if (declaration) classes.set(name, declaration);
      continue;
    }
    const identifier = /^([\w$]+)\s*[;\n,)]$/.exec(value);
    if (identifier && identifier[1] !== 'function') note(name, identifier[1] as string);
    if (!wanted(name) || !value || identifier) continue;
    if (!/^[\w$]+\s*[;\n,)]$/.test(value)) inline.set(name, at);
  }
  if (classes && text.includes('class')) {
    // Each `class` a literal's search finds: exported where it stands, or by its name.
    const declared = new Map<string, number>();
    for (let at = text.indexOf('class'); at >= 0; at = text.indexOf('class', at + 5)) {
      if (/[\w$.]/.test(text[at - 1] ?? '') || /[\w$]/.test(text[at + 5] ?? '')) continue;
      const name = /^class\s+([\w$]+)/.exec(text.slice(at, at + 120))?.[1];
      if (name && name !== 'extends' && !declared.has(name)) declared.set(name, at);
      const exported = /\bexport\s+(default\s+)?(?:abstract\s+)?$/.exec(
        text.slice(Math.max(0, at - 40), at),
      );
      if (!exported) continue;
      const declaration = classAt(text, at);
      if (declaration) classes.set(exported[1] ? 'default' : declaration.local, declaration);
    }
    for (const [exported, local] of exportedAs) {
      const at = declared.get(local);
      if (classes.has(exported) || at === undefined) continue;
      const declaration = classAt(text, at);
      if (declaration) classes.set(exported, declaration);
    }
  }
  const found = new Map<string, ExportedFunction[]>();
  for (const [exported, at] of inline) {
    const slice = functionValueAt(text, at);
    if (slice) found.set(exported, [{ name: `__export_${found.size}`, text: slice }]);
  }
  for (const [exported, local] of locals) {
    if (found.has(exported)) continue;
    const definitions = definitionsOf(text, local);
    if (definitions.length > 0) found.set(exported, definitions);
  }
  for (const [exported, fns] of found)
    found.set(
      exported,
      fns.map((fn) =>
        fn.name.startsWith('__export_')
          ? { name: fn.name, text: `const ${fn.name} = ${fn.text};` }
          : fn,
      ),
    );
  return found;
}

/**
 * The export patterns of `exportedFunctions`, each what followed `\b` in a pattern tried with
 * the `g` flag, now tried only where its first word stands (`matchesAt`): a pattern that
 * starts with `\b` is tried at every character, five scans of every module digested.
 */
const EXPORT_FUNCTION = /export\s+(default\s+)?(?:async\s+)?function\b\s*\*?\s*([\w$]+)?/y;
const EXPORT_VARIABLE = /export\s+(?:const|let|var)\s+([\w$]+)\s*[=:]/y;
const EXPORT_LIST = /export\s*\{([^}]*)\}(?!\s*from)/y;
const EXPORT_DEFAULT_NAME = /export\s+default\s+([\w$]+)\s*;?\s*$/my;
const EXPORTS_ASSIGNED =
  /(?:module\.)?exports(?:\.([\w$]+))?\s*=(?!=)\s*(function\b|async\b|\(|[\w$]+\s*(?:=>|[;\n,)])|\{)?/y;

/** Where `word` (starting with a letter) starts after a `\b`: no `\w` right before it. */
function wordStarts(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (!isWordCode(text.charCodeAt(at - 1))) found.push(at);
  return found;
}

/** Where `\b(?:module\.)?exports` may start: at `module.` before an `exports`, or at the `exports`. */
function exportsStarts(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf('exports'); at >= 0; at = text.indexOf('exports', at + 1)) {
    const module = at - 'module.'.length;
    if (text.startsWith('module.', module) && !isWordCode(text.charCodeAt(module - 1)))
      found.push(module);
    if (!isWordCode(text.charCodeAt(at - 1))) found.push(at);
  }
  return found;
}

/**
 * What the pattern `\b` + `sticky`'s source finds with the `g` flag, given every place
 * where a match may start (in order): the first match at or past the end of the one
 * before, as the `g` flag's search goes on from there.
 */
function matchesAt(text: string, sticky: RegExp, starts: readonly number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let end = 0;
  for (const at of starts) {
    if (at < end) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (!match) continue;
    found.push(match);
    end = at + Math.max(1, match[0].length);
  }
  return found;
}

/** A class a module exports: its members are exported as `Class` (the constructor), `Class.m`, `Class#m`. */
export interface ExportedClass {
  /** Its name in the module (`__class` for an anonymous one). */
  local: string;
  /** `class Conn extends Base {…}`, as a statement (an anonymous class is assigned to `__class`). */
  text: string;
  /** The class it extends, as written (`Base`, `transport_1.Conn`). */
  base?: string;
}

/** The class declaration or expression at `at` (its `class` keyword), through its body's `}`. */
function classAt(text: string, at: number): ExportedClass | undefined {
  const head = /^class\b\s*([\w$]+)?(?:\s*<[^{]*?>)?(?:\s+extends\s+([\w$.]+))?[^{]*\{/.exec(
    text.slice(at, at + 400),
  );
  if (!head) return undefined;
  const end = matchingBrace(text, at + head[0].length - 1);
  if (end < 0) return undefined;
  const body = text.slice(at, end + 1);
  const local = head[1] ?? '__class';
  return {
    local,
    text: head[1] ? body : `const __class = ${body};`,
    ...(head[2] ? { base: head[2] } : {}),
  };
}

/**
 * A class reduced to the members that make a socket and return it (its factories, when
 * the index asks only for those): each creator's call's enclosing member, found from the
 * text (a line that opens a method: `static open(o) {`, `async dial() {`), kept if it
 * returns what it makes. A big class whose one factory is asked for costs that method's
 * parse. Undefined when no member is found so.
 */
export function factoryMembers(declaration: ExportedClass): string | undefined {
  const text = declaration.text;
  const members = new Map<number, string>();
  // A member's line is indented as the class body's first line (an object's method inside
  // one is not a member).
  const indent = /\{[^\n]*\n(?:[ \t]*\n)*([ \t]*)\S/.exec(text)?.[1] ?? '';
  // The lines that open a method, in one scan of the class (a scan of the text before each
  // creator's call was quadratic in a big class: a third of `factoryMembers` over the npm
  // corpus). Those before a call are the scan of the text before it would find, unless one
  // runs past the call's start (then that scan is made, as before).
  let openings: RegExpMatchArray[] | undefined;
  const judged = new Set<number>();
  for (const { index } of creationCalls(text)) {
    openings ??= [...text.matchAll(MEMBER_OPENING)];
    let opening: RegExpMatchArray | undefined;
    const past = (match: RegExpMatchArray) => (match.index as number) + match[0].length > index;
    if (openings.some((match) => (match.index as number) < index && past(match))) {
      for (const match of text.slice(0, index).matchAll(MEMBER_OPENING))
        if (match[1] === indent) opening = match;
    } else
      for (const match of openings) {
        if (past(match)) break;
        if (match[1] === indent) opening = match;
      }
    if (!opening) continue;
    const open = (opening.index as number) + opening[0].length - 1;
    // Judged for an earlier call already: the calls come in order, so a member that ended
    // before one ends before the next, and one that does not return a socket still does not.
    if (judged.has(open)) continue;
    judged.add(open);
    const end = matchingBrace(text, open);
    if (end < index) continue;
    const member = text.slice((opening.index as number) + 1, end + 1);
    if (returnsSocket(member)) members.set(open, member);
  }
  if (members.size === 0) return undefined;
  const head = `class ${declaration.local === '__class' ? 'C' : declaration.local} {\n`;
  const body = `${head}${[...members.values()].join('\n')}\n}`;
  return declaration.local === '__class' ? `const __class = ${body};` : body;
}

/** A line that opens a class's method: `  static open(port) {`, `  async dial() {`. */
const MEMBER_OPENING =
  /\n([ \t]*)(?:(?:static|async|public|private|protected)\s+)*(?!(?:if|for|while|switch|catch|with|function|return)\b)[\w$]+\s*\([^()]*\)\s*(?::[^{;\n]*)?\{/g;

/** The class a module declares under `local`, if it does: a base of an exported class. */
export function classNamed(text: string, local: string): ExportedClass | undefined {
  const at = new RegExp(String.raw`\bclass\s+${escapeRegExp(local)}\b`).exec(text);
  return at ? classAt(text, at.index) : undefined;
}

/** `{ a, b: c, d() {…} }` at `at`: key → local name (a method has none and is skipped). */
function objectEntries(text: string, at: number): [string, string][] {
  const end = matchingBrace(text, at);
  if (end < 0) return [];
  const body = text.slice(at + 1, end);
  const entries: [string, string][] = [];
  for (const part of body.split(',')) {
    const pair =
      /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/|\s)*['"]?([\w$]+)['"]?\s*(?::\s*([\w$]+)\s*)?$/.exec(
        part,
      );
    if (pair) entries.push([pair[1] as string, pair[2] ?? (pair[1] as string)]);
  }
  return entries;
}

/** Every definition of a function named `name`: `function name(…) {…}`, `name = <function>`. */
function definitionsOf(text: string, name: string): ExportedFunction[] {
  const escaped = escapeRegExp(name);
  const found: ExportedFunction[] = [];
  for (const match of text.matchAll(
    new RegExp(String.raw`\bfunction\s*\*?\s*${escaped}\s*\(`, 'g'),
  )) {
    // `async function name(`: the slice starts at `async`.
    const async = /\basync\s+$/.exec(text.slice(Math.max(0, match.index - 16), match.index));
    const slice = functionValueAt(text, match.index - (async?.[0].length ?? 0));
    if (slice) found.push({ name, text: slice });
  }
  for (const match of text.matchAll(
    new RegExp(
      String.raw`(?<![\w$.])${escaped}\s*=(?!=)\s*(?=async\b|function\b|\(|[\w$]+\s*=>)`,
      'g',
    ),
  )) {
    const slice = functionValueAt(text, match.index + match[0].length);
    if (slice) found.push({ name, text: `const ${name} = ${slice};` });
  }
  return found;
}

/**
 * The text of the function value or declaration at `at`: through the `{…}` of its
 * body (braces counted outside strings, templates and comments), or an arrow's
 * expression body up to the `;`, `,` or line end at its depth.
 */
function functionValueAt(text: string, at: number): string | undefined {
  const arrow = /^(?:async\s*)?(?:\([^)]*\)|[\w$]+)\s*(?::[^=]*?)?=>\s*/.exec(
    text.slice(at, at + 400),
  );
  if (arrow) {
    const bodyAt = at + arrow[0].length;
    if (text[bodyAt] === '{') {
      const end = matchingBrace(text, bodyAt);
      return end < 0 ? undefined : text.slice(at, end + 1);
    }
    const end = expressionEnd(text, bodyAt);
    return text.slice(at, end);
  }
  if (!/^(?:async\s+)?function\b/.test(text.slice(at, at + 20))) return undefined;
  // The body's brace: the first `{` after the parameter list's closing parenthesis.
  const open = text.indexOf('(', at);
  const close = open < 0 ? -1 : matchingBrace(text, open);
  const body = close < 0 ? -1 : text.indexOf('{', close);
  const end = body < 0 ? -1 : matchingBrace(text, body);
  return end < 0 ? undefined : text.slice(at, end + 1);
}

// Brackets, quotes and the like as char codes: these scans walk whole classes character by
// character (a module's exported class, once per round of the bench), and reading codes
// instead of one-character strings and a table keyed by them cut `matchingBrace` from the
// index's first place in `node --cpu-prof` (issue 16).
const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACE = 0x7d; // }
const OPEN_PAREN = 0x28; // (
const CLOSE_PAREN = 0x29; // )
const OPEN_BRACKET = 0x5b; // [
const CLOSE_BRACKET = 0x5d; // ]
const SLASH = 0x2f;
const STAR = 0x2a;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKTICK = 0x60;
const BACKSLASH = 0x5c;
const DOLLAR = 0x24;
const NEWLINE = 0x0a;
const SEMICOLON = 0x3b;
const COMMA = 0x2c;

/** The closing bracket's code for an opening one's, or 0. */
function closingOf(code: number): number {
  return code === OPEN_BRACE
    ? CLOSE_BRACE
    : code === OPEN_PAREN
      ? CLOSE_PAREN
      : code === OPEN_BRACKET
        ? CLOSE_BRACKET
        : 0;
}

/** The index of the bracket closing the one at `at`, skipping strings, templates and comments. */
function matchingBrace(text: string, at: number): number {
  const stack: number[] = [];
  const length = text.length;
  for (let i = at; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === SLASH) {
      const next = text.charCodeAt(i + 1);
      if (next === SLASH) i = lineEnd(text, i);
      else if (next === STAR) i = text.indexOf('*/', i + 2) + 1 || length;
      continue;
    }
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === BACKTICK) {
      i = stringEnd(text, i);
      continue;
    }
    const closing = closingOf(c);
    if (closing !== 0) stack.push(closing);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i;
    } else if (c === CLOSE_BRACE || c === CLOSE_PAREN || c === CLOSE_BRACKET) return -1;
  }
  return -1;
}

function expressionEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SEMICOLON || c === COMMA || c === NEWLINE || c === CLOSE_PAREN || c === CLOSE_BRACE)
      return i;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === BACKTICK) i = stringEnd(text, i);
    else if (closingOf(c) !== 0) {
      const end = matchingBrace(text, i);
      if (end < 0) return i;
      i = end;
    }
  }
  return text.length;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** The closing quote of the string or template at `at` (a template's `${…}` skipped). */
function stringEnd(text: string, at: number): number {
  const quote = text.charCodeAt(at);
  const length = text.length;
  for (let i = at + 1; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === quote) return i;
    else if (quote === BACKTICK && c === DOLLAR && text.charCodeAt(i + 1) === OPEN_BRACE) {
      const end = matchingBrace(text, i + 1);
      if (end < 0) return length;
      i = end;
    } else if (c === NEWLINE && quote !== BACKTICK) return i;
  }
  return length;
}

/**
 * The name of the module's own `const` an export stands for, from the text:
 * `export const NAME = …`, `export { local as NAME }`, `exports.NAME = local`,
 * `module.exports = { NAME: local }` (or `{ NAME }`). Undefined when none is written.
 */
export function exportedConstantLocal(text: string, name: string): string | undefined {
  const escaped = escapeRegExp(name);
  if (new RegExp(String.raw`\bexport\s+const\s+${escaped}\s*[=:]`).test(text)) return name;
  for (const match of matchesAt(text, EXPORT_LIST, wordStarts(text, 'export')))
    for (const entry of (match[1] ?? '').split(',')) {
      const [local, exported] = entry.split(/\s+as\s+/).map((part) => part.trim());
      if (local && /^[\w$]+$/.test(local) && (exported || local) === name) return local;
    }
  const assigned = new RegExp(
    String.raw`\b(?:module\.)?exports\.${escaped}\s*=(?!=)\s*([\w$]+)\s*[;\n]`,
  ).exec(text);
  if (assigned) return assigned[1];
  for (const match of text.matchAll(/\bmodule\.exports\s*=\s*\{/g))
    for (const [key, local] of objectEntries(text, match.index + match[0].length - 1))
      if (key === name) return local;
  return undefined;
}
