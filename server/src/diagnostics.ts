import { docUrl, RULES_BY_ID, type Finding, type Location } from 'connectlint';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';

/** LSP ranges are 0-based lines and UTF-16 characters; the engine's are 1-based. */
export function toRange(location: Location): Range {
  return {
    start: { line: location.start.line - 1, character: location.start.column - 1 },
    end: { line: location.end.line - 1, character: location.end.column - 1 },
  };
}

/** A finding as an LSP diagnostic; `data.index` finds its quick fixes again. */
export function toDiagnostic(finding: Finding, uri: string, index: number): Diagnostic {
  return {
    range: toRange(finding.location),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.ruleId,
    ...(RULES_BY_ID.has(finding.ruleId)
      ? { codeDescription: { href: ruleDocUrl(finding.ruleId) } }
      : {}),
    source: 'connectlint',
    message: finding.message,
    relatedInformation: finding.related.map((related) => ({
      location: { uri, range: toRange(related.location) },
      message: related.message,
    })),
    data: { index, messageId: finding.messageId },
  };
}

/** Each rule's doc URL, made once: every diagnostic of every edit carries one. */
const docUrls = new Map<string, string>();

function ruleDocUrl(ruleId: string): string {
  let url = docUrls.get(ruleId);
  if (url === undefined) docUrls.set(ruleId, (url = docUrl(ruleId)));
  return url;
}
