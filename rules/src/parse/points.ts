import type { Point } from './syntax.js';

/**
 * tree-sitter's points of offsets of `text` (row by `\n`, column in UTF-16
 * units, as the faces edit trees), asked in increasing order: the text is read
 * once, up to the last offset asked.
 */
export function pointsAlong(text: string): (offset: number) => Point {
  let row = 0;
  let lineStart = 0;
  let counted = 0;
  return (offset) => {
    for (
      let nl = text.indexOf('\n', counted);
      nl >= 0 && nl < offset;
      nl = text.indexOf('\n', nl + 1)
    ) {
      row++;
      lineStart = nl + 1;
    }
    counted = Math.max(counted, offset);
    return { row, column: offset - lineStart };
  };
}
