import { relative } from 'node:path';
import { totals, type Report } from './report.js';

/** Human output, grouped by file: `line:column  severity  message  rule-id`. */
export function formatText(report: Report, color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const out: string[] = [];
  for (const result of report.results) {
    if (result.findings.length === 0 && result.notices.length === 0) continue;
    out.push(paint(4, relative(report.cwd, result.path) || result.path));
    for (const notice of result.notices) {
      out.push(`  ${paint(notice.level === 'error' ? 31 : 33, notice.level)}  ${notice.message}`);
    }
    const rows = result.findings.map((finding) => [
      `${finding.location.start.line}:${finding.location.start.column}`,
      finding.severity === 'error' ? 'error' : 'warning',
      finding.message,
      finding.ruleId,
    ]);
    // A loop, not Math.max(...rows): a file with 330,000 findings overflows the stack.
    let width = 0;
    for (const row of rows) width = Math.max(width, (row[0] as string).length);
    for (const [position, severity, message, ruleId] of rows) {
      const level = paint(severity === 'error' ? 31 : 33, (severity as string).padEnd(7));
      out.push(
        `  ${(position as string).padEnd(width)}  ${level}  ${message}  ${paint(2, ruleId as string)}`,
      );
    }
    out.push('');
  }
  const { errors, warnings } = totals(report.results);
  const problems = errors + warnings;
  if (problems > 0) {
    out.push(
      paint(
        errors > 0 ? 31 : 33,
        `✖ ${problems} problem${problems === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`,
      ),
    );
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
