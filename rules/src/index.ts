/** connectlint's engine API: what the CLI uses and later faces will. */
export {
  analyzeText,
  keptForNextVersion,
  lintText,
  MAX_FILE_BYTES,
  type Analysis,
  type EditorContext,
} from './engine/lint.js';
export { mayMatter, bytesMayMatter } from './engine/prefilter.js';
export { findFiles } from './cli/files.js';
export type { Finding, FileResult, FileNotice } from './engine/finding.js';
export { defaultSettings, type Settings, type RuleSetting } from './config/settings.js';
export { applyConfigFile, parseRuleEntry, parsePlatform, ConfigError } from './config/validate.js';
export { envBackend, loadBackend, type BackendName } from './parse/backend.js';
export type { ParserBackend, SyntaxNode, SyntaxTree } from './parse/syntax.js';
export { editTree } from './parse/tree-changes.js';
export { LANGUAGES, languageForPath } from './parse/languages.js';
export { FRONT_ENDS, frontEndOf, frontEndsOf, languagesOf } from './frontends/registry.js';
export type { FrontEnd } from './frontends/front-end.js';
export type { AnyModel, ModelKind, Models } from './frontends/models.js';
export { preprocessorView } from './parse/c-preprocessor-view.js';
export { buildCFileModel } from './model/c/file-model.js';
export type * from './model/c/types.js';
export { RULES, RULES_BY_ID } from './rules/index.js';
export { docUrl } from './rules/rule.js';
export { LineIndex, type Location, type Position } from './text/positions.js';
export { PLATFORMS, PLATFORM_FACTS, type Platform } from './platform/platforms.js';
export { buildNodeFileModel } from './model/node/file-model.js';
export type { NodeFileModel } from './model/node/types.js';
export { hoverAt, type Hover, type HoverRequest } from './hover/hover.js';
export { localManual } from './knowledge/local-manual.js';
export { explain } from './cli/explain.js';
export { parseDirective } from './suppress/directives.js';
export { UNKNOWN_RULE_IN_DIRECTIVE, UNUSED_DIRECTIVE, type FindingFix } from './engine/finding.js';
export type { FunctionSummary } from './model/c/types.js';
export { languageById, type LanguageSpec } from './parse/languages.js';
export { chooseLanguage, languagePattern, type LanguagePattern } from './parse/language-choice.js';
export { grammarWasmPath, resourceDir, useBundledResources } from './resources.js';
export { configSchema, type JsonSchema } from './config/schema.js';
export { ProjectIndex, contentHash } from './project/project-index.js';
export { buildProject, indexFiles } from './project/build-index.js';
export {
  projectSources,
  projectNodeSources,
  projectRootFor,
  PROJECT_MARKERS,
} from './project/project-root.js';
export { isCFamily } from './project/cpp-outline.js';
export { digestNodeProject } from './project/node-index.js';
export { ProjectsByRoot } from './project/project-cache.js';
export { NO_PROJECT, type ProjectFacts, type ProjectFunction } from './project/types.js';
export { applyFixes } from './fix/apply-fixes.js';
export { fixText, MAX_PASSES, type FixFilter, type FixedText } from './fix/fix-text.js';
