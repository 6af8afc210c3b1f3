import type { FindingFix } from '../engine/finding.js';

/** A fix as one span of the text: the edits of a fix are applied together or not at all. */
interface Span {
  start: number;
  end: number;
  fix: FindingFix;
}

/**
 * Applies fixes that do not overlap, as ESLint's source code fixer does: in text
 * order, a fix whose span (from its first edit's start to its last edit's end)
 * begins at or before the end of the last one applied waits for the next pass,
 * when the text has been linted again. Offsets are UTF-16 indices into `text`.
 */
export function applyFixes(
  text: string,
  fixes: readonly FindingFix[],
): { text: string; applied: FindingFix[] } {
  const spans: Span[] = fixes
    .filter((fix) => fix.edits.length > 0)
    .map((fix) => ({
      start: Math.min(...fix.edits.map((edit) => edit.location.start.offset)),
      end: Math.max(...fix.edits.map((edit) => edit.location.end.offset)),
      fix,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Span[] = [];
  let last = -1;
  for (const span of spans) {
    if (span.start <= last) continue;
    chosen.push(span);
    last = span.end;
  }
  const edits = chosen
    .flatMap((span) => span.fix.edits)
    .map((edit) => ({
      start: edit.location.start.offset,
      end: edit.location.end.offset,
      text: edit.text,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += text.slice(at);
  return { text: out, applied: chosen.map((span) => span.fix) };
}
