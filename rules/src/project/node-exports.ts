import type { SyntaxNode } from '../parse/syntax.js';
import type { FileFunctions } from '../model/node/functions.js';
import type { NameIndex } from '../model/node/name-index.js';
import { unwrapExpression } from '../model/node/expressions.js';

const FUNCTION_VALUES = /^(function_expression|function|arrow_function|function_declaration)$/;

/**
 * A module's exported functions by export name, found from its text and made
 * nodes only where an export is: ESM `export function`, `export const f = …`,
 * `export { a, b as c }`, `export default function`; CommonJS `exports.f = …`,
 * `module.exports.f = …`, `module.exports = { a, b: c }`, `module.exports = f`
 * (the module's `default`). An export whose value is no function of the file
 * written where it is exported (`const { getStream } = pick()` then
 * `module.exports = { getStream }`, as pg picks its runtime's functions) is every
 * function of the module with its name.
 */
export function exportedFunctions(
  index: NameIndex,
  functions: FileFunctions,
): Map<string, SyntaxNode[]> {
  const found = new Map<string, SyntaxNode[]>();
  const text = index.text;
  const add = (name: string, fns: SyntaxNode[]) => {
    if (fns.length > 0) found.set(name, [...(found.get(name) ?? []), ...fns]);
  };
  const named = (name: string): SyntaxNode[] => functions.functionsNamed(name);
  const valueOf = (value: SyntaxNode | null | undefined, name: string): SyntaxNode[] => {
    if (!value) return [];
    const bare = unwrapExpression(value);
    if (FUNCTION_VALUES.test(bare.type)) return [bare];
    if (bare.type === 'identifier' || bare.type === 'shorthand_property_identifier')
      return named(bare.text);
    return name ? named(name) : [];
  };
  const nodeAt = (at: number, length: number) => index.root.descendantForIndex(at, at + length);
  const climb = (node: SyntaxNode, type: RegExp): SyntaxNode | undefined => {
    for (let up: SyntaxNode | null = node; up; up = index.ancestry.parentOf(up))
      if (type.test(up.type)) return up;
    return undefined;
  };

  for (const match of text.matchAll(
    /\bexport\s+(default\s+)?(?:async\s+)?function\b\s*\*?\s*([\w$]+)?/g,
  )) {
    const at = match.index + match[0].indexOf('function');
    // From the keyword's parent: the keyword's own node type is `function` too.
    const keyword = nodeAt(at, 'function'.length);
    const fn = climb(index.ancestry.parentOf(keyword) ?? keyword, FUNCTION_VALUES);
    if (fn) add(match[1] ? 'default' : (match[2] ?? 'default'), [fn]);
  }
  for (const match of text.matchAll(/\bexport\s+(?:const|let|var)\s+([\w$]+)\s*[=:]/g))
    add(match[1] as string, named(match[1] as string));
  for (const match of text.matchAll(/\bexport\s*\{([^}]*)\}(?!\s*from)/g))
    for (const entry of (match[1] ?? '').split(',')) {
      const [local, exported] = entry.split(/\s+as\s+/).map((part) => part.trim());
      if (local && /^[\w$]+$/.test(local)) add(exported || local, named(local));
    }
  for (const match of text.matchAll(/\bexport\s+default\s+([\w$]+)\s*;?\s*$/gm))
    if (match[1] !== 'function' && match[1] !== 'class') add('default', named(match[1] as string));
  // CommonJS: `exports.f = …`, `module.exports.f = …`, `module.exports = …`.
  for (const match of text.matchAll(/\b(?:module\.)?exports(?:\.([\w$]+))?\s*=(?!=)/g)) {
    const name = match[1];
    if (!name && !match[0].startsWith('module')) continue;
    const assignment = climb(nodeAt(match.index, 1), /^assignment_expression$/);
    const right = assignment?.childForFieldName('right');
    if (!right) continue;
    if (name) {
      add(name, valueOf(right, name));
      continue;
    }
    const value = unwrapExpression(right);
    if (value.type !== 'object') {
      add('default', valueOf(value, ''));
      continue;
    }
    for (const entry of value.namedChildren) {
      if (!entry) continue;
      if (entry.type === 'shorthand_property_identifier') add(entry.text, named(entry.text));
      else if (entry.type === 'pair') {
        const key = entry.childForFieldName('key')?.text.replace(/^['"]|['"]$/g, '');
        if (key) add(key, valueOf(entry.childForFieldName('value'), key));
      } else if (entry.type === 'method_definition') {
        const key = entry.childForFieldName('name')?.text;
        if (key) add(key, [entry]);
      }
    }
  }
  return found;
}
