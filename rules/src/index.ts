/** connectlint's engine API: what the CLI uses and later faces will. */
export { lintText, MAX_FILE_BYTES } from './engine/lint.js';
export type { Finding, FileResult, FileNotice } from './engine/finding.js';
export { defaultSettings, type Settings, type RuleSetting } from './config/settings.js';
export { applyConfigFile, parseRuleEntry, parsePlatform, ConfigError } from './config/validate.js';
export { loadBackend, type BackendName } from './parse/backend.js';
export type { ParserBackend, SyntaxNode, SyntaxTree } from './parse/syntax.js';
export { LANGUAGES, languageForPath } from './parse/languages.js';
export { buildCFileModel } from './model/c/file-model.js';
export type * from './model/c/types.js';
export { RULES, RULES_BY_ID } from './rules/index.js';
export { docUrl } from './rules/rule.js';
export { LineIndex, type Location, type Position } from './text/positions.js';
export { PLATFORMS, PLATFORM_FACTS, type Platform } from './platform/platforms.js';
