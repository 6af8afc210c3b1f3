import type { SyntaxNode } from '../../parse/syntax.js';
import type { MacroLookup } from '../../model/c/types.js';
import { decodedLength, literalByteLength } from '../../model/c/string-literal.js';
import { mentionsBound, numberValue } from './bounds.js';

/** Longest text of one integer conversion: a 64-bit value in octal is 22 digits. */
const INTEGER_MAX = 22;

/**
 * The longest string a printf-family call can produce, without the NUL, when the
 * format is a literal and every `%s` argument is a literal or has a precision
 * (`%.80s`, or `%.*s` with a bound of sun_path's size as the precision, as in
 * OpenLDAP's back-sock); undefined when it cannot be bounded. `room` is the
 * space in the destination.
 */
export function formatMaxLength(
  format: SyntaxNode | undefined,
  args: SyntaxNode[],
  macros: MacroLookup<number>,
  room: number,
): number | undefined {
  if (!format || format.type !== 'string_literal') return undefined;
  const text = format.text.slice(format.text.indexOf('"') + 1, format.text.lastIndexOf('"'));
  const spec = /%([-+ #0]*)(\d+|\*)?(?:\.(\d+|\*))?(hh|h|ll|l|j|z|t|L)?([diouxXcspn%])/g;
  let total = 0;
  let last = 0;
  let argIndex = 0;
  for (let match = spec.exec(text); match; match = spec.exec(text)) {
    const literalPart = decodedLength(`"${text.slice(last, match.index)}"`);
    if (literalPart === undefined) return undefined;
    total += literalPart;
    last = match.index + match[0].length;
    const [, , widthText, precisionText, , conversion] = match;
    // A `*` takes its value from the next argument.
    const starValue = (text: string | undefined, isPrecision: boolean) => {
      if (text !== '*') return text;
      const arg = args[argIndex++];
      if (!arg) return undefined;
      const value = numberValue(arg);
      if (value !== undefined) return String(value);
      return isPrecision && mentionsBound(arg.text) ? String(room - 1) : 'unknown';
    };
    const width = starValue(widthText, false);
    const precision = starValue(precisionText, true);
    if (width === 'unknown' || precision === 'unknown') return undefined;
    const minWidth = width ? Number(width) : 0;
    let length: number | undefined;
    switch (conversion) {
      case '%':
        total += 1;
        continue;
      case 's': {
        const arg = args[argIndex];
        const argLength = arg ? literalByteLength(arg, macros) : undefined;
        length = precision ? Math.min(Number(precision), argLength ?? Infinity) : argLength;
        break;
      }
      case 'c':
        length = 1;
        break;
      case 'p':
        length = 18;
        break;
      case 'n':
        length = 0;
        break;
      default:
        length = precision ? Math.max(Number(precision), INTEGER_MAX) : INTEGER_MAX;
    }
    argIndex++;
    if (length === undefined) return undefined;
    total += Math.max(length, minWidth);
  }
  const tail = decodedLength(`"${text.slice(last)}"`);
  return tail === undefined ? undefined : total + tail;
}
