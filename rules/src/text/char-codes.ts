/**
 * Character classes of regular expressions, on one UTF-16 code: the lexers
 * and scanners that step through C text by hand (cheaper than an expression
 * tried at every place) must read `\w` and `\s` exactly as the expressions
 * they stand for.
 */

/** `\w`: ASCII letters, digits and `_`. */
export function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || isDigitCode(code) || code === 95
  );
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `\s`: ASCII spaces, then the Unicode ones (rare in C). */
export function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The names `text` calls: `text.match(/\b[A-Za-z_]\w*(?=\s*\()/g)`, found from
 * each `(` backwards (the identifier before it, spaces between) instead of an
 * expression tried at every identifier, most of which is no call. In the
 * order of their parentheses, which is the order of the names.
 */
export function calledNames(text: string): string[] {
  const names: string[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const end = spacesBefore(text, open);
    const start = nameStart(text, end);
    if (start >= 0) names.push(text.slice(start, end));
  }
  return names;
}

/** Where the spaces from `at` end (`at` itself where there are none). */
export function spacesAfter(text: string, at: number): number {
  let end = at;
  while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
  return end;
}

/** Where the spaces before `at` begin (`at` itself where there are none). */
export function spacesBefore(text: string, at: number): number {
  let start = at;
  while (start > 0 && isSpaceCode(text.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * Where the name that ends at `end` starts, or -1: no word there, or a word
 * that starts with a digit (`1e3(` calls nothing).
 */
export function nameStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return start === end || isDigitCode(text.charCodeAt(start)) ? -1 : start;
}
