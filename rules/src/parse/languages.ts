/**
 * The one list of languages connectlint understands. The CLI picks files by these
 * extensions; later faces (the language server) pick documents by `lspIds`.
 */
export interface LanguageSpec {
  /** Our id, also the folder name of its queries (`queries/<id>/`). */
  id: string;
  /** File extensions, lower case, with the dot. */
  extensions: readonly string[];
  /** LSP `languageId`s served by this language. */
  lspIds: readonly string[];
  /** npm package of the grammar: its main export is the native language object. */
  grammarPackage: string;
  /** The grammar's `.wasm` file inside that package, for web-tree-sitter. */
  wasmFile: string;
}

export const LANGUAGES: readonly LanguageSpec[] = [
  {
    id: 'c',
    extensions: ['.c', '.h'],
    lspIds: ['c'],
    grammarPackage: 'tree-sitter-c',
    wasmFile: 'tree-sitter-c.wasm',
  },
];

export function languageForPath(path: string): LanguageSpec | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0) return undefined;
  const ext = path.slice(dot).toLowerCase();
  return LANGUAGES.find((language) => language.extensions.includes(ext));
}

export function languageById(id: string): LanguageSpec {
  const language = LANGUAGES.find((candidate) => candidate.id === id);
  if (!language) throw new Error(`unknown language '${id}'`);
  return language;
}
