import type { File, Language, OkParseResult, ParseResult } from '@eslint/core';
import { loadBackend } from '../parse/backend.js';
import { languageById, type LanguageSpec } from '../parse/languages.js';
import { createNativeBackend } from '../parse/native-backend.js';
import type { ParserBackend, SyntaxTree } from '../parse/syntax.js';
import { LineIndex } from '../text/positions.js';
import { CSourceCode, type CComment, type CTranslationUnit } from './c-source-code.js';
import { eslintFileLanguage } from './file-languages.js';

let backend: ParserBackend | undefined;

/**
 * Loads the parser before ESLint asks for a parse: native when the optional
 * `tree-sitter` peer is installed and loads, else wasm, whose load is
 * asynchronous (the plugin's module awaits this; ESLint's `parse()` is not).
 */
export async function prepareEslintBackend(): Promise<void> {
  backend ??= await loadBackend();
}

/** ESLint's JavaScript language options, which an unscoped preset spreads over C files too. */
const JAVASCRIPT_LANGUAGE_OPTIONS = new Set([
  'ecmaVersion',
  'sourceType',
  'globals',
  'parser',
  'parserOptions',
]);

/** The parser `prepareEslintBackend` loaded (native when used without it: it loads synchronously). */
export function eslintBackend(): ParserBackend {
  backend ??= createNativeBackend();
  return backend;
}

/** The tree-sitter tree behind an ESLint C AST and its language, for the rules to analyse without parsing again. */
export const TREES = new WeakMap<CTranslationUnit, { tree: SyntaxTree; language: LanguageSpec }>();

/**
 * `connectlint/c`: C (and C++) as an ESLint language, parsed by the engine's
 * tree-sitter C grammar, or its C++ grammar for the C++ front end's extensions. The AST ESLint sees is one `CTranslationUnit` node (rules analyse the
 * tree-sitter tree, as every connectlint face does) with the file's comments, so
 * that `eslint-disable` directives work in C files.
 */
export class CLanguage implements Language {
  fileType = 'text' as const;
  lineStart = 1 as const;
  columnStart = 0 as const;
  nodeTypeKey = 'type';
  visitorKeys = { CTranslationUnit: [] };
  defaultLanguageOptions = {};

  /**
   * C has no language options. The JavaScript ones are ignored: presets without
   * `files` (typescript-eslint's base sets `parser` and `sourceType`) give them
   * to every file, C included, and a user cannot scope someone else's preset.
   */
  validateLanguageOptions(languageOptions: Record<string, unknown>): void {
    const unknown = Object.keys(languageOptions ?? {}).filter(
      (key) => !JAVASCRIPT_LANGUAGE_OPTIONS.has(key),
    );
    if (unknown.length > 0)
      throw new Error(
        `connectlint/c has no language options (got ${unknown.join(', ')}): set them in a config object with \`files\` that leaves out C and C++ files`,
      );
  }

  parse(file: File): ParseResult<CTranslationUnit> {
    const text = String(file.body);
    // C++ by its extension (`.cc`, `.hpp`…), a `.h` when the project says so; else C.
    const chosen = eslintFileLanguage(file.path, text);
    const language = chosen?.family === 'cpp' ? chosen : languageById('c');
    const tree = eslintBackend().parse(language.id, text);
    const lines = new LineIndex(text);
    const loc = (start: number, end: number) => {
      const location = lines.location(start, end);
      return {
        start: { line: location.start.line, column: location.start.column - 1 },
        end: { line: location.end.line, column: location.end.column - 1 },
      };
    };
    const comments: CComment[] = tree.rootNode
      .descendantsOfType('comment')
      .filter((node) => node !== null)
      .map((node) => ({
        type: node.text.startsWith('//') ? 'Line' : 'Block',
        value: node.text.startsWith('//') ? node.text.slice(2) : node.text.slice(2, -2),
        range: [node.startIndex, node.endIndex] as [number, number],
        loc: loc(node.startIndex, node.endIndex),
      }));
    const ast: CTranslationUnit = {
      type: 'CTranslationUnit',
      range: [0, text.length],
      loc: loc(0, text.length),
      comments,
    };
    TREES.set(ast, { tree, language });
    return { ok: true, ast };
  }

  createSourceCode(file: File, parseResult: OkParseResult<CTranslationUnit>): CSourceCode {
    return new CSourceCode({ text: String(file.body), ast: parseResult.ast });
  }
}
