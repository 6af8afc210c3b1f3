import { matchQueries } from '../../parse/queries.js';
import type { ParserBackend, QueryMatch, SyntaxNode } from '../../parse/syntax.js';
import type { NameIndex } from './name-index.js';
import type { Binding, NodeModule } from './types.js';

const MODULES: Readonly<Record<string, NodeModule>> = {
  net: 'net',
  tls: 'tls',
  dgram: 'dgram',
  events: 'events',
  stream: 'stream',
  'stream/promises': 'stream',
};

/** `node:net` and `net` → 'net'; anything else → undefined. */
export function nodeModule(specifier: string): NodeModule | undefined {
  return MODULES[specifier.replace(/^node:/, '')];
}

/** A module's name as a string: `'net'`, `"node:tls"` (the only way a file brings one in). */
const MODULE_STRING = /['"`](?:node:)?(?:net|tls|dgram|events|stream(?:\/promises)?)['"`]/g;

/**
 * The declaration a module string ends, by the text before it: `import ... from`,
 * `const x = require(`, `var x_1 = __importDefault(require(`. Its group is what
 * comes before the keyword that starts it: the last keyword before the string (without semicolons, an
 * earlier declaration's keyword may also reach it).
 */
const DECLARATION_BEFORE =
  /^([\s\S]*)\b(?:import|const|let|var)\b(?:[^;'"`]*\bfrom|[^;'"`]*?=\s*(?:[\w$.]+\(\s*)?require\()\s*$/;

/**
 * The imports and requires of the socket modules, read by `queries/node/modules.scm`
 * on the declarations that name one: each module string of the text leads, by the text
 * before it, to the import statement or declaration it ends, and the query runs on that
 * alone. (The query over the whole tree cost a third of the parse on the npm corpus.)
 */
export function moduleMatches(
  backend: ParserBackend,
  languageId: string,
  index: NameIndex,
): QueryMatch[] {
  const { root, text } = index;
  const matches: QueryMatch[] = [];
  const seen = new Set<number>();
  const pattern = new RegExp(MODULE_STRING);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const from = Math.max(0, match.index - 400);
    const declaration = DECLARATION_BEFORE.exec(text.slice(from, match.index));
    if (!declaration) continue;
    const keyword = root.descendantForIndex(from + (declaration[1]?.length ?? 0));
    const statement = index.ancestry.parentOf(keyword);
    if (!statement || seen.has(statement.startIndex)) continue;
    seen.add(statement.startIndex);
    matches.push(
      ...(matchQueries(backend, languageId, ['modules'], statement).get('modules') ?? []),
    );
  }
  return matches;
}

/**
 * The helpers compilers wrap a require in to emulate ES module imports: TypeScript's
 * (`__importDefault`, `__importStar`, also from tslib), Babel's (`_interopRequireDefault`,
 * `_interopRequireWildcard`), esbuild's (`__toESM`). Each hands back the module, or an
 * object whose `default` is the module.
 */
const INTEROP =
  /(?:^|\.|\b)(__importDefault|__importStar|_interopRequireDefault|_interopRequireWildcard|__toESM)\)?$/;

/**
 * The file's names for Node's socket modules and their exports:
 *   import net from 'net'; import * as net from 'node:net'; import { connect as dial } from 'net';
 *   const net = require('net'); const { createConnection } = require('node:net');
 *   const net_1 = __importDefault(require("net")); var _net = _interopRequireDefault(require("net"));
 * A compiled module's `net_1.default` is read as the module itself (creators.ts).
 */
export function collectBindings(found: readonly QueryMatch[]): Map<string, Binding> {
  const bindings = new Map<string, Binding>();
  for (const match of found) {
    const capture = (name: string) => match.captures.find((c) => c.name === name)?.node;
    const module = nodeModule(capture('module')?.text ?? '');
    if (!module) continue;
    const clause = capture('clause');
    const binding = capture('binding');
    const interop = capture('interop');
    if (interop && !INTEROP.test(interop.text)) continue;
    if (clause) bindImportClause(clause, module, bindings);
    else if (binding) bindPattern(binding, module, bindings);
  }
  return bindings;
}

function bindImportClause(
  clause: SyntaxNode,
  module: NodeModule,
  bindings: Map<string, Binding>,
): void {
  for (let i = 0; i < clause.namedChildCount; i++) {
    const part = clause.namedChild(i);
    if (!part) continue;
    if (part.type === 'identifier') bindings.set(part.text, { kind: 'namespace', module });
    if (part.type === 'namespace_import') {
      const name = part.namedChild(0);
      if (name) bindings.set(name.text, { kind: 'namespace', module });
    }
    if (part.type === 'named_imports') {
      for (let j = 0; j < part.namedChildCount; j++) {
        const specifier = part.namedChild(j);
        if (specifier?.type !== 'import_specifier') continue;
        const imported = specifier.childForFieldName('name')?.text;
        const local = specifier.childForFieldName('alias')?.text ?? imported;
        if (!imported || !local) continue;
        bindings.set(
          local,
          imported === 'default'
            ? { kind: 'namespace', module }
            : { kind: 'export', module, name: imported },
        );
      }
    }
  }
}

function bindPattern(
  pattern: SyntaxNode,
  module: NodeModule,
  bindings: Map<string, Binding>,
): void {
  if (pattern.type === 'identifier') {
    bindings.set(pattern.text, { kind: 'namespace', module });
    return;
  }
  if (pattern.type !== 'object_pattern') return;
  for (let i = 0; i < pattern.namedChildCount; i++) {
    const property = pattern.namedChild(i);
    if (property?.type === 'shorthand_property_identifier_pattern') {
      bindings.set(property.text, { kind: 'export', module, name: property.text });
    } else if (property?.type === 'pair_pattern') {
      const key = property.childForFieldName('key')?.text;
      const value = property.childForFieldName('value');
      if (key && value?.type === 'identifier')
        bindings.set(value.text, { kind: 'export', module, name: key });
    }
  }
}
