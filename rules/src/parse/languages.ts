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
  /** The front end that models it: C, C++, or Node (TypeScript, TSX, JavaScript). */
  family: 'c' | 'cpp' | 'node';
  /** Folder of its queries: `queries/<queryDir>/`. */
  queryDir: string;
  /** npm package of the grammar: its main export (or `grammarExport` of it) is the native language. */
  grammarPackage: string;
  grammarExport?: string;
  /** The grammar's `.wasm` file inside that package, for web-tree-sitter. */
  wasmFile: string;
}

export const LANGUAGES: readonly LanguageSpec[] = [
  {
    id: 'c',
    family: 'c',
    queryDir: 'c',
    extensions: ['.c', '.h'],
    lspIds: ['c'],
    grammarPackage: 'tree-sitter-c',
    wasmFile: 'tree-sitter-c.wasm',
  },
  {
    id: 'cpp',
    family: 'cpp',
    queryDir: 'cpp',
    // `.h` stays C: most headers are, and C++'s grammar reads C. Editors send
    // `cpp` for `.h` files too (VS Code, Neovim): the path picks the language.
    extensions: ['.cc', '.cpp', '.cxx', '.c++', '.hpp', '.hh', '.hxx', '.ipp'],
    lspIds: ['cpp'],
    grammarPackage: 'tree-sitter-cpp',
    wasmFile: 'tree-sitter-cpp.wasm',
  },
  {
    id: 'typescript',
    family: 'node',
    queryDir: 'node',
    extensions: ['.ts', '.mts', '.cts'],
    lspIds: ['typescript'],
    grammarPackage: 'tree-sitter-typescript',
    grammarExport: 'typescript',
    wasmFile: 'tree-sitter-typescript.wasm',
  },
  {
    id: 'tsx',
    family: 'node',
    queryDir: 'node',
    extensions: ['.tsx'],
    lspIds: ['typescriptreact'],
    grammarPackage: 'tree-sitter-typescript',
    grammarExport: 'tsx',
    wasmFile: 'tree-sitter-tsx.wasm',
  },
  {
    id: 'javascript',
    family: 'node',
    queryDir: 'node',
    extensions: ['.js', '.mjs', '.cjs', '.jsx'],
    lspIds: ['javascript', 'javascriptreact'],
    grammarPackage: 'tree-sitter-javascript',
    wasmFile: 'tree-sitter-javascript.wasm',
  },
];

/** `.d.ts` declaration files hold no code to lint. */
export function languageForPath(path: string): LanguageSpec | undefined {
  if (/\.d\.[mc]?ts$/.test(path)) return undefined;
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
