import type { LanguagePattern, LanguageSpec, ParserBackend, SyntaxTree } from 'connectlint';
import {
  LANGUAGES,
  LineIndex,
  MAX_FILE_BYTES,
  chooseLanguage,
  editTree,
  languageForPath,
} from 'connectlint';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { EditedText } from './edited-text.js';

/** An open document: its text, version, and the tree kept for incremental parsing. */
export interface OpenDocument {
  uri: string;
  /** A path-like name whose extension picks the language. */
  path: string;
  languageId: string;
  version: number;
  /** The text now (changes are applied when it is read: see `EditedText`). */
  readonly text: string;
  lines: LineIndex;
  tree?: SyntaxTree;
  /** The language of the last parse: the extension's, or C++ for a `.h` (`chooseLanguage`). */
  language?: LanguageSpec;
}

/** An open document whose text is made when read, once per burst of changes (`EditedText`). */
class Document implements OpenDocument {
  lines: LineIndex;
  tree?: SyntaxTree;
  language?: LanguageSpec;
  readonly edits: EditedText;

  constructor(
    readonly uri: string,
    readonly path: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.edits = new EditedText(text);
    this.lines = new LineIndex(text);
  }

  get text(): string {
    return this.edits.read();
  }
}

/** LSP languageId → an extension of the engine's language that serves it (the engine's one list). */
const EXTENSION_BY_LSP_ID: ReadonlyMap<string, string> = new Map(
  LANGUAGES.flatMap((language) =>
    language.lspIds.map((id) => [id, language.extensions[0] as string] as const),
  ),
);

/**
 * The open documents. Changes are applied incrementally to the text, and to the
 * tree with `tree.edit`, so the next parse reuses what did not change.
 */
export class Documents {
  private readonly open = new Map<string, Document>();

  constructor(private readonly backend: ParserBackend) {}

  get(uri: string): OpenDocument | undefined {
    return this.open.get(uri);
  }

  all(): OpenDocument[] {
    return [...this.open.values()];
  }

  didOpen(uri: string, languageId: string, version: number, text: string): OpenDocument {
    const document = new Document(uri, pathFor(uri, languageId), languageId, version, text);
    this.open.set(uri, document);
    return document;
  }

  /** Applies changes in order; false when the version is older than the one held. */
  didChange(
    uri: string,
    version: number,
    changes: TextDocumentContentChangeEvent[],
  ): OpenDocument | undefined {
    const document = this.open.get(uri);
    if (!document || version < document.version) return undefined;
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        document.edits.reset(change.text);
        document.tree = undefined;
        document.lines = new LineIndex(change.text);
      } else {
        const start = document.lines.offsetAt(
          change.range.start.line,
          change.range.start.character,
        );
        const end = Math.max(
          start,
          document.lines.offsetAt(change.range.end.line, change.range.end.character),
        );
        // The text before the change is read only where lines do not tell rows (a CR).
        const oldText = () => document.text;
        const startPosition = pointAt(oldText, start, document.lines);
        const oldEndPosition = pointAt(oldText, end, document.lines);
        document.edits.replace(start, end, change.text);
        // Through the engine: the next parse's analysis learns what changed (`editTree`).
        if (document.tree)
          editTree(document.tree, {
            startIndex: start,
            oldEndIndex: end,
            newEndIndex: start + change.text.length,
            startPosition,
            oldEndPosition,
            newEndPosition: advance(startPosition, change.text),
          });
        document.lines = document.lines.edited(document.edits.reader(), start, end, change.text);
      }
    }
    document.version = version;
    return document;
  }

  didClose(uri: string): void {
    this.open.delete(uri);
  }

  /**
   * Parses the document, reusing its previous tree. Undefined for languages the
   * engine lacks and texts over the size limit. A `.h` is C or C++ as the project's
   * `languages`, the editor's languageId and the header's folder say.
   */
  parse(document: OpenDocument, languages: readonly LanguagePattern[]): SyntaxTree | undefined {
    const language = chooseLanguage(document.path, document.text, languages, document.languageId);
    // A tree of the other grammar is no base for an incremental parse.
    if (language !== document.language) document.tree = undefined;
    document.language = language;
    if (!language) return undefined;
    // Over the size limit the engine skips the text with a notice: no parse (50 MB took 20 s).
    if (document.text.length > MAX_FILE_BYTES) return (document.tree = undefined);
    document.tree = this.backend.parse(language.id, document.text, document.tree);
    return document.tree;
  }
}

/**
 * tree-sitter's point: row by `\n`, column in UTF-16 units (what both bindings
 * use for JS strings). Without a CR in the text, the document's line index
 * rows are the same rows: a binary search instead of a scan of the text.
 */
function pointAt(
  textOf: () => string,
  offset: number,
  lines: LineIndex,
): { row: number; column: number } {
  if (lines.lineFeedsOnly) {
    const row = lines.lineOf(offset);
    return { row, column: offset - lines.lineStart(row) };
  }
  const text = textOf();
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/** Where inserting `text` at `from` ends. */
function advance(
  from: { row: number; column: number },
  text: string,
): { row: number; column: number } {
  const lastNewline = text.lastIndexOf('\n');
  if (lastNewline < 0) return { row: from.row, column: from.column + text.length };
  return { row: from.row + text.split('\n').length - 1, column: text.length - lastNewline - 1 };
}

/** The path of a `file:` URI, or a name with the language's extension for other schemes. */
function pathFor(uri: string, languageId: string): string {
  let path = uri;
  try {
    const url = new URL(uri);
    path = decodeURIComponent(url.pathname);
  } catch {
    // not a URL: keep it as given
  }
  if (languageForPath(path)) return path;
  const extension = EXTENSION_BY_LSP_ID.get(languageId);
  return extension ? `${path}${extension}` : path;
}
