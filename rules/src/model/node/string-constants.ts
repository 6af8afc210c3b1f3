import { jsStringValue } from './strings.js';
import type { NameIndex } from './name-index.js';

/**
 * `const SOCKET_PATH = '/run/app.sock'`: the file's names declared once, `const`, with a
 * constant string (for path lengths, and to tell a constant option from a given one).
 * Found from the text's `const NAME =`, in source order, so that a constant built from
 * an earlier one (`const P = DIR + '/x.sock'`) is known.
 */
export function stringConstants(index: NameIndex): Map<string, string> {
  const constants = new Map<string, string>();
  const pattern = /(?<![\w$.])const\s+([\w$]+)\s*=/g;
  for (let match = pattern.exec(index.text); match; match = pattern.exec(index.text)) {
    const name = match[1] ?? '';
    const at = match.index + match[0].indexOf(name, 5);
    const declarator = index.root.descendantForIndex(at, at + name.length).parent;
    if (declarator?.type !== 'variable_declarator') continue;
    const value = declarator.childForFieldName('value');
    const text = value ? jsStringValue(value, constants) : undefined;
    if (text === undefined) continue;
    // A name declared twice (in two functions, say) is not one constant.
    const declarations = index
      .occurrences(name)
      .filter(
        (node) =>
          node.parent?.type === 'variable_declarator' &&
          node.parent.childForFieldName('name')?.startIndex === node.startIndex,
      );
    if (declarations.length === 1) constants.set(name, text);
  }
  return constants;
}
