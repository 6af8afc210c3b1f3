import type { MacroLookup } from './types.js';
import type { SyntaxNode } from '../../parse/syntax.js';

/**
 * The size in bytes of a C string literal's value, without the terminating NUL,
 * after escapes are decoded and adjacent literals joined. Identifiers inside a
 * concatenation (`RUNDIR "/app.sock"`) are resolved through `macros`; an unknown
 * one makes the length unknown (undefined).
 */
export function literalByteLength(
  node: SyntaxNode,
  macros: MacroLookup<number>,
): number | undefined {
  if (node.type === 'string_literal') return decodedLength(node.text);
  if (node.type === 'identifier') return macros.get(node.text);
  if (node.type === 'parenthesized_expression' && node.namedChildCount === 1) {
    const inner = node.namedChild(0);
    return inner ? literalByteLength(inner, macros) : undefined;
  }
  if (node.type === 'concatenated_string') {
    let total = 0;
    for (let i = 0; i < node.namedChildCount; i++) {
      const part = node.namedChild(i);
      if (!part || part.type === 'comment') continue;
      const length = literalByteLength(part, macros);
      if (length === undefined) return undefined;
      total += length;
    }
    return total;
  }
  return undefined;
}

/** Length of the value of one literal's source text, such as `"a\x41\n"` or `u8"é"`. */
export function decodedLength(source: string): number | undefined {
  const open = source.indexOf('"');
  const prefix = source.slice(0, open);
  // Wide literals (L, u, U) are not byte strings: not a sun_path value.
  if (open < 0 || (prefix !== '' && prefix !== 'u8')) return undefined;
  const body = source.slice(open + 1, source.lastIndexOf('"'));
  let bytes = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (ch !== '\\') {
      const code = body.codePointAt(i) ?? 0;
      if (code > 0xffff) i++;
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      continue;
    }
    const next = body[i + 1] ?? '';
    if (next === 'x') {
      i += 1;
      while (/[0-9a-fA-F]/.test(body[i + 1] ?? '')) i++;
      bytes += 1;
    } else if (/[0-7]/.test(next)) {
      let digits = 0;
      while (digits < 3 && /[0-7]/.test(body[i + 1] ?? '')) {
        i++;
        digits++;
      }
      bytes += 1;
    } else if (next === 'u' || next === 'U') {
      const width = next === 'u' ? 4 : 8;
      const code = parseInt(body.slice(i + 2, i + 2 + width), 16);
      i += 1 + width;
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    } else if (next === '\n') {
      i += 1; // a line continuation inside the literal adds nothing
    } else {
      i += 1;
      bytes += 1;
    }
  }
  return bytes;
}
