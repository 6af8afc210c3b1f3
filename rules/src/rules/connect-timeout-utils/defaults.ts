import type { SyntaxNode } from '../../parse/syntax.js';
import { escapeRegExp } from '../../text/regexp.js';

/** A default value: a number (`10_000`, `5e3`) or a constant's name (`DEFAULT_TIMEOUT`). */
const VALUE = String.raw`(\d[\d_.e]*|[A-Z][A-Z0-9_]*\b)`;

/**
 * Does the file give this option a default? For `timeout` (a variable): `timeout = 5000`
 * (a parameter's or destructuring default, a declaration), `timeout = x || 5000`,
 * `timeout ??= 5000`. For `options.timeout`: `options.timeout = options.timeout || 5000`,
 * `options.timeout ??= 5000`, or a defaults object or destructuring that names the
 * key with a value (`{ timeout: 5000 }`, `{ timeout = 5000 } = options`). Without one,
 * a timeout read from the option is set only when the caller gives it.
 */
export function optionDefaulted(value: SyntaxNode, text: string): boolean {
  const written = value.text.replace(/\s+/g, '');
  const name = /([\w$]+)$/.exec(written)?.[1];
  if (!name) return true;
  const key = escapeRegExp(name);
  const whole = escapeRegExp(written).replace(/\\\./g, String.raw`\s*\??\.\s*`);
  const fallback = String.raw`\s*=[^;\n]*(\|\||\?\?)\s*${VALUE}|\s*(\?\?|\|\|)=`;
  if (value.type === 'identifier')
    return new RegExp(String.raw`\b${key}(\s*=\s*${VALUE}|${fallback})`).test(text);
  return (
    new RegExp(String.raw`${whole}(${fallback})`).test(text) ||
    new RegExp(String.raw`\b${key}['"]?\s*[:=]\s*${VALUE}`).test(text)
  );
}
