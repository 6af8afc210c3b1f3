import { ESLintUtils } from '@typescript-eslint/utils';
import type { RuleContext } from '@typescript-eslint/utils/ts-eslint';
import { defaultSettings, type Settings } from '../config/settings.js';
import { applyConfigFile } from '../config/validate.js';
import { analyzeText } from '../engine/lint.js';
import type { Finding } from '../engine/finding.js';
import { languageForPath } from '../parse/languages.js';
import { RULES } from '../rules/index.js';
import { docUrl, type Rule } from '../rules/rule.js';
import { TREES, eslintBackend } from './c-language.js';
import { eslintFixes, fixableMeta } from './fixes.js';
import { typeChecker } from './type-check.js';
import { ProjectsByRoot } from '../project/project-cache.js';
import { isAbsolute } from 'node:path';
import type { CTranslationUnit } from './c-source-code.js';

const createRule = ESLintUtils.RuleCreator((name) => docUrl(name));

/**
 * One analysis per file, for every connectlint rule ESLint runs on it: ESLint
 * calls each enabled rule's `create` before it walks the file, so by the first
 * rule's exit every enabled rule has said its options, and the engine runs
 * once with all of them (ESLint caches nothing of ours across files).
 */
interface FileRun {
  enabled: Map<string, Record<string, unknown>>;
  findings?: Finding[];
}
const runs = new WeakMap<object, FileRun>();

/** One project index per project root for the whole ESLint run (one process). */
const projects = new ProjectsByRoot(() => {
  try {
    return eslintBackend();
  } catch {
    return undefined;
  }
});

function fileRun(ast: object): FileRun {
  let run = runs.get(ast);
  if (!run) {
    run = { enabled: new Map() };
    runs.set(ast, run);
  }
  return run;
}

function findings(
  sourceCode: { text: string; ast: object },
  filename: string,
  cwd: string,
  shared: unknown,
): Finding[] {
  const run = fileRun(sourceCode.ast);
  if (!run.findings) {
    const settings = settingsFor(run.enabled, shared);
    // A C file comes with its tree-sitter tree; TS/JS files are parsed by the engine.
    const parsed = TREES.get(sourceCode.ast as CTranslationUnit);
    const path = languageForPath(filename) ? filename : parsed ? `${filename}.c` : filename;
    const project =
      // C++ reads the C project too (its wrappers, helpers, macros), as in the CLI.
      // Node files read the project's Node modules (factories and helpers of other modules).
      ['c', 'cpp', 'node'].includes(languageForPath(path)?.family ?? '') && isAbsolute(filename)
        ? projects.factsFor(filename, cwd, settings.wrappers.connect)
        : undefined;
    run.findings = analyzeText(
      eslintBackend(),
      path,
      sourceCode.text,
      settings,
      parsed?.tree,
      undefined,
      project,
      parsed?.language,
    ).result.findings;
  }
  return run.findings;
}

/** Settings from ESLint's shared `settings.connectlint` (platform, wrappers), the enabled rules with their options. */
function settingsFor(
  enabled: ReadonlyMap<string, Record<string, unknown>>,
  shared: unknown,
): Settings {
  const settings = defaultSettings();
  const section = (shared as { connectlint?: Record<string, unknown> } | undefined)?.connectlint;
  if (section)
    applyConfigFile(
      { platform: section.platform, wrappers: section.wrappers },
      settings,
      'settings.connectlint',
    );
  for (const [id, setting] of settings.rules) {
    const options = enabled.get(id);
    settings.rules.set(
      id,
      options
        ? { severity: 'error', options: { ...setting.options, ...options } }
        : { ...setting, severity: 'off' },
    );
  }
  return settings;
}

/** One ESLint rule per engine rule: the same check, reported through ESLint, safe fixes as fixes and the rest as suggestions. */
function eslintRule(rule: Rule<object>) {
  return createRule<[Record<string, unknown>], string>({
    name: rule.meta.id,
    meta: {
      type: 'problem',
      docs: { description: rule.meta.description },
      messages: rule.meta.messages,
      schema: [rule.meta.schema as never],
      hasSuggestions: true,
      ...fixableMeta(rule),
      defaultOptions: [rule.meta.defaultOptions as Record<string, unknown>],
    } as never,
    defaultOptions: [rule.meta.defaultOptions as Record<string, unknown>],
    create(context: Readonly<RuleContext<string, [Record<string, unknown>]>>) {
      const options = context.options[0];
      fileRun(context.sourceCode.ast).enabled.set(
        rule.meta.id,
        options && typeof options === 'object' ? options : {},
      );
      const run = () => {
        const types = typeChecker(context);
        const found = findings(context.sourceCode, context.filename, context.cwd, context.settings);
        for (const finding of found) {
          if (finding.ruleId !== rule.meta.id) continue;
          if (types && !types.isSocketAt(finding.location.start.offset)) continue;
          const { start, end } = finding.location;
          context.report({
            messageId: finding.messageId,
            data: finding.data,
            loc: {
              start: { line: start.line, column: start.column - 1 },
              end: { line: end.line, column: end.column - 1 },
            },
            ...(eslintFixes(finding) as object),
          });
        }
      };
      return { 'Program:exit': run, 'CTranslationUnit:exit': run } as never;
    },
  });
}

export const ESLINT_RULES = Object.fromEntries(
  RULES.map((rule) => [rule.meta.id, eslintRule(rule)]),
);
