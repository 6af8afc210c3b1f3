import { Language, Parser, Query } from 'web-tree-sitter';
import type { CompiledQuery, ParserBackend, SyntaxTree } from './syntax.js';
import { grammarWasmPath, runtimeWasmPath } from '../resources.js';
import { LANGUAGES } from './languages.js';
import { parsedWith, parseInput } from './source-view.js';

/**
 * web-tree-sitter with the grammars' `.wasm` files: one build for every platform
 * (what a single VS Code `.vsix` needs), about 1.5x slower to parse than native.
 * Loading is asynchronous; parsing and querying after that are synchronous.
 */
export async function createWasmBackend(): Promise<ParserBackend> {
  const runtime = runtimeWasmPath();
  await Parser.init(runtime ? { locateFile: () => runtime } : undefined);
  const languages = new Map<string, Language>();
  for (const spec of LANGUAGES) languages.set(spec.id, await Language.load(grammarWasmPath(spec)));
  const parsers = new Map<string, Parser>();
  const languageOf = (languageId: string): Language => {
    const language = languages.get(languageId);
    if (!language) throw new Error(`unknown language '${languageId}'`);
    return language;
  };
  return {
    name: 'wasm',
    parse(languageId, text, oldTree) {
      let parser = parsers.get(languageId);
      if (!parser) {
        parser = new Parser();
        parser.setLanguage(languageOf(languageId));
        parsers.set(languageId, parser);
      }
      const input = parseInput(languageId, text, oldTree);
      const tree = parser.parse(input.text, input.oldTree as Parameters<Parser['parse']>[1]);
      if (!tree) throw new Error('web-tree-sitter returned no tree');
      return parsedWith(tree as unknown as SyntaxTree, input.view, input.oldTree);
    },
    query(languageId, source) {
      return new Query(languageOf(languageId), source) as unknown as CompiledQuery;
    },
  };
}
