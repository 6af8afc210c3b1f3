import type { ChangedSpan } from './tree-changes.js';

/** Spans of a text, `[start, end)`, as the preprocessor view blanks them (they may nest). */
export type Spans = readonly (readonly [number, number])[];

/**
 * Where the blanking of two views of a text differs, in the new text's
 * offsets: the old view's spans moved by the edits made since (`changes`, in
 * the new text's offsets, sorted, as `tree-changes.ts` composes them), against
 * the new view's spans. Outside the edits and these spans both views give the
 * same characters; inside an edit tree-sitter reads the text again anyway. An
 * old span's edge inside an edit moves to that edit's edge on the same side.
 * Sorted, disjoint.
 */
export function viewDifferences(
  oldSpans: Spans,
  newSpans: Spans,
  changes: readonly ChangedSpan[],
): [number, number][] {
  const edits = oldEdits(changes);
  const moved = oldSpans.map(
    ([start, end]) => [moveOffset(start, edits, 'start'), moveOffset(end, edits, 'end')] as const,
  );
  return exclusive(covered(moved), covered(newSpans));
}

/** An edit in the old text's offsets, with where it is in the new text. */
interface OldEdit {
  start: number;
  end: number;
  newStart: number;
  newEnd: number;
}

function oldEdits(changes: readonly ChangedSpan[]): OldEdit[] {
  // Each change is shifted in the new text by those before it.
  let shift = 0;
  return changes.map((change) => {
    const edit = {
      start: change.start - shift,
      end: change.end - change.delta - shift,
      newStart: change.start,
      newEnd: change.end,
    };
    shift += change.delta;
    return edit;
  });
}

function moveOffset(offset: number, edits: readonly OldEdit[], side: 'start' | 'end'): number {
  let shift = 0;
  for (const edit of edits) {
    if (offset < edit.start) break;
    if (offset <= edit.end) return side === 'start' ? edit.newStart : edit.newEnd;
    shift = edit.newEnd - edit.end;
  }
  return offset + shift;
}

/** The union of spans: sorted, disjoint, none empty. */
function covered(spans: Spans): [number, number][] {
  const sorted = spans.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** What one of two unions covers and the other does not. */
function exclusive(
  a: readonly [number, number][],
  b: readonly [number, number][],
): [number, number][] {
  const edges = [...a, ...b].flatMap(([start, end]) => [start, end]).sort((x, y) => x - y);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [from, to] = [edges[i] as number, edges[i + 1] as number];
    if (from === to || covers(a, from) === covers(b, from)) continue;
    const last = out[out.length - 1];
    if (last && last[1] === from) last[1] = to;
    else out.push([from, to]);
  }
  return out;
}

/** Does one of the sorted, disjoint spans hold `at`? */
function covers(spans: readonly [number, number][], at: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [start, end] = spans[mid] as [number, number];
    if (at < start) high = mid - 1;
    else if (at >= end) low = mid + 1;
    else return true;
  }
  return false;
}
