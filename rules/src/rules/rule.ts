import { pathToFileURL } from 'node:url';
import type { CFileModel } from '../model/c/types.js';
import type { NodeFileModel } from '../model/node/types.js';
import type { SyntaxNode } from '../parse/syntax.js';
import type { Platform } from '../platform/platforms.js';
import { declaredHomepage, resourceDir } from '../resources.js';

/** How a rule's findings are reported. `off` disables the rule. */
export type Severity = 'off' | 'warn' | 'error';
export const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];

/**
 * Where the rule docs live: the one place a doc URL is made from a rule id (the
 * ESLint rule's `docs.url`, the LSP `codeDescription`, SARIF's `helpUri`, links
 * in `--explain`). A link must open: when connectlint's package.json declares a
 * `homepage`, its docs are at `<homepage>/docs/`; until then, at the pages the
 * installed package (or the editor's bundle) carries, as a `file:` URL.
 */
export function docsBaseUrl(): string {
  const home = declaredHomepage();
  return home
    ? new URL('docs/', home.replace(/\/?$/, '/')).href
    : pathToFileURL(resourceDir('docs')).href;
}

export function docUrl(ruleId: string): string {
  return `${docsBaseUrl()}${ruleId}.md`;
}

/** Whether a link opens for anyone, not only on this machine (SARIF uploaded to code scanning). */
export function isPublicUrl(url: string): boolean {
  return /^https?:\/\//.test(url);
}

/** A JSON schema for a rule's options object (what ESLint calls `schema`). */
export interface OptionsSchema {
  type: 'object';
  properties: Record<string, { type: string; description: string; default?: unknown }>;
  additionalProperties: false;
}

export interface RuleMeta<Options extends object> {
  id: string;
  languages: readonly string[];
  /** The connect(2) passages the rule rests on: sections or errnos, quoted in its doc. */
  manpage: readonly string[];
  /** One sentence: the doc page's description must equal it. */
  description: string;
  /** `off` for rules one opts into (connect-timeout). */
  defaultSeverity: Severity;
  /** Message templates by id; `{{name}}` is replaced by `data.name`. */
  messages: Record<string, string>;
  schema: OptionsSchema;
  defaultOptions: Options;
  /** Some of its fixes are `safe` (ESLint's `meta.fixable`; `--fix` applies them). */
  fixable?: boolean;
}

export interface Related {
  node: SyntaxNode;
  message: string;
}

/** A text edit: replace [start, end) (UTF-16 offsets) with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A mechanical fix: a description and the edits that make it. */
export interface Fix {
  description: string;
  edits: Edit[];
  /**
   * Safe to apply unattended (`connectlint --fix`, ESLint's `fix`): it keeps what
   * the code means to do and only makes it right. A fix that changes behaviour a
   * reviewer must judge (a new code path, a default value) leaves this unset and
   * is offered as a suggestion (`--unsafe-fixes` applies it).
   */
  safe?: boolean;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** The finding covers [start, end) of these nodes' span. */
  start: SyntaxNode;
  end?: SyntaxNode;
  related?: Related[];
  /** Quick fixes, offered in editors; applied by `--fix` when `safe`. */
  fixes?: Fix[];
}

export interface RuleContext<Options extends object> {
  model: CFileModel;
  options: Options;
  platform: Platform;
  report(report: Report): void;
}

/** The same, for TypeScript and JavaScript files: the model is the file's Node sockets. */
export interface NodeRuleContext<Options extends object> {
  model: NodeFileModel;
  options: Options;
  platform: Platform;
  report(report: Report): void;
}

/** A rule: its meta, and a check per front end it applies to (C, Node). */
export interface Rule<Options extends object = Record<string, unknown>> {
  meta: RuleMeta<Options>;
  check?(context: RuleContext<Options>): void;
  checkNode?(context: NodeRuleContext<Options>): void;
}

/** The schema and defaults of a rule that takes no options. */
export const NO_OPTIONS = {
  schema: { type: 'object', properties: {}, additionalProperties: false } as OptionsSchema,
  defaultOptions: {} as Record<string, never>,
};

/** Identity, for inference: `createRule({ meta, check })`. */
export function createRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

export function formatMessage(
  template: string,
  data: Record<string, string | number> | undefined,
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    data && key in data ? String(data[key]) : whole,
  );
}
