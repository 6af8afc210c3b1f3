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
      const reader = new ChunkedReader(input.text);
      const tree = parser.parse(reader.read, input.oldTree as Parameters<Parser['parse']>[1]);
      // The tree reads its nodes' texts through the same function: whole, from now on.
      reader.parsed = true;
      if (!tree) throw new Error('web-tree-sitter returned no tree');
      return parsedWith(tree as unknown as SyntaxTree, input.view, input.oldTree);
    },
    query(languageId, source) {
      return new Query(languageOf(languageId), source) as unknown as CompiledQuery;
    },
  };
}

/** Characters handed to the parser per read (see `ChunkedReader`). */
const CHUNK = 1024;

/**
 * The text as the parser reads it: a chunk at a time. Handed a string,
 * web-tree-sitter answers each read with the rest of the text and copies up to
 * 10 KB of it into the parser's memory, a character at a time; an incremental
 * parse reads at a dozen places or more (after each subtree it reuses) and needs
 * a few hundred characters at most of each, so those copies were a fifth of an
 * editor's reparse of a 5,000-line file. A chunk never ends between the two
 * halves of a surrogate pair. Once parsed, the tree reads a node's text through
 * the same function: then it answers with the rest of the text, as for a string
 * (a slice of it, not a rope of chunks to join).
 */
class ChunkedReader {
  parsed = false;

  constructor(private readonly text: string) {}

  readonly read = (index: number): string => {
    if (this.parsed) return this.text.slice(index);
    let end = index + CHUNK;
    const last = this.text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end++;
    return this.text.slice(index, end);
  };
}
