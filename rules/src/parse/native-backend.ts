import { createRequire } from 'node:module';
import type { CompiledQuery, ParserBackend, SyntaxNode, SyntaxTree } from './syntax.js';
import { LANGUAGES } from './languages.js';
import { parsedWith, parseInput } from './source-view.js';
import { includedRanges, withSkipped, type IncludedRange } from './partial-parse.js';
import { keepEndsUntilEdit } from './native-node-ends.js';

const require = createRequire(import.meta.url);

interface NativeParser {
  setLanguage(language: unknown): void;
  parse(
    text: string,
    oldTree?: unknown,
    options?: { bufferSize?: number; includedRanges?: IncludedRange[] },
  ): SyntaxTree;
}
interface NativeParserModule {
  new (): NativeParser;
  Query: new (language: unknown, source: string) => CompiledQuery;
  SyntaxNode: { prototype: object };
  Tree: { prototype: { edit(...args: unknown[]): unknown } };
}

/** A node of the binding: its transfer fields (id, then tree-sitter's `context`) by index. */
type NativeNode = SyntaxNode & Record<number, number>;

/**
 * A node's `startIndex` read from the fields the binding keeps on the node object,
 * instead of a call into the addon (the Node model asks it ~10,000 times over the npm
 * corpus). The binding 0.25 keeps a node's id in fields 0–1 and tree-sitter's
 * `context` in 2–5, of which `context[0]` is the start byte of the UTF-16 input (the
 * addon returns half of it) — and updates them when a tree is edited. Installed only
 * when the binding's own getter agrees on every node of a sample parse; otherwise the
 * binding's getter stays.
 */
function readStartFromFields(Parser: NativeParserModule, parser: NativeParser): void {
  const proto = Parser.SyntaxNode.prototype;
  const own = Object.getOwnPropertyDescriptor(proto, 'startIndex');
  if (!own?.get || fastStart.has(proto)) return;
  fastStart.add(proto);
  const fromFields = (node: NativeNode) => (node[2] as number) / 2;
  const sample = parser.parse('a(b, "é", [c]);\n  d = 1;').rootNode;
  const nodes: SyntaxNode[] = [sample];
  for (let i = 0; i < nodes.length; i++)
    for (let c = 0; c < (nodes[i] as SyntaxNode).childCount; c++) {
      const child = (nodes[i] as SyntaxNode).child(c);
      if (child) nodes.push(child);
    }
  if (nodes.length < 8) return;
  const agrees = nodes.every(
    (node) => fromFields(node as NativeNode) === (own.get as () => number).call(node),
  );
  if (agrees)
    Object.defineProperty(proto, 'startIndex', {
      configurable: true,
      get(this: NativeNode) {
        return fromFields(this);
      },
    });
}
const fastStart = new WeakSet<object>();

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
    parse(languageId, text, oldTree, options) {
      let parser = parsers.get(languageId);
      if (!parser) {
        parser = new Parser();
        parser.setLanguage(grammarOf(languageId));
        parsers.set(languageId, parser);
        readStartFromFields(Parser, parser);
        keepEndsUntilEdit(Parser);
      }
      // The binding copies the input in chunks of `bufferSize` code units; one
      // chunk for the whole text avoids thousands of JS<->C++ round trips.
      const input = parseInput(languageId, text, oldTree);
      const size = Math.max(text.length + 1, 1024);
      // What the caller lets the parse skip, chosen from the text the parser reads. With
      // an old tree of the same text that skipped more, tree-sitter reads only what the
      // ranges add (it compares the old tree's included ranges with the new ones).
      const skip = options?.skip?.(input.text) ?? [];
      const tree = parser.parse(input.text, input.oldTree, {
        bufferSize: size,
        ...(skip.length > 0 ? { includedRanges: includedRanges(input.text, skip) } : {}),
      });
      return withSkipped(parsedWith(tree, input.view, input.oldTree), skip, input.text);
    },
    query(languageId, source) {
      return new Parser.Query(grammarOf(languageId), source);
    },
  };
}
