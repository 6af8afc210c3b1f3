import { applyDirectives } from './apply-directives.js';
import { mayMatter } from './prefilter.js';
import type { FileResult, Finding } from './finding.js';
import type { Settings } from '../config/settings.js';
import { buildCFileModel, functionAt, scanCFile } from '../model/c/file-model.js';
import {
  cacheKey,
  functionFacts,
  functionsToAnalyse,
  cacheFor,
  withOlder,
  keptSummaryInputs,
  mergeFindings,
  type FunctionFindingsCache,
  type OffsetFinding,
} from './function-cache.js';
import { languageForPath } from '../parse/languages.js';
import type { ParserBackend, SyntaxNode, SyntaxTree } from '../parse/syntax.js';
import { buildNodeFileModel } from '../model/node/file-model.js';
import type { NodeFileModel } from '../model/node/types.js';
import type { CFileModel, FunctionModel, FunctionSummary } from '../model/c/types.js';
import { RULES } from '../rules/index.js';
import { formatMessage, type Report, type Rule, type RuleContext } from '../rules/rule.js';
import { LineIndex } from '../text/positions.js';
import type { ProjectFacts } from '../project/types.js';

/** Files larger than this are skipped with a notice: no real C source is this big. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Lints one file's text: the single entry point every face calls. */
export function lintText(
  backend: ParserBackend,
  path: string,
  text: string,
  settings: Settings,
  tree?: SyntaxTree,
  project?: ProjectFacts,
): FileResult {
  return analyzeText(backend, path, text, settings, tree, undefined, project).result;
}

/** A file's findings, and the model they came from (for hovers and editors). */
export interface Analysis {
  result: FileResult;
  /** The whole C model (after an incremental analysis, built on first use). */
  model?: CFileModel;
  /**
   * A C model in which the function around `offset` is modelled in full: what a
   * hover needs, at the cost of that one function after an incremental analysis.
   */
  modelAt?(offset: number): CFileModel;
  /** The C file's function summaries (its wrappers and non-blocking helpers). */
  summaries?: ReadonlyMap<string, FunctionSummary>;
  nodeModel?: NodeFileModel;
  /** Findings by function, for the next version's analysis (see `function-cache.ts`). */
  functionCache?: FunctionFindingsCache;
  /** A C file's functions, and how many of them were analysed (the rest kept their findings). */
  functions?: { total: number; analysed: number };
}

/**
 * An editor's document: this analysis will be followed by others of the same
 * file as it is edited. `previous` is the analysis of the version whose tree
 * this one's was edited from; with it, a C file's unchanged functions keep their
 * findings (only the functions an edit touched, and those that depend on them,
 * are analysed again). Without an editor context (the CLI, ESLint) nothing is
 * kept for a next version.
 */
export interface EditorContext {
  previous?: Analysis | undefined;
}

/** Analyses one file (see `EditorContext` for an editor's documents). */
export function analyzeText(
  backend: ParserBackend,
  path: string,
  text: string,
  settings: Settings,
  tree?: SyntaxTree,
  editor?: EditorContext,
  project?: ProjectFacts,
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
  if (!mayMatter(text, language.family, settings, project)) return analysis;

  const parsed = tree ?? backend.parse(language.id, text);
  const lines = new LineIndex(text);
  let comments: readonly SyntaxNode[];
  let run: (rule: Rule<object>, context: Omit<RuleContext<object>, 'model'>) => void;
  let merge = (fresh: OffsetFinding[]) => fresh;
  if (language.family === 'c') {
    const root = parsed.rootNode;
    const editing = editor !== undefined;
    const previous = editor?.previous?.functionCache;
    const scan = scanCFile(backend, root, editing);
    // The project's facts are part of what every function's findings rest on.
    const key = editing ? cacheKey(scan, settings) + (project?.digest ?? '') : '';
    let facts = new Map<string, string>();
    let focus: ReadonlySet<FunctionModel> | undefined;
    const cache = cacheFor(previous, key);
    const kept = keptSummaryInputs(previous);
    const inProject = { path, ...(project ? { project } : {}) };
    const model = buildCFileModel(backend, root, settings.wrappers, {
      ...inProject,
      scan,
      ...(kept ? { summaryInputs: kept } : {}),
      ...(editing
        ? {
            focus: ({ summaries, errno }) => {
              facts = functionFacts(scan.functions, summaries, errno);
              return (focus = functionsToAnalyse(scan.functions, key, facts, cache));
            },
          }
        : {}),
    });
    if (focus) {
      const partial = focus;
      // The whole model, when first asked for; a hover asks only for its function's
      // (a fresh scan: this one's functions carry the partial model's calls).
      let whole: CFileModel | undefined;
      Object.defineProperty(analysis, 'model', {
        get: () => (whole ??= buildCFileModel(backend, root, settings.wrappers, inProject)),
        enumerable: true,
      });
      analysis.modelAt = (offset) => {
        const fn = functionAt(scan.functions, offset);
        if (!fn || partial.has(fn)) return model;
        const fresh = scanCFile(backend, root);
        const target = functionAt(fresh.functions, offset);
        return buildCFileModel(backend, root, settings.wrappers, {
          ...inProject,
          scan: fresh,
          summaryInputs: model.summaryInputs,
          focus: () => new Set(target ? [target] : []),
        });
      };
    } else {
      analysis.model = model;
    }
    analysis.summaries = model.summaries;
    analysis.functions = {
      total: scan.functions.length,
      analysed: focus ? focus.size : scan.functions.length,
    };
    comments = model.comments;
    run = (rule, context) => rule.check?.({ ...context, model });
    merge = (fresh) => {
      if (!editing) return fresh;
      const merged = mergeFindings(
        fresh,
        scan.functions,
        focus,
        cache,
        key,
        facts,
        model.summaryInputs,
      );
      analysis.functionCache = withOlder(merged.cache, previous);
      return merged.findings;
    };
  } else {
    const model = buildNodeFileModel(backend, language.id, parsed.rootNode);
    analysis.nodeModel = model;
    comments = model.comments;
    run = (rule, context) => rule.checkNode?.({ ...context, model });
  }
  const fresh: OffsetFinding[] = [];
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
    for (const report of reports) fresh.push(offsetFinding(rule, severity, report));
  }
  result.findings = merge(fresh).map((finding) => toFinding(finding, lines));
  result.findings = applyDirectives(result.findings, comments, lines, settings);
  result.findings.sort(
    (a, b) => a.location.start.offset - b.location.start.offset || a.ruleId.localeCompare(b.ruleId),
  );
  return analysis;
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
