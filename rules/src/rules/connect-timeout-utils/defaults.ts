import type { SyntaxNode } from '../../parse/syntax.js';
import { escapeRegExp } from '../../text/regexp.js';

/**
 * Does the file give this option a default? `options.timeout` is set by default when
 * the file writes `timeout: 10000` or `timeout = DEFAULT_TIMEOUT` (a defaults object,
 * a parameter's default) or `options.timeout = options.timeout || 10000` (`??`, `||=`).
 * Without one, a timeout read from the option is set only when the caller gives it.
 */
export function optionDefaulted(value: SyntaxNode, text: string): boolean {
  const written = value.text.replace(/\s+/g, '');
  const name = /([\w$]+)$/.exec(written)?.[1];
  if (!name) return true;
  const key = escapeRegExp(name);
  const whole = escapeRegExp(written);
  return (
    new RegExp(
      `\\b${key}['"]?\\s*[:=]\\s*(\\d[\\d_]*|[A-Z][A-Z0-9_]*\\b|[\\w$.]+\\s*(\\|\\||\\?\\?))`,
    ).test(text) || new RegExp(`${whole}\\s*(\\?\\?|\\|\\|)=`).test(text)
  );
}
