import { isSpaceCode } from '../../text/char-codes.js';

/**
 * May the name at `start` be read as `prefix.name` with blanks dropped (`this.sock` of
 * `this . sock`), as `NameIndex.named` reads a member? Only if the text before it, blanks
 * dropped, ends with `prefix.`: the member's own text holds those characters. A mention
 * the text turns down gets no syntax node (each costs a descent in the parser and an
 * object the collector frees): `opts.sock` and `other.sock` are not `this.sock`.
 */
export function mayFollowPrefix(text: string, start: number, prefix: string): boolean {
  let at = start - 1;
  // `.`, then the prefix, read backwards.
  for (let i = prefix.length; i >= 0; i--) {
    while (at >= 0 && isSpaceCode(text.charCodeAt(at))) at--;
    const expected = i === prefix.length ? 0x2e : prefix.charCodeAt(i);
    if (at < 0 || text.charCodeAt(at) !== expected) return false;
    at--;
  }
  return true;
}
