import { cppFunctionName, cppScopeOf, withoutCppTrailers, type CppScope } from './cpp-outline.js';

/**
 * A one-pass reader of a C file's outline, for the project index: its macro
 * definitions, its `#include "…"` lines, its top-level function definitions
 * (name, parameters, `static`, header, body) and its prototypes. No tree-sitter:
 * the index reads every C file of a project, most of which never call connect,
 * and a full parse of all of them would cost more than the whole analysis (see
 * `bench/RESULTS.md`). What it reads is what a declaration or a definition looks
 * like at the top level; anything it cannot read is left out, and a function
 * the index does not know keeps the analysis's single-file behaviour.
 *
 * Comments are dropped and string literals kept as `""` (their bytes are never a
 * fact); of each `#if` group only the first branch counts for the braces, so
 * `#ifdef X … { #else … { #endif` does not shift the rest of the file.
 */

export interface LexedMacro {
  name: string;
  /** Parameter names of a function-like macro; undefined for an object-like one. */
  params?: string[];
  /** The replacement text, comments dropped, continuations joined. */
  value: string;
  line: number;
}

export interface LexedFunction {
  name: string;
  params: string[];
  isStatic: boolean;
  /** The declaration before the body: return type, attributes, name, parameters. */
  header: string;
  /** The body without its outer braces, comments dropped and strings emptied. */
  body: string;
  /** 1-based line of the name. */
  line: number;
}

export interface LexedPrototype {
  name: string;
  header: string;
}

export interface LexOptions {
  /** C++ (`cpp-outline.ts`): namespaces and classes are stepped into, members named `Class::member`. */
  cpp?: boolean;
}

export interface LexedFile {
  macros: LexedMacro[];
  /** `#include "x.h"` targets (not `<…>`: those are the system's). */
  includes: string[];
  functions: LexedFunction[];
  prototypes: LexedPrototype[];
}

const NL = 10;
const SLASH = 47;
const STAR = 42;
const QUOTE = 34;
const APOSTROPHE = 39;
const BACKSLASH = 92;
const HASH = 35;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

