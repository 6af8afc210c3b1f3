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

/** After C, each other language waits until the server has been quiet this long. */
const QUIET_MS = 500;

/**
 * Warms the engine up one language at a time. C first, at once (the first
 * document is most often C, and its diagnostics wait for the compilation
 * otherwise); each other language only once no document changed and no
 * diagnostics were asked for during `QUIET_MS`: compiling C++'s queries with
 * the wasm parser takes about 140 ms, and a keystroke that arrived meanwhile
 * waited for it (the edit-latency bench's slowest edits were those).
 */
export class WarmUp {
  private lastActivity = 0;

  constructor(
    backend: ParserBackend,
    /** Analyses one snippet (its path, its text): the engine, unless a test watches. */
    private readonly warm: (path: string, text: string) => void = (path, text) => {
      analyzeText(backend, path, text, defaultSettings());
    },
  ) {}

  start(): void {
    this.next(0);
  }

  /** A document changed or its diagnostics were asked for: later languages wait. */
  busy(): void {
    this.lastActivity = performance.now();
  }

  private next(index: number): void {
    const snippet = SNIPPETS[index];
    if (!snippet) return;
    const warm = () => {
      const quietFor = performance.now() - this.lastActivity;
      if (index > 0 && quietFor < QUIET_MS) {
        setTimeout(warm, QUIET_MS - quietFor).unref();
        return;
      }
      try {
        this.warm(snippet[0], snippet[1]);
      } catch {
        // A failure here shows again, and is reported, on a real document.
      }
      this.next(index + 1);
    };
    if (index === 0) setImmediate(warm);
    else setTimeout(warm, QUIET_MS).unref();
  }
}
