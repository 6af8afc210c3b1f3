import type { Settings } from '../config/settings.js';
import type { Analysis, EditorContext } from '../engine/analysis.js';
import type { OffsetFinding } from '../engine/function-cache.js';
import type { Hover, HoverRequest } from '../hover/hover.js';
import type { LanguageSpec } from '../parse/languages.js';
import type { ParserBackend, SyntaxNode, SyntaxTree } from '../parse/syntax.js';
import type { Span } from '../parse/partial-parse.js';
import type { ProjectFacts } from '../project/types.js';
import type { ModelKind, Models } from './models.js';

/** One file, parsed, as the engine hands it to its front end. */
export interface FileInput {
  backend: ParserBackend;
  language: LanguageSpec;
  path: string;
  text: string;
  tree: SyntaxTree;
  settings: Settings;
  editor?: EditorContext | undefined;
  project?: ProjectFacts | undefined;
  /** What `prepare` made of this tree before the project's facts were known. */
  prepared?: unknown;
}

/** A parsed file before the project's facts are known. */
export interface ParsedFile {
  backend: ParserBackend;
  language: LanguageSpec;
  tree: SyntaxTree;
}

/** What a front end made of a file: the model its rules' checks read, and how to finish. */
export interface Modelled<K extends ModelKind> {
  model: Models[K];
  /** The file's comments, for `connectlint-disable` directives. */
  comments: readonly SyntaxNode[];
  /**
   * The file's findings from the fresh ones: an editor's cache adds those of
   * the functions it kept (C). Without it, the fresh findings are the file's.
   */
  finish?(fresh: OffsetFinding[]): OffsetFinding[];
}

/**
 * A language family's front end: everything the engine and the faces ask of a
 * language beyond its grammar (which is in the language table). Registered in
 * `registry.ts`; the language table names it by `family`.
 */
export interface FrontEnd<K extends ModelKind = ModelKind> {
  /** The language table's `family`. */
  id: string;
  /** The model it builds: rules' checks for this kind run on its files. */
  model: K;
  /** How docs name its languages (the README's rules table). */
  label: string;
  /** Its fixtures: `grammar-tests/<fixtures>/<rule>/`. */
  fixtures: string;
  /**
   * Whether a file may hold a finding, before the parse (the parse is most of
   * the cost, and most files never connect). The project's connect wrappers count.
   */
  mayMatter(text: string, settings: Settings, project?: ProjectFacts): boolean;
  /** The same on undecoded bytes, looser (substrings): the CLI skips decoding most files. */
  bytesMayMatter(bytes: Buffer, settings: Settings, project?: ProjectFacts): boolean;
  /**
   * What the model reads of a parsed file that no project fact changes, made
   * ahead: the CLI's workers make it while the main thread summarizes the
   * project's index, and hand it to `analyse` (`FileInput.prepared`).
   */
  prepare?(file: ParsedFile): unknown;
  /**
   * What of a file a batch analysis may leave unparsed (C: the bodies no rule
   * reads), chosen from the text the parser reads (`input`); `settings` and
   * `project` when known (the CLI's parses ahead know neither). Where the
   * analysis reads skipped code after all, `SkippedCodeRead` makes the engine
   * parse the file whole and start again. Never for an editor's documents:
   * they are parsed incrementally and hovered anywhere.
   */
  skippable?(
    input: string,
    language: LanguageSpec,
    settings?: Settings,
    project?: ProjectFacts,
  ): readonly Span[];
  /** The file's model; it may set more of `analysis` (an editor's cache, a hover's model). */
  analyse(input: FileInput, analysis: Analysis): Modelled<K>;
  /** Documentation for a position, from the file's model. */
  hover(request: HoverRequest, model: Models[K]): Hover | undefined;
  /** A small file that makes the engine compile every query the front end uses (editor warm-up). */
  warmUp: readonly { extension: string; text: string }[];
}
