import type { File, Language, OkParseResult, ParseResult } from '@eslint/core';
import { createNativeBackend } from '../parse/native-backend.js';
import type { ParserBackend, SyntaxTree } from '../parse/syntax.js';
import { LineIndex } from '../text/positions.js';
import { CSourceCode, type CComment, type CTranslationUnit } from './c-source-code.js';

let backend: ParserBackend | undefined;

/** ESLint's parse() is synchronous: the native tree-sitter binding loads synchronously. */
export function eslintBackend(): ParserBackend {
  backend ??= createNativeBackend();
  return backend;
}

/** The tree-sitter tree behind an ESLint C AST, for the rules to analyse without parsing again. */
export const TREES = new WeakMap<CTranslationUnit, SyntaxTree>();

/**
 * `connectlint/c`: C as an ESLint language, parsed by the engine's tree-sitter C
 * grammar. The AST ESLint sees is one `CTranslationUnit` node (rules analyse the
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

  validateLanguageOptions(languageOptions: Record<string, unknown>): void {
    const unknown = Object.keys(languageOptions ?? {});
    if (unknown.length > 0)
      throw new Error(`connectlint/c has no language options (got ${unknown.join(', ')})`);
  }

  parse(file: File): ParseResult<CTranslationUnit> {
    const text = String(file.body);
    const tree = eslintBackend().parse('c', text);
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
    TREES.set(ast, tree);
    return { ok: true, ast };
  }

  createSourceCode(file: File, parseResult: OkParseResult<CTranslationUnit>): CSourceCode {
    return new CSourceCode({ text: String(file.body), ast: parseResult.ast });
  }
}
