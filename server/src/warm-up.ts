import { FRONT_ENDS, analyzeText, defaultSettings, type ParserBackend } from 'connectlint';

/**
 * Snippets that make the engine compile every query it uses for a language,
 * from each front end (calls, facts, comments, sun_path writes; the Node front
 * end's modules and calls). A query is compiled on first use, and with the wasm
 * parser that is ~100 ms for C: done while the editor is still opening the
 * file, not when it asks for the first diagnostics. C comes first.
 */
const SNIPPETS: readonly [path: string, text: string][] = Object.values(FRONT_ENDS).flatMap(
  (frontEnd) =>
    frontEnd.warmUp.map(
      ({ extension, text }) => [`warm-up.${extension}`, text] as [string, string],
    ),
);

/** After C, the other languages wait this long: not in the way of the first file's diagnostics. */
const LATER_MS = 500;

/** Warms the engine up one language at a time, yielding to requests in between. */
export function warmUp(backend: ParserBackend): void {
  const settings = defaultSettings();
  const next = (index: number) => {
    const snippet = SNIPPETS[index];
    if (!snippet) return;
    const warm = () => {
      try {
        analyzeText(backend, snippet[0], snippet[1], settings);
      } catch {
        // A failure here shows again, and is reported, on a real document.
      }
      next(index + 1);
    };
    if (index === 0) setImmediate(warm);
    else setTimeout(warm, LATER_MS).unref();
  };
  next(0);
}
