import { DEFAULT_PLATFORM, type Platform } from '../platform/platforms.js';
import { RULES } from '../rules/index.js';
import type { Severity } from '../rules/rule.js';
import { NO_WRAPPERS, type Wrappers } from '../model/c/types.js';
import type { LanguagePattern } from '../parse/language-choice.js';

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

/** Everything that decides what the engine reports for a file. */
export interface Settings {
  platform: Platform;
  rules: Map<string, RuleSetting>;
  reportUnusedDirectives: boolean;
  /** The project's own connect, socket and non-blocking helpers, defined in other files. */
  wrappers: Wrappers;
  /** Hovers and --explain show the built-in FreeBSD page, or the machine's `man 2 connect`. */
  manual: 'builtin' | 'local';
  /** The config's `languages`: globs whose files are C or C++ whatever their extension says (`.h`). */
  languages: readonly LanguagePattern[];
}

export function defaultSettings(): Settings {
  return {
    platform: DEFAULT_PLATFORM,
    rules: new Map(
      RULES.map((rule) => [
        rule.meta.id,
        { severity: rule.meta.defaultSeverity, options: { ...rule.meta.defaultOptions } },
      ]),
    ),
    reportUnusedDirectives: false,
    wrappers: NO_WRAPPERS,
    manual: 'builtin',
    languages: [],
  };
}
