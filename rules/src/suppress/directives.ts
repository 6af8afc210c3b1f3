import type { LineIndex } from '../text/positions.js';

/**
 * Suppression comments, in `//` and `/* *\/` forms:
 *   // connectlint-disable-next-line unchecked-return, unix-path-bounds -- reason
 *   connect(fd, sa, len); // connectlint-disable-line unchecked-return
 * With no rule list, every rule is disabled on that line.
 */
export interface Directive {
  /** `disable` (alone) applies to the whole file. */
  kind: 'disable-line' | 'disable-next-line' | 'disable';
  /** Empty: all rules. */
  rules: string[];
  reason?: string;
  /** 1-based line the directive applies to. */
  targetLine: number;
  /** Offsets of the comment, for reporting unused or invalid directives. */
  start: number;
  end: number;
}

const DIRECTIVE = /^\s*connectlint-(disable-next-line|disable-line|disable)(?=\s|$)(.*)$/s;

export function parseDirective(
  commentText: string,
  start: number,
  end: number,
  lines: LineIndex,
): Directive | undefined {
  const body = commentText.startsWith('//')
    ? commentText.slice(2)
    : commentText.replace(/^\/\*/, '').replace(/\*\/$/, '');
  const match = DIRECTIVE.exec(body);
  if (!match) return undefined;
  const kind = match[1] as Directive['kind'];
  const rest = match[2] ?? '';
  const separator = rest.search(/\s--\s|\s--$/);
  const ruleText = separator >= 0 ? rest.slice(0, separator) : rest;
  const reason =
    separator >= 0
      ? rest
          .slice(separator)
          .replace(/^\s*--\s*/, '')
          .trim()
      : undefined;
  const rules = ruleText
    .split(/[\s,]+/)
    .map((rule) => rule.trim())
    .filter((rule) => rule !== '');
  // `-line` applies where the comment starts; `-next-line` to the line after it ends.
  // `-line` applies where the comment starts, `-next-line` to the line after it
  // ends, `disable` to every line (0).
  const targetLine =
    kind === 'disable'
      ? 0
      : kind === 'disable-line'
        ? lines.position(start).line
        : lines.position(end).line + 1;
  return { kind, rules, targetLine, start, end, ...(reason ? { reason } : {}) };
}
