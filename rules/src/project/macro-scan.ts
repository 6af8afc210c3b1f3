import { atLineStartAt, defineOf, directiveEnd, directiveText } from './c-lexer.js';
import { mayMatterAsMacro } from './c-digest.js';
import type { MacroDigest } from './types.js';

/**
 * The macros a C file defines that a rule may read (`mayMatterAsMacro`: a
 * path constant, errno and its tests, what does not return), read from its
 * `#define` lines alone — as the lexer reads them, without lexing the rest.
 *
 * Every file of a project may define a macro another file uses: a header that
 * `#include <proj/log.h>` reaches (an include the index does not follow), or
 * one no include names. The language server digests every file of its
 * workspace and so knows all of them; the CLI and ESLint digest only the files
 * the analysis reaches, and read the others' macros here, so that the three
 * faces judge a file by the same macros. A `#define` inside a block comment is
 * passed over, as the lexer passes it over (the comment's opening looked for
 * outside strings and `//` comments on its line; a test holds the two readings
 * equal, and they are for every C and C++ file of the corpora).
 */
export function definedMacros(text: string): MacroDigest[] {
  if (!text.includes('define')) return [];
  const macros: MacroDigest[] = [];
  let line = 1;
  let counted = 0;
  const comments = new CommentCursor(text);
  for (let at = text.indexOf('define'); at >= 0; at = text.indexOf('define', at + 6)) {
    const hash = hashBefore(text, at);
    if (hash < 0 || !atLineStartAt(text, hash)) continue;
    const end = directiveEnd(text, hash);
    // Most macros are none a rule reads: passed over on their raw text (comments and all).
    if (!MAY_MATTER.test(text.slice(at + 6, end)) || comments.inBlockComment(hash)) continue;
    const directive = directiveText(text, hash, end).trim();
    const match = /^define\b\s*([\s\S]*)$/.exec(directive);
    if (!match) continue;
    // The lexer's line: the one the directive ends on.
    for (let nl = text.indexOf('\n', counted); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1))
      line++;
    counted = Math.max(counted, end);
    const macro = defineOf(match[1] ?? '', line);
    if (macro && mayMatterAsMacro(macro)) macros.push(macro);
    at = Math.max(at, end - 6);
  }
  return macros;
}

/** A superset of `mayMatterAsMacro`'s test, on a directive's raw text. */
const MAY_MATTER = /"|errno|E[A-Z]{3}|exit|abort|noreturn|Noreturn|connect|socket|sun_path/;

/** The `#` of `#  define` before `at`, or -1. */
function hashBefore(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return text.charCodeAt(k) === 35 /* # */ ? k : -1;
}

/**
 * Is a place inside a block comment: after a comment's opening with no closing
 * since. An opening inside a string or after a `//` on its line opens none.
 * Asked at places in increasing order (a file's `#define`s), it reads the
 * openings and closings forwards once: a backward search from each place
 * went back over the whole file wherever there was no comment near (most of
 * the scan's time, in a tree's headers).
 */
class CommentCursor {
  /** The last closing (`*\/`) at or before the last place asked, and the next one after it. */
  private closed = -1;
  private nextClose: number;
  /** The openings after `closed` up to the last place asked, and the next one after them. */
  private opens: number[] = [];
  private nextOpen: number;

  constructor(private readonly text: string) {
    this.nextClose = text.indexOf('*/');
    this.nextOpen = text.indexOf('/*');
  }

  inBlockComment(at: number): boolean {
    const text = this.text;
    while (this.nextClose >= 0 && this.nextClose <= at) {
      this.closed = this.nextClose;
      this.nextClose = text.indexOf('*/', this.nextClose + 1);
    }
    while (this.nextOpen >= 0 && this.nextOpen <= at) {
      this.opens.push(this.nextOpen);
      this.nextOpen = text.indexOf('/*', this.nextOpen + 1);
    }
    const closed = this.closed;
    if (this.opens.length > 0 && (this.opens[0] as number) <= closed)
      this.opens = this.opens.filter((open) => open > closed);
    // The last opening first, as a backward search finds them.
    for (let k = this.opens.length - 1; k >= 0; k--)
      if (opensComment(text, this.opens[k] as number)) return true;
    return false;
  }
}

/** Is the `/*` at `open` outside a string and a line comment (read from its line's start)? */
function opensComment(text: string, open: number): boolean {
  let quoted: number | undefined;
  for (let k = text.lastIndexOf('\n', open - 1) + 1; k < open; k++) {
    const c = text.charCodeAt(k);
    if (quoted !== undefined) {
      if (c === 92 /* \\ */) k++;
      else if (c === quoted) quoted = undefined;
    } else if (c === 34 /* " */ || c === 39 /* ' */) quoted = c;
    else if (c === 47 /* / */ && text.charCodeAt(k + 1) === 47) return false;
  }
  return quoted === undefined;
}

/**
 * `definedMacros` of a file's bytes, read as Latin-1 (most files of a tree are
 * ASCII, and a survey reads every one); a macro whose text is not ASCII is
 * read again from the UTF-8 text, as the lexer reads it.
 */
export function definedMacrosOf(latin1: string, bytes: Buffer): MacroDigest[] {
  const macros = definedMacros(latin1);
  return macros.some((macro) => /[^ -~\s]/.test(macro.value))
    ? definedMacros(bytes.toString('utf8'))
    : macros;
}
