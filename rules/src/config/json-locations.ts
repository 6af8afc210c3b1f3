import { LineIndex } from '../text/positions.js';

/** A place in a JSON document: object keys and array indexes from the root. */
export type JsonPath = readonly (string | number)[];

/**
 * Where each value of a valid JSON text starts, by path (an object member by
 * its key's quote, so that a message points at the name a user typed): for
 * config errors with a line and a column. JSON.parse has already accepted the
 * text; this scanner only walks it.
 */
export function jsonLocations(text: string): Map<string, number> {
  const found = new Map<string, number>();
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at] as string)) at++;
  };
  const readString = (): string => {
    const start = at;
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const value = (path: (string | number)[], start: number): void => {
    skipSpace();
    found.set(key(path), start < 0 ? at : start);
    const char = text[at];
    if (char === '{') {
      at++;
      for (skipSpace(); text[at] !== '}' && at < text.length; skipSpace()) {
        if (text[at] === ',') at++;
        skipSpace();
        const keyStart = at;
        const name = readString();
        skipSpace();
        at++; // ':'
        value([...path, name], keyStart);
      }
      at++;
    } else if (char === '[') {
      at++;
      for (let index = 0; ; index++) {
        skipSpace();
        if (text[at] === ']' || at >= text.length) break;
        if (text[at] === ',') at++;
        value([...path, index], -1);
      }
      at++;
    } else if (char === '"') readString();
    else while (at < text.length && !/[\s,\]}]/.test(text[at] as string)) at++;
  };
  value([], -1);
  return found;
}

function key(path: JsonPath): string {
  return JSON.stringify(path);
}

/** `line:column` (1-based) of the deepest part of `path` found in `text`. */
export function jsonPosition(text: string, path: JsonPath): { line: number; column: number } {
  const locations = jsonLocations(text);
  let offset = 0;
  for (let length = path.length; length >= 0; length--) {
    const found = locations.get(key(path.slice(0, length)));
    if (found !== undefined) {
      offset = found;
      break;
    }
  }
  return offsetPosition(text, offset);
}

/** `line:column` (1-based) of a UTF-16 offset. */
export function offsetPosition(text: string, offset: number): { line: number; column: number } {
  const { line, column } = new LineIndex(text).position(offset);
  return { line, column };
}
