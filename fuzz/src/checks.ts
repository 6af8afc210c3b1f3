import { MAX_FILE_BYTES, defaultSettings, type FileResult, type Settings } from 'connectlint';

/** Every rule on, connect-timeout (off by default) included: the most code runs. */
export function fuzzSettings(reportUnusedDirectives: boolean): Settings {
  const settings = defaultSettings();
  for (const [id, setting] of settings.rules)
    if (setting.severity === 'off') settings.rules.set(id, { ...setting, severity: 'warn' });
  settings.reportUnusedDirectives = reportUnusedDirectives;
  return settings;
}

/**
 * What must hold for any input: no error notice (a rule that threw, an internal
 * error), a file over the limit skipped with a notice that says so, and every
 * finding inside the text. Returns the first violation, or undefined.
 */
export function violation(result: FileResult, text: string): string | undefined {
  const failed = result.notices.find((notice) => notice.level === 'error');
  if (failed) return `error notice: ${failed.message}`;
  if (text.length > MAX_FILE_BYTES && !result.notices.some((n) => /skipped.*limit/.test(n.message)))
    return `a text of ${text.length} characters was not skipped with a notice`;
  const bytes = Buffer.byteLength(text, 'utf8');
  for (const finding of result.findings) {
    const { start, end } = finding.location;
    if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length))
      return `${finding.ruleId}: range ${start.offset}-${end.offset} outside the text (${text.length})`;
    if (!(start.byte <= end.byte && end.byte <= bytes))
      return `${finding.ruleId}: bytes ${start.byte}-${end.byte} outside the text (${bytes})`;
    if (start.line < 1 || start.column < 1 || end.line < start.line)
      return `${finding.ruleId}: bad line/column ${start.line}:${start.column}-${end.line}:${end.column}`;
  }
  return undefined;
}
