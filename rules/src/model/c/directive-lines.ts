/**
 * Where the lines that start with `#` (after spaces and tabs) start: the only
 * places `^[ \t]*#…` of a multiline expression can match. Found from each `#`
 * (a native search) instead of trying an expression at every line of the file:
 * the same places, where `^` is after any line terminator, as in `/…/m`.
 */
export function directiveLines(text: string): number[] {
  const starts: number[] = [];
  for (let hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
    let start = hash;
    while (start > 0 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9))
      start--;
    if (start === 0 || LINE_TERMINATOR.has(text.charCodeAt(start - 1))) starts.push(start);
  }
  return starts;
}

/** `\n`, `\r`, U+2028, U+2029: where `^` of a multiline expression may match after. */
const LINE_TERMINATOR = new Set([10, 13, 0x2028, 0x2029]);
