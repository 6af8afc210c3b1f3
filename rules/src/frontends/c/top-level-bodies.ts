import { directiveEnd } from '../../project/c-lexer.js';
import { literalEnd } from '../../parse/c-directives.js';
import { nameStart, spacesBefore } from '../../text/char-codes.js';

/** A top-level `{`…`}` that follows a `)`: a function's body, as tree-sitter will read it. */
export interface TopLevelBody {
  /** The `{`. */
  open: number;
  /** The matching `}`. */
  close: number;
  /** The name before the parameter list, when there is one. */
  name?: string;
}

const NL = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const HASH = 35;
const QUOTE = 34;
const APOSTROPHE = 39;
const SLASH = 47;
const STAR = 42;
const BACKSLASH = 92;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** What a body's scan stops at: braces, literals, comments and line breaks (for directives). */
const INSIDE = /[{}"'/\n]/g;

/** Words that take a parenthesised list after a declarator and name no function. */
const NOT_A_NAME = new Set([
  '__attribute__',
  '__attribute',
  '__declspec',
  '__asm__',
  '__asm',
  'asm',
]);

/**
 * The top-level function bodies of a C text (the preprocessor view the parser
 * reads: its split `#if` groups are already one branch): each `{` at brace depth
 * 0 whose last code before it is a `)`, with its matching `}`. Braces are
 * matched outside comments, string and character literals and directive lines
 * (`#define BEGIN {`). Undefined when the braces do not balance: a text the
 * parser will have to recover from is read whole.
 */
export function topLevelBodies(text: string): TopLevelBody[] | undefined {
  const bodies: TopLevelBody[] = [];
  const length = text.length;
  let depth = 0;
  let parens = 0;
  // At depth 0: the last code character, and where the last parenthesised group opened.
  let last = 0;
  let groupOpen = -1;
  let lastGroupOpen = -1;
  let body: TopLevelBody | undefined;
  let lineStart = true;
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at);
    if (code === NL) {
      lineStart = true;
      continue;
    }
    if (code === SPACE || code === TAB || code === CR || code === 12 || code === 11) continue;
    if (code === HASH && lineStart) {
      at = directiveEnd(text, at) - 1;
      continue;
    }
    lineStart = false;
    if (code === SLASH && text.charCodeAt(at + 1) === SLASH) {
      at = lineCommentEnd(text, at) - 1;
      continue;
    }
    if (code === SLASH && text.charCodeAt(at + 1) === STAR) {
      const end = text.indexOf('*/', at + 2);
      if (end < 0) return undefined;
      at = end + 1;
      continue;
    }
    if (code === QUOTE || code === APOSTROPHE) {
      // Its closing quote; an unterminated one ends before its line's break.
      const close = literalEnd(text, at, length);
      at = text.charCodeAt(close) === NL ? close - 1 : close;
      if (depth === 0) last = code;
      continue;
    }
    if (depth > 0) {
      if (code === OPEN_BRACE) depth++;
      else if (code === CLOSE_BRACE) {
        if (--depth === 0) {
          if (body) bodies.push({ ...body, close: at });
          body = undefined;
          last = code;
        }
      } else {
        // Inside a body only braces, literals, comments and line starts count: on to the
        // next of those in the engine's native code (four fifths of a file are bodies).
        INSIDE.lastIndex = at + 1;
        at = (INSIDE.exec(text)?.index ?? length) - 1;
      }
      continue;
    }
    if (code === OPEN_PAREN) {
      if (parens++ === 0) groupOpen = at;
    } else if (code === CLOSE_PAREN) {
      if (parens > 0 && --parens === 0) lastGroupOpen = groupOpen;
    } else if (code === OPEN_BRACE) {
      depth = 1;
      if (last === CLOSE_PAREN && parens === 0) {
        body = { open: at, close: -1 };
        const name = nameBefore(text, lastGroupOpen);
        if (name !== undefined) body.name = name;
      }
    } else if (code === CLOSE_BRACE) {
      return undefined;
    }
    last = code;
  }
  return depth === 0 ? bodies : undefined;
}

function nameBefore(text: string, open: number): string | undefined {
  if (open < 0) return undefined;
  const end = spacesBefore(text, open);
  const start = nameStart(text, end);
  if (start < 0) return undefined;
  const name = text.slice(start, end);
  return NOT_A_NAME.has(name) ? undefined : name;
}

/** The line break that ends a `//` comment (one ending in `\` goes on to the next line). */
function lineCommentEnd(text: string, from: number): number {
  let end = text.indexOf('\n', from);
  while (end > 0) {
    let before = end - 1;
    if (text.charCodeAt(before) === CR) before--;
    if (text.charCodeAt(before) !== BACKSLASH) return end;
    end = text.indexOf('\n', end + 1);
  }
  return text.length;
}
