import { applyDirectives } from './apply-directives.js';
import type { FileResult, Finding } from './finding.js';
import type { Settings } from '../config/settings.js';
import { buildCFileModel } from '../model/c/file-model.js';
import { languageForPath } from '../parse/languages.js';
import type { ParserBackend, SyntaxNode, SyntaxTree } from '../parse/syntax.js';
import { buildNodeFileModel } from '../model/node/file-model.js';
import type { NodeFileModel } from '../model/node/types.js';
import type { CFileModel } from '../model/c/types.js';
import { RULES } from '../rules/index.js';
import { formatMessage, type Report, type Rule, type RuleContext } from '../rules/rule.js';
import { LineIndex } from '../text/positions.js';

/** Files larger than this are skipped with a notice: no real C source is this big. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Nothing can be found in a file that names neither connect nor sun_path (a
 * wrapper of connect in the same file names it too): skip the parse.
 */
const MAY_MATTER = /connect|sun_path/;

function mayMatter(text: string, family: 'c' | 'node', settings: Settings): boolean {
  if (family === 'node') return NODE_MAY_MATTER.test(text);
  return MAY_MATTER.test(text) || settings.wrappers.connect.some((name) => text.includes(name));
}

/** A Node file without a net, tls or dgram module has no socket of ours. */
const NODE_MAY_MATTER = /\b(net|tls|dgram)\b/;

/** Lints one file's text: the single entry point every face calls. */
export function lintText(
  backend: ParserBackend,
  path: string,
  text: string,
  settings: Settings,
  tree?: SyntaxTree,
): FileResult {
  return analyzeText(backend, path, text, settings, tree).result;
}

/** A file's findings, and the model they came from (for hovers and editors). */
export interface Analysis {
  result: FileResult;
  model?: CFileModel;
  nodeModel?: NodeFileModel;
}

export function analyzeText(
  backend: ParserBackend,
  path: string,
  text: string,
  settings: Settings,
  tree?: SyntaxTree,
): Analysis {
  const result: FileResult = { path, findings: [], notices: [] };
  const analysis: Analysis = { result };
  const language = languageForPath(path);
  if (!language) {
    result.notices.push({
      level: 'warning',
      message: 'not a C, TypeScript or JavaScript file: skipped',
    });
    return analysis;
  }
  if (text.length > MAX_FILE_BYTES) {
    result.notices.push({
      level: 'warning',
      message: `skipped: ${text.length} characters is over the limit of ${MAX_FILE_BYTES}`,
    });
    return analysis;
  }
  if (text.includes('\0')) {
    result.notices.push({ level: 'warning', message: 'skipped: binary content (NUL bytes)' });
    return analysis;
  }
  if (!mayMatter(text, language.family, settings)) return analysis;

  const parsed = tree ?? backend.parse(language.id, text);
  const lines = new LineIndex(text);
  let comments: readonly SyntaxNode[];
  let run: (rule: Rule<object>, context: Omit<RuleContext<object>, 'model'>) => void;
  if (language.family === 'c') {
    const model = buildCFileModel(backend, parsed.rootNode, settings.wrappers);
    analysis.model = model;
    comments = model.comments;
    run = (rule, context) => rule.check?.({ ...context, model });
  } else {
    const model = buildNodeFileModel(backend, language.id, parsed.rootNode);
    analysis.nodeModel = model;
    comments = model.comments;
    run = (rule, context) => rule.checkNode?.({ ...context, model });
  }
  for (const rule of RULES) {
    const setting = settings.rules.get(rule.meta.id);
    if (!setting || setting.severity === 'off') continue;
    if (!(language.family === 'c' ? rule.check : rule.checkNode)) continue;
    const severity = setting.severity;
    const reports: Report[] = [];
    try {
      run(rule, {
        options: setting.options,
        platform: settings.platform,
        report: (r) => reports.push(r),
      });
    } catch (error) {
      result.notices.push({
        level: 'error',
        message: `rule ${rule.meta.id} failed: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    for (const report of reports) {
      result.findings.push(toFinding(rule, severity, report, lines));
    }
  }
  result.findings = applyDirectives(result.findings, comments, lines, settings);
  result.findings.sort(
    (a, b) => a.location.start.offset - b.location.start.offset || a.ruleId.localeCompare(b.ruleId),
  );
  return analysis;
}

function toFinding(
  rule: Rule<object>,
  severity: 'warn' | 'error',
  report: Report,
  lines: LineIndex,
): Finding {
  const end = report.end ?? report.start;
  return {
    ruleId: rule.meta.id,
    severity,
    messageId: report.messageId,
    data: report.data ?? {},
    message: formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data),
    location: lines.location(report.start.startIndex, end.endIndex),
    related: (report.related ?? []).map((related) => ({
      message: related.message,
      location: lines.location(related.node.startIndex, related.node.endIndex),
    })),
    fixes: (report.fixes ?? []).map((fix) => ({
      description: fix.description,
      edits: fix.edits.map((edit) => ({
        location: lines.location(edit.start, edit.end),
        text: edit.text,
      })),
    })),
  };
}
