import type { Settings } from '../config/settings.js';
import type { SyntaxNode } from '../parse/syntax.js';
import { RULES_BY_ID } from '../rules/index.js';
import { parseDirective, type Directive } from '../suppress/directives.js';
import type { LineIndex } from '../text/positions.js';
import { UNKNOWN_RULE_IN_DIRECTIVE, UNUSED_DIRECTIVE, type Finding } from './finding.js';

/**
 * Drops the findings a suppression comment covers; reports directives that name
 * an unknown rule, and (when asked) directives that suppressed nothing.
 */
export function applyDirectives(
  findings: Finding[],
  comments: readonly SyntaxNode[],
  lines: LineIndex,
  settings: Settings,
): Finding[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const text = comment.text;
    if (!text.includes('connectlint-')) continue;
    const directive = parseDirective(text, comment.startIndex, comment.endIndex, lines);
    if (directive) directives.push(directive);
  }
  if (directives.length === 0) return findings;

  const used = new Set<Directive>();
  const kept = findings.filter((finding) => {
    const directive = directives.find(
      (candidate) =>
        (candidate.targetLine === 0 || candidate.targetLine === finding.location.start.line) &&
        (candidate.rules.length === 0 || candidate.rules.includes(finding.ruleId)),
    );
    if (directive) used.add(directive);
    return !directive;
  });

  for (const directive of directives) {
    const location = lines.location(directive.start, directive.end);
    const unknown = directive.rules.filter((rule) => !RULES_BY_ID.has(rule));
    if (unknown.length > 0) {
      kept.push({
        ruleId: UNKNOWN_RULE_IN_DIRECTIVE,
        severity: 'warn',
        messageId: 'unknownRule',
        data: {},
        message: `Unknown rule ${unknown.map((rule) => `'${rule}'`).join(', ')} in connectlint-${directive.kind} (known: ${[...RULES_BY_ID.keys()].join(', ')}).`,
        location,
        related: [],
        fixes: [],
      });
    } else if (settings.reportUnusedDirectives && !used.has(directive)) {
      kept.push({
        ruleId: UNUSED_DIRECTIVE,
        severity: 'warn',
        messageId: 'unused',
        data: {},
        message: unusedMessage(directive),
        location,
        related: [],
        fixes: [],
      });
    }
  }
  return kept;
}

function unusedMessage(directive: Directive): string {
  const rules = directive.rules.length ? `${directive.rules.join(', ')} ` : '';
  const where = directive.targetLine === 0 ? 'in the file' : `on line ${directive.targetLine}`;
  return `Unused connectlint-${directive.kind} directive (no ${rules}problem reported ${where}).`;
}