export function lexC(text: string, options: LexOptions = {}): LexedFile {
  const out: LexedFile = { macros: [], includes: [], functions: [], prototypes: [] };
  const length = text.length;
  // Code of the current top-level statement (or of the current body), comments dropped.
  let chunk = '';
  let chunkFrom = 0;
  let line = 1;
  let depth = 0;
  // Where the current top-level statement's text started being collected.
  let header = '';
  let bodyOf: { header: string; line: number } | undefined;
  // The braces stepped into at the top level (`extern "C" {`, C++'s namespaces and classes).
  const scopes: (CppScope | undefined)[] = [];
  const className = () => scopes.findLast((scope) => scope?.className)?.className;
  // Depth at each open `#if`, and at the end of its first branch once an #else is met.
  const conditionals: { depth: number; firstEnd?: number }[] = [];

  const flush = (to: number) => {
    if (to > chunkFrom) chunk += text.slice(chunkFrom, to);
  };
  const take = (): string => {
    const taken = chunk;
    chunk = '';
    return taken;
  };

  // Lines are counted only when asked (a definition's line), from the last place counted.
  let counted = 0;
  const lineAt = (position: number): number => {
    for (let n = text.indexOf('\n', counted); n >= 0 && n < position; n = text.indexOf('\n', n + 1))
      line++;
    counted = Math.max(counted, position);
    return line;
  };
  // Only these characters change the lexer's state: it jumps from one to the next.
  // In a body a `;` changes nothing: it is not looked for there.
  const atTop = /[/"'{};#]/g;
  const inBody = /[/"'{}#]/g;
  let i = 0;
  while (i < length) {
    const special = depth > 0 ? inBody : atTop;
    special.lastIndex = i;
    const found = special.exec(text);
    if (!found) break;
    i = found.index;
    const c = text.charCodeAt(i);
    if (c === HASH) {
      if (!atLineStartAt(text, i)) {
        i++;
        continue;
      }
      flush(i);
      const end = directiveEnd(text, i);
      const directive = directiveText(text, i, end);
      handleDirective(directive.trim(), lineAt(end));
      i = end;
      chunkFrom = i;
      continue;
    }
    if (c === SLASH) {
      const next = text.charCodeAt(i + 1);
      if (next === SLASH) {
        flush(i);
        let end = text.indexOf('\n', i);
        if (end < 0) end = length;
        i = end;
        chunkFrom = i;
        chunk += ' ';
        continue;
      }
      if (next === STAR) {
        flush(i);
        let end = text.indexOf('*/', i + 2);
        end = end < 0 ? length : end + 2;
        i = end;
        chunkFrom = i;
        chunk += ' ';
        continue;
      }
      i++;
      continue;
    }
    if (c === QUOTE || c === APOSTROPHE) {
      flush(i);
      let j = i + 1;
      while (j < length) {
        const d = text.charCodeAt(j);
        if (d === BACKSLASH) j += 2;
        else if (d === c || d === NL) break;
        else j++;
      }
      // Keep a character constant's text (`'\0'` says nothing, but `'/'` may): only strings are emptied.
      chunk += c === QUOTE ? '""' : text.slice(i, Math.min(j + 1, length));
      i = Math.min(j + 1, length);
      chunkFrom = i;
      continue;
    }
    if (c === OPEN_BRACE) {
      if (depth > 0) {
        // A brace inside a body stays in the body's text as it is: no copy made here.
        depth++;
        i++;
        continue;
      }
      flush(i);
      header += take();
      const scope = options.cpp ? cppScopeOf(header) : undefined;
      if (scope || /\bextern\s*""\s*$/.test(header)) {
        // `extern "C" {`, a namespace, a class: its contents are top level.
        scopes.push(scope);
        header = '';
        i++;
        chunkFrom = i;
        continue;
      }
      bodyOf = { header, line: lineAt(i) };
      header = '';
      depth++;
      i++;
      chunkFrom = i;
      continue;
    }
    if (c === CLOSE_BRACE) {
      if (depth > 1) {
        depth--;
        i++;
        continue;
      }
      flush(i);
      if (depth === 0) {
        // The `}` of an `extern "C" {` (a namespace, a class), or one too many: a new statement starts.
        scopes.pop();
        take();
        header = '';
      } else {
        const body = take();
        if (bodyOf) addDefinition(bodyOf.header, body, bodyOf.line);
        bodyOf = undefined;
        header = '';
        depth = 0;
      }
      i++;
      chunkFrom = i;
      continue;
    }
    // A `;`: the end of a top-level declaration (inside a body, nothing).
    if (depth === 0) {
      flush(i);
      const statement = header + take();
      header = '';
      addPrototype(statement);
      chunkFrom = i + 1;
    }
    i++;
  }
  flush(length);
  return out;

  function handleDirective(directive: string, lineAfter: number): void {
    const match = /^(\w+)\s*([\s\S]*)$/.exec(directive);
    if (!match) return;
    const [, keyword, rest = ''] = match;
    switch (keyword) {
      case 'define': {
        const macro = defineOf(rest, lineAfter);
        if (macro) out.macros.push(macro);
        return;
      }
      case 'include': {
        const target = /^"([^"]+)"/.exec(rest);
        if (target?.[1]) out.includes.push(target[1]);
        return;
      }
      case 'if':
      case 'ifdef':
      case 'ifndef':
        conditionals.push({ depth });
        return;
      case 'elif':
      case 'elifdef':
      case 'elifndef':
      case 'else': {
        const open = conditionals[conditionals.length - 1];
        if (!open) return;
        open.firstEnd ??= depth;
        if (depth !== open.depth) {
          // The first branch opened or closed a brace the others repeat: read on as if in it.
          depth = open.depth;
          resetBody();
        }
        return;
      }
      case 'endif': {
        const open = conditionals.pop();
        if (open?.firstEnd !== undefined && depth !== open.firstEnd) {
          depth = open.firstEnd;
          resetBody();
        }
        return;
      }
      default:
        return;
    }
  }

  /** After a depth correction: the body being read is no longer one function's. */
  function resetBody(): void {
    if (depth === 0) {
      take();
      header = '';
      bodyOf = undefined;
    }
  }

  /** `braceLine`: the line of the body's `{`; the name is as many lines above as the header has after it. */
  function addDefinition(header: string, body: string, braceLine: number): void {
    const head = header.trimStart();
    const signature = signatureOf(head.trimEnd(), options.cpp);
    if (!signature) return;
    const line = braceLine - (head.slice(signature.at).match(/\n/g)?.length ?? 0);
    const before = head.slice(0, signature.at);
    const owner = options.cpp ? className() : undefined;
    out.functions.push({
      name: options.cpp ? cppFunctionName(signature.name, before, owner) : signature.name,
      params: signature.params,
      // A class's `static` member is seen from every file.
      isStatic: !owner && /\bstatic\b/.test(before),
      header: head.trim(),
      body,
      line,
    });
  }

  function addPrototype(statement: string): void {
    const head = statement.trim();
    if (!head.includes('(') || /^(typedef|struct|union|enum)\b/.test(head)) return;
    const signature = signatureOf(head, options.cpp);
    if (!signature) return;
    const name = options.cpp
      ? cppFunctionName(signature.name, head.slice(0, signature.at), className())
      : signature.name;
    out.prototypes.push({ name, header: head });
  }
}

