import type { SyntaxNode } from '../../parse/syntax.js';

/**
 * Does this expression stand for the capacity of sun_path? `sizeof(a.sun_path)`,
 * `sizeof(struct sockaddr_un)`, `sizeof a.sun_path - 1`, the conventional macros
 * (`UNIX_PATH_MAX`, `SUN_PATH_MAX`, `UNIX_PATH_LEN`...), or a number literal.
 */
export function mentionsBound(text: string): boolean {
  return (
    /\bsun_path\b/.test(text) ||
    /\bsockaddr_un\b/.test(text) ||
    /\b[A-Z_]*(UNIX|SUN|SOCK|SOCKET|UN)_?PATH_?(MAX|LEN|SIZE|LENGTH)\b/.test(text) ||
    /\b(UNIX_PATH_MAX|SUNPATHLEN|PATH_MAX)\b/.test(text)
  );
}

/** A plain decimal, hex or octal literal's value; undefined otherwise. */
export function numberValue(node: SyntaxNode): number | undefined {
  if (node.type !== 'number_literal') return undefined;
  const text = node.text.replace(/[uUlL]+$/, '');
  const value = Number(text.startsWith('0') && /^0[0-7]+$/.test(text) ? parseInt(text, 8) : text);
  return Number.isFinite(value) ? value : undefined;
}

/** `a.sun_path + 1` → 1; `a.sun_path` → 0; unknown offsets → undefined. */
export function destinationOffset(destination: SyntaxNode): number | undefined {
  let node = destination;
  if (node.type === 'cast_expression') node = node.childForFieldName('value') ?? node;
  if (node.type === 'binary_expression') {
    const right = node.childForFieldName('right');
    return right ? numberValue(right) : undefined;
  }
  return 0;
}
