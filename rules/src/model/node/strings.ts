import type { StringConstants } from './types.js';
import type { SyntaxNode } from '../../parse/syntax.js';

/**
 * The value of a constant string expression: a literal, a template without
 * substitutions, `+` of those, or a name of `constants`. Undefined otherwise.
 */
export function jsStringValue(
  node: SyntaxNode,
  constants: StringConstants,
  depth = 0,
): string | undefined {
  // A `+` chain longer than any path (a fuzzer's): not a constant we measure.
  if (depth > 200) return undefined;
  switch (node.type) {
    case 'string':
      return decode(node.text.slice(1, -1));
    case 'template_string':
      for (let i = 0; i < node.namedChildCount; i++) {
        if (node.namedChild(i)?.type === 'template_substitution') return undefined;
      }
      return decode(node.text.slice(1, -1));
    case 'parenthesized_expression': {
      const inner = node.namedChild(0);
      return inner ? jsStringValue(inner, constants, depth + 1) : undefined;
    }
    case 'binary_expression': {
      if (node.childForFieldName('operator')?.text !== '+') return undefined;
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const a = left ? jsStringValue(left, constants, depth + 1) : undefined;
      const b = right ? jsStringValue(right, constants, depth + 1) : undefined;
      return a !== undefined && b !== undefined ? a + b : undefined;
    }
    case 'identifier':
      return constants.get(node.text);
    default:
      return undefined;
  }
}

/** JavaScript escapes: \n \t \\ \' \" \0 \xHH \uHHHH \u{H...} and line continuations. */
function decode(body: string): string {
  return body.replace(
    /\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|\r\n|[\s\S])/g,
    (_all, escape: string) => {
      if (escape.startsWith('x')) return String.fromCharCode(parseInt(escape.slice(1), 16));
      if (escape.startsWith('u{')) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
      if (escape.startsWith('u') && escape.length === 5)
        return String.fromCharCode(parseInt(escape.slice(1), 16));
      const simple: Record<string, string> = {
        n: '\n',
        t: '\t',
        r: '\r',
        b: '\b',
        f: '\f',
        v: '\v',
        '0': '\0',
      };
      if (escape === '\n' || escape === '\r\n') return '';
      return simple[escape] ?? escape;
    },
  );
}