const NOT_FUNCTION_NAMES = new Set([
  '__attribute__',
  '__attribute',
  '__declspec',
  '_Alignas',
  'alignas',
  '__asm__',
  '__asm',
  'asm',
  'sizeof',
  'typeof',
  '__typeof__',
  'if',
  'while',
  'for',
  'switch',
  'return',
]);

/**
 * The name and parameter names of a declaration's header: the identifier before
 * the first top-level parenthesis that is not an attribute, and the last
 * identifier of each parameter. A header that does not end with its parameter
 * list (or attributes after it) is no function: `struct s`, `int x[] =`.
 */
export function signatureOf(
  header: string,
  cpp = false,
): { name: string; params: string[]; at: number } | undefined {
  if (/=\s*$/.test(header) || /^(struct|union|enum)\b[^(]*$/.test(header)) return undefined;
  const groups = /([A-Za-z_]\w*)\s*\(/g;
  for (let match = groups.exec(header); match; match = groups.exec(header)) {
    const name = match[1] as string;
    const open = match.index + match[0].length - 1;
    const close = matchingParen(header, open);
    if (close < 0) return undefined;
    if (NOT_FUNCTION_NAMES.has(name)) {
      groups.lastIndex = close + 1;
      continue;
    }
    // After the parameters: attributes, `const` of K&R-less C, nothing else.
    // (Removed one kind at a time: one regular expression with all of them nested
    // backtracks exponentially over a long upper-case name.)
    const after = (cpp ? withoutCppTrailers(header.slice(close + 1)) : header.slice(close + 1))
      .replace(/__attribute__\s*\(\([^;]*?\)\)/g, ' ')
      .replace(/\[\[[^\]]*\]\]/g, ' ')
      .replace(/\b[A-Z_][A-Z0-9_]*\b(\s*\([^()]*\))?/g, ' ');
    if (!/^\s*$/.test(after)) return undefined;
    return { name, params: paramNames(header.slice(open + 1, close)), at: match.index };
  }
  return undefined;
}

function paramNames(list: string): string[] {
  const trimmed = list.trim();
  if (trimmed === '' || trimmed === 'void') return [];
  return splitTopLevel(trimmed).map((param) => {
    // `int (*cb)(int)` names cb; `char *p`, `const char p[]` name p; `...` names nothing.
    const pointer = /\(\s*\*\s*([A-Za-z_]\w*)\s*\)/.exec(param);
    if (pointer?.[1]) return pointer[1];
    const words = param.replace(/\[[^\]]*\]/g, '').match(/[A-Za-z_]\w*/g) ?? [];
    return words.length > 1 ? (words[words.length - 1] as string) : '';
  });
}

/** Splits at commas outside parentheses, brackets and braces. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let level = 0;
  let from = 0;
  // Character codes, not one-character strings: this runs over every call's arguments.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_PAREN || c === OPEN_BRACKET || c === OPEN_BRACE) level++;
    else if (c === CLOSE_PAREN || c === CLOSE_BRACKET || c === CLOSE_BRACE) level--;
    else if (c === COMMA && level === 0) {
      parts.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  parts.push(text.slice(from).trim());
  return parts;
}

export function matchingParen(text: string, open: number): number {
  let level = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_PAREN) level++;
    else if (c === CLOSE_PAREN && --level === 0) return i;
  }
  return -1;
}

/** A `#define`'s macro from the directive's text after `define` (comments dropped, lines joined). */
export function defineOf(rest: string, line: number): LexedMacro | undefined {
  const define = /^([A-Za-z_]\w*)(\(([^)]*)\))?\s*([\s\S]*)$/.exec(rest);
  if (!define) return undefined;
  const [, name = '', , params, value = ''] = define;
  return {
    name,
    ...(params !== undefined
      ? {
          params: params
            .split(',')
            .map((param) => param.trim())
            .filter(Boolean),
        }
      : {}),
    value: value.trim(),
    line,
  };
}

/** A directive's text as the lexer reads it: from after the `#` to `end`, comments dropped, lines joined. */
export function directiveText(text: string, hash: number, end: number): string {
  return stripComments(text.slice(hash + 1, end)).replace(/\\\r?\n/g, ' ');
}

/** Is the `#` at `at` the first thing on its line (a directive)? */
export function atLineStartAt(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === NL) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** A directive runs to the end of its line, continuations included (and a block comment's lines). */
export function directiveEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      let back = i - 1;
      if (text.charCodeAt(back) === 13) back--;
      if (text.charCodeAt(back) === BACKSLASH) {
        i++;
        continue;
      }
      return i;
    }
    if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      continue;
    }
    i++;
  }
  return i;
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ' ');
}
