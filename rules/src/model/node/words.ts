/**
 * Words found in a text by a literal's search. `text.indexOf` is a fast scan in V8; a
 * regular expression that starts with a lookbehind or `\b` (`(?<![\w$])connect(?![\w$])`)
 * is tried at every character of the text, and the Node model and the project index ran
 * several of those over every file (each most of a millisecond over the npm corpus).
 * For one word a literal's search took half the time of such a pattern over the corpus;
 * for the six creators' names, six searches took more than one pattern of the six (whose
 * word start is then checked apart, see `NameIndex.creatorPositions`).
 * The character classes are those of such patterns without the `u` flag: ASCII only.
 */

/** Is the code a character of `[\w$]`: a letter, a digit, `_` or `$` (ASCII)? */
export function isNameCode(code: number): boolean {
  return isWordCode(code) || code === 0x24;
}

/** Is the code a character of `\w`: a letter, a digit or `_` (ASCII)? */
export function isWordCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x5f // _
  );
}

/**
 * Where `word` (made of `[\w$]`) stands as a whole name, in order: what
 * `/(?<![\w$])word(?![\w$])/g` finds (two such never overlap).
 */
export function nameStarts(text: string, word: string): number[] {
  const found: number[] = [];
  const length = word.length;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + length))
    if (!isNameCode(text.charCodeAt(at - 1)) && !isNameCode(text.charCodeAt(at + length)))
      found.push(at);
  return found;
}
