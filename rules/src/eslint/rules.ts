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
import type { CTranslationUnit } from './c-source-code.js';

const createRule = ESLintUtils.RuleCreator((name) => docUrl(name));

/**
 * The engine's findings for one file, shared by every connectlint rule ESLint
 * runs on it (one analysis per file and settings, not one per rule).
 */
const analyses = new WeakMap<object, Map<string, Finding[]>>();

function findings(
  sourceCode: { text: string; ast: object },
  filename: string,
  settings: Settings,
): Finding[] {
  const key = JSON.stringify([settings.platform, settings.wrappers, [...settings.rules]]);
  let byKey = analyses.get(sourceCode.ast);
  if (!byKey) {
    byKey = new Map();
    analyses.set(sourceCode.ast, byKey);
  }
  let found = byKey.get(key);
  if (!found) {
    // A C file comes with its tree-sitter tree; TS/JS files are parsed by the engine.
    const tree = TREES.get(sourceCode.ast as CTranslationUnit);
    const path = languageForPath(filename) ? filename : tree ? `${filename}.c` : filename;
    found = analyzeText(eslintBackend(), path, sourceCode.text, settings, tree).result.findings;
    byKey.set(key, found);
  }
  return found;
}

/** Settings from ESLint's shared `settings.connectlint` (platform, wrappers), this rule's options on top. */
function settingsFor(rule: Rule<object>, options: unknown, shared: unknown): Settings {
  const settings = defaultSettings();
  const section = (shared as { connectlint?: Record<string, unknown> } | undefined)?.connectlint;
  if (section)
    applyConfigFile(
      { platform: section.platform, wrappers: section.wrappers },
      settings,
      'settings.connectlint',
    );
  for (const [id, setting] of settings.rules)
    settings.rules.set(id, { ...setting, severity: id === rule.meta.id ? 'error' : 'off' });
  const own = settings.rules.get(rule.meta.id);
  if (own && options && typeof options === 'object') own.options = { ...own.options, ...options };
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
      const run = () => {
        const settings = settingsFor(rule, context.options[0], context.settings);
        const types = typeChecker(context);
        for (const finding of findings(context.sourceCode, context.filename, settings)) {
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
