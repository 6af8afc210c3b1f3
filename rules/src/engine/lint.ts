import { applyDirectives } from './apply-directives.js';
import type { Analysis, EditorContext } from './analysis.js';
import type { FileResult, Finding } from './finding.js';
import type { OffsetFinding } from './function-cache.js';
import type { Settings } from '../config/settings.js';
import { frontEndOf } from '../frontends/registry.js';
import type { FileInput, FrontEnd } from '../frontends/front-end.js';
import { readsEnough, SkippedCodeRead } from '../parse/partial-parse.js';
import { chooseLanguage } from '../parse/language-choice.js';
import type { LanguageSpec } from '../parse/languages.js';
import type { ParserBackend, SyntaxTree } from '../parse/syntax.js';
import { RULES } from '../rules/index.js';
import { formatMessage, type Report, type Rule } from '../rules/rule.js';
import { LineIndex } from '../text/positions.js';
import type { ProjectFacts } from '../project/types.js';

export type { Analysis, EditorContext } from './analysis.js';
export { keptForNextVersion } from './analysis.js';

import { MAX_FILE_BYTES } from './limits.js';

export { MAX_FILE_BYTES } from './limits.js';

/** Lints one file's text: the single entry point every face calls. */
export function lintText(
  backend: ParserBackend,
  path: string,
  text: string,
  settings: Settings,
  tree?: SyntaxTree,
  project?: ProjectFacts,
  language?: LanguageSpec,
  /** The front end's `prepare` of `tree`, made ahead (the CLI's workers). */
  prepared?: unknown,
): FileResult {
  return analyzeText(backend, path, text, settings, tree, undefined, project, language, prepared)
    .result;
}

/**
 * Analyses one file (see `EditorContext` for an editor's documents). `language`
 * is the one a face parsed `tree` with (`chooseLanguage`); without it, chosen here.
 */
export function analyzeText(
  backend: ParserBackend,
  path: string,
  text: string,
  settings: Settings,
  tree?: SyntaxTree,
  editor?: EditorContext,
  project?: ProjectFacts,
  chosen?: LanguageSpec,
  prepared?: unknown,
): Analysis {
  const result: FileResult = { path, findings: [], notices: [] };
  const analysis: Analysis = { result };
  const language = chosen ?? chooseLanguage(path, text, settings.languages);
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
  const frontEnd = frontEndOf(language);
  if (!frontEnd.mayMatter(text, settings, project)) return analysis;

  // A batch analysis parses only what its rules may read (see `FrontEnd.skippable`);
  // a tree parsed ahead with less known (no settings, no project) is used if it
  // read at least that much.
  const skippable = frontEnd.skippable;
  const skip =
    skippable && !editor
      ? (input: string) => skippable(input, language, settings, project)
      : undefined;
  const ahead = tree && (!skip || readsEnough(tree, skip)) ? tree : undefined;
  // One that skipped more than this analysis may: parsed again from it, for the rest.
  const parsed = ahead ?? backend.parse(language.id, text, tree, skip && { skip });
  // An editor's index of this text, or one made here when a finding or a directive needs
  // lines (most files have neither; the index scans the whole text).
  let lines = editor?.lines;
  const linesOf = () => (lines ??= new LineIndex(text));
  analysis.frontEnd = frontEnd;
  const notices = result.notices.length;
  const analyse = (parsed: SyntaxTree, prepared: unknown) => {
    result.notices.length = notices;
    result.findings = findingsOf(
      frontEnd,
      {
        backend,
        language,
        path,
        text,
        tree: parsed,
        settings,
        editor,
        project,
        ...(prepared !== undefined ? { prepared } : {}),
      },
      analysis,
      linesOf,
    );
  };
  try {
    // What was prepared goes with the tree it was made from.
    analyse(parsed, ahead ? prepared : undefined);
  } catch (error) {
    if (!(error instanceof SkippedCodeRead)) throw error;
    analyse(backend.parse(language.id, text), undefined);
  }
  return analysis;
}

/** The file's findings: its front end's model, every rule's check, the directives. */
function findingsOf(
  frontEnd: FrontEnd,
  input: FileInput,
  analysis: Analysis,
  linesOf: () => LineIndex,
): Finding[] {
  const { result } = analysis;
  const { settings } = input;
  const { model, comments, finish } = frontEnd.analyse(input, analysis);
  const fresh: OffsetFinding[] = [];
  for (const rule of RULES) {
    const setting = settings.rules.get(rule.meta.id);
    if (!setting || setting.severity === 'off') continue;
    // The check for the model this front end builds (its type is the kind's model).
    const check = rule.checks[frontEnd.model] as ((context: object) => void) | undefined;
    if (!check) continue;
    const severity = setting.severity;
    const reports: Report[] = [];
    try {
      check({
        model,
        options: setting.options,
        platform: settings.platform,
        report: (report: Report) => reports.push(report),
      });
    } catch (error) {
      // Skipped code read: the engine parses the file whole and starts again.
      if (error instanceof SkippedCodeRead) throw error;
      result.notices.push({
        level: 'error',
        message: `rule ${rule.meta.id} failed: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    for (const report of reports) fresh.push(offsetFinding(rule, severity, report));
  }
  const findings = (finish ? finish(fresh) : fresh).map((finding) => toFinding(finding, linesOf()));
  const directed =
    comments.length > 0 ? applyDirectives(findings, comments, linesOf(), settings) : findings;
  return directed.sort(
    (a, b) => a.location.start.offset - b.location.start.offset || a.ruleId.localeCompare(b.ruleId),
  );
}

function offsetFinding(
  rule: Rule<object>,
  severity: 'warn' | 'error',
  report: Report,
): OffsetFinding {
  return {
    ruleId: rule.meta.id,
    severity,
    messageId: report.messageId,
    data: report.data ?? {},
    message: formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data),
    start: report.start.startIndex,
    end: (report.end ?? report.start).endIndex,
    related: (report.related ?? []).map((related) => ({
      message: related.message,
      start: related.node.startIndex,
      end: related.node.endIndex,
    })),
    fixes: report.fixes ?? [],
  };
}

function toFinding(finding: OffsetFinding, lines: LineIndex): Finding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    messageId: finding.messageId,
    data: finding.data,
    message: finding.message,
    location: lines.location(finding.start, finding.end),
    related: finding.related.map((related) => ({
      message: related.message,
      location: lines.location(related.start, related.end),
    })),
    fixes: finding.fixes.map((fix) => ({
      description: fix.description,
      edits: fix.edits.map((edit) => ({
        location: lines.location(edit.start, edit.end),
        text: edit.text,
      })),
      ...(fix.safe ? { safe: true } : {}),
    })),
  };
}
