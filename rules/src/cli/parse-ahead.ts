import { setImmediate } from 'node:timers';
import { analyzeText, MAX_FILE_BYTES } from '../engine/lint.js';
import { defaultSettings } from '../config/settings.js';
import { chooseLanguage } from '../parse/language-choice.js';
import { languageForPath, type LanguageSpec } from '../parse/languages.js';
import type { ParserBackend, SyntaxTree } from '../parse/syntax.js';
import type { KeptFiles } from './kept-files.js';
import { sourceOf } from './read-file.js';
import { frontEndOf } from '../frontends/registry.js';
import { SkippedCodeRead } from '../parse/partial-parse.js';

/** A file parsed ahead of its analysis: its text as the analysis reads it, and its tree. */
export interface Prepared {
  text: string;
  bomBytes: number;
  language: LanguageSpec;
  tree: SyntaxTree;
  /** The front end's `prepare` of the tree (what needs no project fact). */
  prepared?: unknown;
}

/**
 * A CLI worker's parses of the files it will analyse, done while it would
 * otherwise wait: the main thread summarizes the project's index before any
 * analysis may start, and the parse (about half of an analysis) needs no facts.
 * One file per turn of the event loop, so the index's requests are not held up;
 * at most `LIMIT` trees wait, so a tree of thousands of such files does not
 * hold thousands of trees.
 */
export class ParseAhead {
  private readonly queue: string[] = [];
  private readonly done = new Map<string, Prepared>();
  /** The queue is in size order (see `takeSmallest`). */
  private sorted = true;
  private running = false;
  /**
   * The languages of the queued files, warmed up (their queries compiled, see
   * `FrontEnd.warmUp`) one per turn before the first parse: the first file of a
   * language analysed cost its worker 60-80 ms more than the next, on the run's
   * critical path; here it is done while the index is built. Undefined: not chosen yet.
   */
  private toWarm: { extension: string; text: string }[] | undefined;

  constructor(
    private readonly backend: ParserBackend,
    private readonly kept: KeptFiles,
  ) {}

  /** A file this worker read that may matter: it will most likely analyse it. */
  add(path: string): void {
    this.queue.push(path);
    this.sorted = false;
  }

  /**
   * No more parses: the run's analysis is over. Files still queued were
   * analysed by another worker (it took them from the end of this one's
   * list); parsing them would only hold the worker's exit back.
   */
  stop(): void {
    this.queue.length = 0;
    this.done.clear();
  }

  /** Files another worker analyses: their parses (done or to do) are dropped. */
  forget(paths: readonly string[]): void {
    const gone = new Set(paths);
    for (let at = this.queue.length - 1; at >= 0; at--)
      if (gone.has(this.queue[at] as string)) this.queue.splice(at, 1);
    for (const path of paths) this.done.delete(path);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    setImmediate(this.step);
  }

  /** The file's parse, if done, for the settings' language choice (then forgotten). */
  take(path: string, languages: Parameters<typeof chooseLanguage>[2]): Prepared | undefined {
    const prepared = this.done.get(path);
    if (!prepared) {
      const at = this.queue.indexOf(path);
      if (at >= 0) this.queue.splice(at, 1);
      return undefined;
    }
    this.done.delete(path);
    if (this.running === false && this.queue.length > 0) this.start();
    return chooseLanguage(path, prepared.text, languages) === prepared.language
      ? prepared
      : undefined;
  }

  /**
   * The smallest file queued: the index's next request waits for the parse in
   * hand, so the short ones go first (the largest are left for the summary,
   * when no request comes). The queue is sorted by size once, when files were
   * added since (a worker's files all come with the survey), not searched per
   * parse: a tree of thousands of files would make that quadratic.
   */
  private takeSmallest(): string | undefined {
    if (!this.sorted) {
      const size = (path: string) => this.kept.get(path)?.length ?? 0;
      const sizes = new Map(this.queue.map((path) => [path, size(path)]));
      this.queue.sort((a, b) => (sizes.get(a) ?? 0) - (sizes.get(b) ?? 0));
      this.sorted = true;
    }
    return this.queue.shift();
  }

  private readonly step = (): void => {
    this.toWarm ??= warmUpsOf(this.queue);
    const snippet = this.toWarm.shift();
    if (snippet) {
      warmUp(this.backend, snippet);
      setImmediate(this.step);
      return;
    }
    const path = this.done.size < LIMIT ? this.takeSmallest() : undefined;
    if (path === undefined) {
      this.running = false;
      return;
    }
    const bytes = this.kept.get(path);
    if (bytes && bytes.length <= MAX_FILE_BYTES) {
      const { text, bomBytes } = sourceOf(bytes);
      const language = chooseLanguage(path, text);
      if (language && !text.includes('\0')) {
        const { tree, prepared } = parseAndPrepare(this.backend, language, text);
        this.done.set(path, {
          text,
          bomBytes,
          language,
          tree,
          ...(prepared !== undefined ? { prepared } : {}),
        });
      }
    }
    setImmediate(this.step);
  };
}

const LIMIT = 64;

/**
 * The file's tree, parsed as the analysis would with no settings and no project
 * (what a batch analysis may skip: `FrontEnd.skippable`), and its `prepare`.
 * A skipped body read by `prepare` (the parse read something else as a body)
 * means a whole parse.
 */
function parseAndPrepare(
  backend: ParserBackend,
  language: LanguageSpec,
  text: string,
): { tree: SyntaxTree; prepared: unknown } {
  const frontEnd = frontEndOf(language);
  const skippable = frontEnd.skippable;
  const skip = skippable && ((input: string) => skippable(input, language));
  const tree = backend.parse(language.id, text, undefined, skip && { skip });
  try {
    return { tree, prepared: frontEnd.prepare?.({ backend, language, tree }) };
  } catch (error) {
    if (!(error instanceof SkippedCodeRead)) throw error;
    const whole = backend.parse(language.id, text);
    return { tree: whole, prepared: frontEnd.prepare?.({ backend, language, tree: whole }) };
  }
}

/** The front ends' warm-up snippets of the files' languages (a snippet per language). */
function warmUpsOf(paths: readonly string[]): { extension: string; text: string }[] {
  const languages = new Set(paths.map((path) => languageForPath(path)));
  const snippets = new Map<LanguageSpec, { extension: string; text: string }>();
  for (const language of languages) {
    if (!language) continue;
    for (const snippet of frontEndOf(language).warmUp) {
      if (languageForPath(`warm-up.${snippet.extension}`) === language)
        snippets.set(language, snippet);
    }
  }
  return [...snippets.values()];
}

/** Compiles the queries of the snippet's language, as an analysis would (its findings are dropped). */
function warmUp(backend: ParserBackend, snippet: { extension: string; text: string }): void {
  try {
    analyzeText(backend, `warm-up.${snippet.extension}`, snippet.text, defaultSettings());
  } catch {
    // A failure here shows again, and is reported, on a real file.
  }
}
