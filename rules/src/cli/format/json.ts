import { relative } from 'node:path';
import { docUrl } from '../../rules/rule.js';
import { RULES_BY_ID } from '../../rules/index.js';
import { totals, type Report } from './report.js';

/**
 * Machine output: one object per file with findings or notices. Positions carry
 * 1-based line, 1-based UTF-16 column, and the UTF-8 byte offset.
 */
export function formatJson(report: Report): string {
  const files = report.results
    .filter(
      (result) =>
        result.findings.length > 0 || result.notices.length > 0 || result.output !== undefined,
    )
    .map((result) => ({
      path: relative(report.cwd, result.path) || result.path,
      notices: result.notices,
      // ESLint's name for the fixed text (`--fix`, `--fix-dry-run`).
      ...(result.output !== undefined ? { output: result.output } : {}),
      findings: result.findings.map((finding) => ({
        ruleId: finding.ruleId,
        severity: finding.severity,
        messageId: finding.messageId,
        message: finding.message,
        ...(RULES_BY_ID.has(finding.ruleId) ? { docs: docUrl(finding.ruleId) } : {}),
        start: finding.location.start,
        end: finding.location.end,
        related: finding.related,
        ...(finding.fixes.length > 0 ? { fixes: finding.fixes } : {}),
      })),
    }));
  const suppressed = report.suppressed ? { suppressed: report.suppressed } : {};
  return `${JSON.stringify({ version: report.toolVersion, ...totals(report.results), ...suppressed, files }, null, 2)}\n`;
}
