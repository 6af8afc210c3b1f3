import type { DigestCopy } from './types.js';

/** Copy helpers are small: longer bodies are not searched for a copy loop. */
const LOOP_BODY_LIMIT = 600;

/**
 * A string copy written by hand, as a project's own strlcpy is (squid's
 * `xstrncpy`, many a `safe_strcpy`): a loop bounded by a size parameter that
 * copies one parameter's characters into another's buffer (`*dst++ = *src++`,
 * `*dst = *src`, `dst[i] = src[i]`), then terminates it (`*dst = '\0'`). It
 * stops at the bound without a word: a silent truncating copier, unless it
 * returns something other than the destination (a length, a flag), which
 * hands truncation to the caller. A loop with no terminator after it is left
 * out (a copy that may leave the buffer unterminated is another fact).
 */
export function loopCopyOf(
  params: readonly string[],
  body: string,
  returned: readonly { text: string }[],
): DigestCopy | undefined {
  if (body.length > LOOP_BODY_LIMIT || params.length < 3) return undefined;
  const index = (name: string | undefined) =>
    name === undefined || name === '' ? -1 : params.indexOf(name);
  // `char *r = dst;` keeps the destination to return it.
  const aliases = new Map<string, string>();
  for (const match of body.matchAll(/\b([A-Za-z_]\w*)\s*=\s*([A-Za-z_]\w*)\s*;/g))
    aliases.set(match[1] as string, match[2] as string);
  const copy =
    /\*\s*([A-Za-z_]\w*)\s*(?:\+\+)?\s*=\s*\*\s*([A-Za-z_]\w*)\s*(?:\+\+)?\s*;/.exec(body) ??
    /\b([A-Za-z_]\w*)\s*\[\s*(\w+)\s*\]\s*=\s*([A-Za-z_]\w*)\s*\[\s*\2\s*\]\s*;/.exec(body);
  if (!copy) return undefined;
  const dest = copy[1] as string;
  const source = (copy.length === 4 ? copy[3] : copy[2]) as string;
  const destIndex = index(dest);
  const sourceIndex = index(source);
  if (destIndex < 0 || sourceIndex < 0 || destIndex === sourceIndex) return undefined;
  // The loop holding the copy, and the size parameter its condition counts with.
  const loop = /\b(while|for)\s*\(([^{};]*(?:;[^{};]*;[^{}]*)?)\)/g;
  let size = -1;
  for (const match of body.matchAll(loop)) {
    if ((match.index ?? 0) > copy.index) break;
    for (const word of (match[2] ?? '').match(/[A-Za-z_]\w*/g) ?? []) {
      const at = index(word);
      if (at >= 0 && at !== destIndex && at !== sourceIndex) size = at;
    }
  }
  if (size < 0) return undefined;
  const terminated = new RegExp(
    `(?:\\*\\s*${dest}|\\b${dest}\\s*\\[[^\\]]*\\])\\s*=\\s*(?:'\\\\0'|0)\\s*;`,
  ).test(body.slice(copy.index + copy[0].length));
  if (!terminated) return undefined;
  const isDest = (text: string) => {
    const value = text.trim();
    return value === dest || aliases.get(value) === dest;
  };
  return {
    via: 'loop',
    dest: destIndex,
    source: sourceIndex,
    size,
    unbounded: false,
    tells: returned.some((expression) => !isDest(expression.text)),
  };
}
