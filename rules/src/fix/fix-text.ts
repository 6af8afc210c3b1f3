import type { Settings } from '../config/settings.js';
import type { FileNotice, FileResult, Finding, FindingFix } from '../engine/finding.js';
import { lintText } from '../engine/lint.js';
import { chooseLanguage } from '../parse/language-choice.js';
import type { ParserBackend, SyntaxTree } from '../parse/syntax.js';
import type { ProjectFacts } from '../project/types.js';
import { applyFixes } from './apply-fixes.js';
import { parseErrors } from './parse-errors.js';

/** Which fixes an unattended run may apply. */
export interface FixFilter {
  /** Also the fixes that need a look (`Fix.safe` unset): `--unsafe-fixes`. */
  unsafe: boolean;
  /** Only these rules' fixes (`--fix-rule`); all rules when absent. */
  rules?: readonly string[];
}

/** ESLint's limit: a fix that keeps making work for the next pass stops here. */
export const MAX_PASSES = 10;

export interface FixedText {
  /** The findings of the fixed text: what is left to do by hand. */
  result: FileResult;
  /** The fixed text; the input text when nothing was applied. */
  text: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
}

/**
 * Lints `text` and applies its findings' fixes, then lints the result and fixes
 * again, until no fix is left or MAX_PASSES passes ran. A fix whose result would
 * not parse as well as the text before it is never applied: it is reported as a
 * notice instead, and the finding stays.
 */
export function fixText(
  backend: ParserBackend,
  path: string,
  text: string,
  settings: Settings,
  filter: FixFilter,
  project?: ProjectFacts,
): FixedText {
  // Chosen once: a fix changes no header's language, and every pass parses with it.
  const language = chooseLanguage(path, text, settings.languages);
  let current = text;
  let tree = language ? backend.parse(language.id, current) : undefined;
  let applied = 0;
  const refused = new Map<string, FileNotice>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = lintText(backend, path, current, settings, tree, project, language);
    const fixes = chosenFixes(result.findings, filter, refused);
    if (!language || !tree || fixes.length === 0) return done(result);
    const step = applyParsing(backend, language.id, current, tree, fixes);
    for (const fix of step.refused) refused.set(fixKey(fix), refusal(fix, result.findings));
    if (step.applied === 0) return done(result);
    ({ text: current, tree } = step);
    applied += step.applied;
  }
  return done(lintText(backend, path, current, settings, tree, project, language));

  function done(result: FileResult): FixedText {
    result.notices.push(...refused.values());
    return { result, text: current, applied };
  }
}

/** The first fix of each finding that the filter lets through and that did not break the parse before. */
function chosenFixes(
  findings: readonly Finding[],
  filter: FixFilter,
  refused: ReadonlyMap<string, unknown>,
): FindingFix[] {
  const fixes: FindingFix[] = [];
  for (const finding of findings) {
    if (filter.rules && !filter.rules.includes(finding.ruleId)) continue;
    const fix = finding.fixes.find((candidate) => filter.unsafe || candidate.safe === true);
    if (fix && !refused.has(fixKey(fix))) fixes.push(fix);
  }
  return fixes;
}

/** A fix as the next pass sees it again: the same words and edits, wherever the text moved. */
function fixKey(fix: FindingFix): string {
  return JSON.stringify([fix.description, fix.edits.map((edit) => edit.text)]);
}

/**
 * Applies the fixes together when the result parses as well as `text`; when it
 * does not, one at a time from the end of the text (so that the offsets of those
 * before stay true), keeping each that does not break the parse.
 */
export function applyParsing(
  backend: ParserBackend,
  languageId: string,
  text: string,
  tree: SyntaxTree,
  fixes: FindingFix[],
): { text: string; tree: SyntaxTree; applied: number; refused: FindingFix[] } {
  const before = parseErrors(tree);
  const together = applyFixes(text, fixes);
  const parsed = backend.parse(languageId, together.text);
  if (parseErrors(parsed) <= before) {
    return { text: together.text, tree: parsed, applied: together.applied.length, refused: [] };
  }
  let current = text;
  let currentTree = tree;
  let applied = 0;
  const refused: FindingFix[] = [];
  const fromTheEnd = [...together.applied].sort((a, b) => start(b) - start(a));
  for (const fix of fromTheEnd) {
    const next = applyFixes(current, [fix]).text;
    const nextTree = backend.parse(languageId, next);
    if (parseErrors(nextTree) <= before) {
      current = next;
      currentTree = nextTree;
      applied++;
    } else {
      refused.push(fix);
    }
  }
  return { text: current, tree: currentTree, applied, refused };
}

function start(fix: FindingFix): number {
  return Math.min(...fix.edits.map((edit) => edit.location.start.offset));
}

function refusal(fix: FindingFix, findings: readonly Finding[]): FileNotice {
  const finding = findings.find((candidate) => candidate.fixes.includes(fix));
  const where = finding
    ? ` (${finding.ruleId} at ${finding.location.start.line}:${finding.location.start.column})`
    : '';
  return {
    level: 'warning',
    message: `fix not applied: '${fix.description}'${where} would leave code that does not parse`,
  };
}
