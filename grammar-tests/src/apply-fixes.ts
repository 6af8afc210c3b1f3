import type { Finding } from 'connectlint';

/**
 * Applies the first quick fix of every finding to `text`, as an editor would one
 * after another; a fix that overlaps one already applied is left out.
 */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const edits = findings
    .flatMap((finding) => finding.fixes.slice(0, 1))
    .flatMap((fix) =>
      fix.edits.map((edit) => ({
        start: edit.location.start.offset,
        end: edit.location.end.offset,
        text: edit.text,
      })),
    )
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let floor = Infinity;
  for (const edit of edits) {
    if (edit.end > floor) continue;
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    floor = edit.start;
  }
  return result;
}
