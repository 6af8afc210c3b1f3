import { pathToFileURL } from 'node:url';
import type { ModelKind, Models } from '../frontends/models.js';
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

export interface RuleMeta<Options extends object, MessageIds extends string = string> {
  id: string;
  /** The connect(2) passages the rule rests on: sections or errnos, quoted in its doc. */
  manpage: readonly string[];
  /** One sentence: the doc page's description must equal it. */
  description: string;
  /** `off` for rules one opts into (connect-timeout). */
  defaultSeverity: Severity;
  /** Message templates by id; `{{name}}` is replaced by `data.name`. */
  messages: Record<MessageIds, string>;
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

export interface Report<MessageIds extends string = string> {
  messageId: MessageIds;
  data?: Record<string, string | number>;
  /** The finding covers [start, end) of these nodes' span. */
  start: SyntaxNode;
  end?: SyntaxNode;
  related?: Related[];
  /** Quick fixes, offered in editors; applied by `--fix` when `safe`. */
  fixes?: Fix[];
}

/** What a rule's check is given: the file's model, of the kind the check is for. */
export interface RuleContext<Model, Options extends object, MessageIds extends string = string> {
  model: Model;
  options: Options;
  platform: Platform;
  report(report: Report<MessageIds>): void;
}

/**
 * A rule's checks, one per model kind it reads (`c`, `node`): the front ends
 * that build that kind run it, and the rule's languages are derived from them
 * (`languagesOf` in frontends/registry.ts).
 */
export type RuleChecks<Options extends object, MessageIds extends string> = {
  [K in ModelKind]?: (context: RuleContext<Models[K], Options, MessageIds>) => void;
};

/** A rule: its meta, and its checks per model kind. */
export interface Rule<
  Options extends object = Record<string, unknown>,
  MessageIds extends string = string,
> {
  meta: RuleMeta<Options, MessageIds>;
  checks: RuleChecks<Options, MessageIds>;
}

/** The schema and defaults of a rule that takes no options. */
export const NO_OPTIONS = {
  schema: { type: 'object', properties: {}, additionalProperties: false } as OptionsSchema,
  defaultOptions: {} as Record<string, never>,
};

/**
 * Identity, for inference: `createRule({ meta, checks: { c(context) {…} } })`.
 * The message ids are inferred from `meta.messages` (as typescript-eslint's
 * `RuleCreator<Options, MessageIds>`): a report with another id does not compile.
 */
export function createRule<Options extends object, MessageIds extends string>(
  rule: Rule<Options, MessageIds>,
): Rule<Options, MessageIds> {
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
