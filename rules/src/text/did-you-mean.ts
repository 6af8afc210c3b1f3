/**
 * `ignore` for `ignores`, `unchecked-returns` for `unchecked-return`: the known
 * name nearest to a misspelt one, when it is near enough to be the one meant
 * (at most a third of its letters edited, or one a prefix of the other).
 */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  const lower = name.toLowerCase();
  const near =
    best.distance <= Math.max(1, Math.floor(best.candidate.length / 3)) ||
    best.candidate.toLowerCase().startsWith(lower) ||
    lower.startsWith(best.candidate.toLowerCase());
  return near && best.distance > 0 ? best.candidate : undefined;
}

/** The suffix of an "unknown X" message: ` (did you mean 'ignores'?)`, or nothing. */
export function suggestion(name: string, known: readonly string[]): string {
  const nearest = didYouMean(name, known);
  return nearest === undefined ? '' : ` (did you mean '${nearest}'?)`;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(
        Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}
