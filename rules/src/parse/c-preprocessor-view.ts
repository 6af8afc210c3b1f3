import { escapeRegExp } from '../text/regexp.js';
import { bracketsBalance, conditionalGroups, type Branch, type Group } from './c-directives.js';
import { branchValues } from './c-condition.js';
import { atLineStartAt, directiveEnd } from '../project/c-lexer.js';

/**
 * Macros no platform connectlint judges for defines (it judges C for FreeBSD,
 * Linux and macOS): a branch that needs one is never compiled there.
 */
const NEVER_DEFINED = /^(_WIN32|_WIN64|WIN32|_MSC_VER|__MINGW32__|__MINGW64__|__cplusplus)$/;

const lookup = (macro: string) => (NEVER_DEFINED.test(macro) ? false : undefined);

/**
 * One consistent view of a C text for tree-sitter, which parses every branch of
 * an `#if` group as if all were compiled. Where a group's branches split
 * brackets (`#ifdef X … } else { … #endif`, a function whose opening line differs
 * per branch), that loses the structure of the rest of the file: connects in
 * later functions are never seen. Such a group keeps one branch — the first whose
 * condition holds (`#if 1`; `#ifndef _WIN32`), or else the first that may hold —
 * and its other branches and its directive lines become spaces. `#if 0` code is
 * never compiled and becomes spaces too. Groups whose branches each balance are
 * left alone: tree-sitter reads them, and every branch is analysed.
 *
 * Only characters other than line breaks change, one space for one UTF-16 code
 * unit: offsets, lines and columns stay the source's, so findings and hovers map
 * back unchanged. A text with nothing to blank is returned as is (the same string).
 */
export function preprocessorView(text: string): string {
  if (!text.includes('#')) return text;
  const spans = blankedSpans(text);
  return spans.length === 0 ? text : blanked(text, spans);
}

/** The spans the view turns to spaces (see `preprocessorView`). */
export function blankedSpans(text: string): [number, number][] {
  const blank: [number, number][] = [];
  // Innermost first: a nested group reduced to one branch may make its outer branch balance.
  const groups = [...conditionalGroups(text)].sort((a, b) => b.depth - a.depth);
  for (const group of groups) reduce(group, text, blank);
  return blank;
}

function reduce(group: Group, text: string, blank: [number, number][]): void {
  // A header's include guard holds the whole file: never worth a bracket count.
  if (isIncludeGuard(group, text)) return;
  const values = branchValues(group.branches, lookup);
  const dead = values.map((value) => value === false);
  // A group inside an expression (`a ||` / `#ifdef WIN32` / `b ||` / `#endif`), or whose
  // branch goes on with an `else` of an if/else-if chain: tree-sitter has no place for a
  // directive there, balanced or not.
  const splits =
    endsOpen(text, group.branches[0]?.directiveStart ?? 0) ||
    group.branches.some(
      (branch) =>
        continuesCode(text, branch.bodyStart, branch.bodyEnd) || endsOpen(text, branch.bodyEnd),
    ) ||
    continuesCode(text, group.endEnd, text.length) ||
    group.branches.some(
      (branch) =>
        !bracketsBalance(text, branch.bodyStart, branch.bodyEnd, blankedWithin(blank, branch)),
    );
  if (!splits) {
    // Balanced: keep every branch, but drop code that is never compiled (`#if 0`).
    group.branches.forEach((branch, index) => {
      if (dead[index] && /^(if|elif)$/.test(branch.kind) && /^0+$/.test(branch.condition))
        blank.push([branch.bodyStart, branch.bodyEnd]);
    });
    return;
  }
  const kept = pick(values);
  for (const [index, branch] of group.branches.entries()) {
    blank.push([branch.directiveStart, branch.directiveEnd]);
    if (index !== kept) blank.push([branch.bodyStart, branch.bodyEnd]);
  }
  blank.push([group.endStart, group.endEnd]);
}

/** The branch to keep: the first that holds, else the first that may; -1 when none can. */
function pick(values: readonly (boolean | undefined)[]): number {
  const holds = values.indexOf(true);
  if (holds >= 0) return holds;
  return values.findIndex((value) => value !== false);
}

/** The spans already blanked inside a branch (its nested groups'), sorted. */
function blankedWithin(blank: readonly [number, number][], branch: Branch): [number, number][] {
  return blank
    .filter(([start, end]) => start >= branch.bodyStart && end <= branch.bodyEnd)
    .sort((a, b) => a[0] - b[0]);
}

/** The text with these spans turned to spaces, line breaks kept. */
export function blanked(text: string, spans: readonly [number, number][]): string {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + text.slice(from, end).replace(/[^\r\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/** `#ifndef X_H` then `#define X_H`, alone in its group. */
function isIncludeGuard(group: Group, text: string): boolean {
  const only = group.branches[0];
  if (group.branches.length !== 1 || only?.kind !== 'ifndef') return false;
  const after = text.slice(only.bodyStart, only.bodyStart + 200);
  return new RegExp(`^\\s*#\\s*define\\s+${escapeRegExp(only.condition)}\\b`).test(after);
}

/**
 * Does the code line before this directive leave its statement open: end with
 * an operator, a comma or an open parenthesis (`SOCK_ERRNO == EINPROGRESS ||`),
 * or with an `else` whose statement follows the group (libpq's `else` before
 * `#endif`)? Blank lines and trailing comments are skipped.
 */
function endsOpen(text: string, directiveStart: number): boolean {
  let end = directiveStart;
  for (let lines = 0; lines < 20 && end > 0; lines++) {
    const start = text.lastIndexOf('\n', end - 2) + 1;
    const line = text
      .slice(start, end)
      .replace(/\/\/.*$|\/\*.*?\*\//g, '')
      .trim();
    end = start;
    if (line === '' || line.startsWith('*') || line.startsWith('/*')) continue;
    if (line.startsWith('#')) return false;
    return /(\|\||&&|[,(|&+\-?:=<>!^]|[^*]\*|\belse)$/.test(line) && !/[;{}]$/.test(line);
  }
  return false;
}

/**
 * Does the code from `start` (comments, blank and directive lines skipped, up to
 * `end`) go on with what came before it: a binary operator, a comma or a closing
 * bracket (`!conn->ssl_in_use` / `#ifdef ENABLE_GSS` / `&& !conn->gssenc`), or the
 * `else` of an if/else-if chain (libpq's `#ifndef WIN32` / `else if (setsockopt(…))`)?
 * A statement never starts so; `*p`, `&x`, `!f()`, `++i`, `-1` may start an expression.
 */
function continuesCode(text: string, start: number, end: number): boolean {
  const code = firstCode(text, start, end);
  return code !== undefined && CONTINUATION.test(text.slice(code, Math.min(end, code + 8)));
}

const CONTINUATION =
  /^(?:else\b|&&|\|\||[=!<>]=|<<|>>|->|[,)\]?^|<>%=]|\/(?![/*])|:(?!:)|\+(?!\+)|-(?![-\d]))/;

/** Where the first code after `start` is: comments, spaces and directive lines skipped. */
function firstCode(text: string, start: number, end: number): number | undefined {
  let at = start;
  while (at < end) {
    const code = text.charCodeAt(at);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) at++;
    else if (text.startsWith('/*', at)) {
      const close = text.indexOf('*/', at + 2);
      at = close < 0 ? end : close + 2;
    } else if (text.startsWith('//', at)) {
      const newline = text.indexOf('\n', at);
      at = newline < 0 ? end : newline + 1;
    } else if (code === 0x23 && atLineStartAt(text, at)) at = directiveEnd(text, at) + 1;
    else return at;
  }
  return undefined;
}
