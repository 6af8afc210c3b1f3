import { createRequire } from 'node:module';
import type { CompiledQuery, ParserBackend, SyntaxTree } from './syntax.js';
import { LANGUAGES } from './languages.js';
import { parsedWith, parseInput } from './source-view.js';

const require = createRequire(import.meta.url);

interface NativeParser {
  setLanguage(language: unknown): void;
  parse(text: string, oldTree?: unknown, options?: { bufferSize?: number }): SyntaxTree;
}
interface NativeParserModule {
  new (): NativeParser;
  Query: new (language: unknown, source: string) => CompiledQuery;
}

/**
 * The native binding (`tree-sitter` + the grammar's prebuilt `.node`): the fastest
 * parse here, synchronous to load. Throws if the addon cannot load on this platform.
 */
export function createNativeBackend(): ParserBackend {
  const Parser = require('tree-sitter') as NativeParserModule;
  const grammars = new Map<string, unknown>();
  const parsers = new Map<string, NativeParser>();
  const grammarOf = (languageId: string): unknown => {
    let grammar = grammars.get(languageId);
    if (grammar === undefined) {
      const spec = LANGUAGES.find((language) => language.id === languageId);
      if (!spec) throw new Error(`unknown language '${languageId}'`);
      const module = require(spec.grammarPackage) as Record<string, unknown>;
      grammar = spec.grammarExport ? module[spec.grammarExport] : module;
      grammars.set(languageId, grammar);
    }
    return grammar;
  };
  return {
    name: 'native',
    parse(languageId, text, oldTree) {
      let parser = parsers.get(languageId);
      if (!parser) {
        parser = new Parser();
        parser.setLanguage(grammarOf(languageId));
        parsers.set(languageId, parser);
      }
      // The binding copies the input in chunks of `bufferSize` code units; one
      // chunk for the whole text avoids thousands of JS<->C++ round trips.
      const input = parseInput(languageId, text, oldTree);
      const size = Math.max(text.length + 1, 1024);
      return parsedWith(parser.parse(input.text, input.oldTree, { bufferSize: size }), input.view);
    },
    query(languageId, source) {
      return new Parser.Query(grammarOf(languageId), source);
    },
  };
}
