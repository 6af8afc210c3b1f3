import { CONFIGURABLE_LANGUAGES, languagePattern } from '../parse/language-choice.js';
import { isPlatform, PLATFORMS } from '../platform/platforms.js';
import { RULES_BY_ID } from '../rules/index.js';
import { SEVERITIES, type OptionsSchema, type Severity } from '../rules/rule.js';
import { suggestion } from '../text/did-you-mean.js';
import type { JsonPath } from './json-locations.js';
import type { RuleSetting, Settings } from './settings.js';

/**
 * The configuration's one validator: the CLI's `connectlint.config.json` and
 * `--rule` flags go through it (and the language server's settings will).
 * Errors name the exact place: `rules.unchecked-return[1].reportVoidCast: ...`.
 */
export class ConfigError extends Error {
  /** Every problem found, each with the place it is about (for a line and column). */
  readonly problems: ConfigProblem[];

  constructor(message: string, path: JsonPath = [], problems?: ConfigProblem[]) {
    super(message);
    this.problems = problems ?? [{ message, path }];
  }

  /** One error for all the problems of a configuration: a user fixes them in one go. */
  static of(problems: ConfigProblem[]): ConfigError {
    return new ConfigError(problems.map((problem) => problem.message).join('\n'), [], problems);
  }
}

export interface ConfigProblem {
  message: string;
  path: JsonPath;
}

export interface ConfigFile {
  platform?: string;
  rules?: Record<string, unknown>;
  ignores?: string[];
  reportUnusedDisableDirectives?: boolean;
  wrappers?: unknown;
  manual?: unknown;
  languages?: unknown;
}

/** The config file's keys; `configSchema()` describes each (a test holds them equal). */
export const TOP_LEVEL_KEYS = [
  '$schema',
  'platform',
  'rules',
  'ignores',
  'reportUnusedDisableDirectives',
  'wrappers',
  'manual',
  'languages',
];
export const WRAPPER_KINDS = ['connect', 'socket', 'nonBlocking', 'blocking'] as const;

/**
 * Validates a parsed config file and applies it onto `settings`; returns its
 * `ignores`. Every problem is collected and thrown at the end, as one ConfigError.
 */
export function applyConfigFile(value: unknown, settings: Settings, where: string): string[] {
  if (!isObject(value)) throw new ConfigError(`${where}: the configuration must be a JSON object`);
  const problems: ConfigProblem[] = [];
  const attempt = (path: JsonPath, check: () => void) => {
    try {
      check();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const problem of error.problems)
        problems.push({
          message: problem.message,
          path: problem.path.length ? problem.path : path,
        });
    }
  };
  const allowed = TOP_LEVEL_KEYS.slice(1);
  for (const key of Object.keys(value)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      problems.push({
        message: `${where}: unknown key '${key}'${suggestion(key, allowed)} (allowed: ${allowed.join(', ')})`,
        path: [key],
      });
    }
  }
  if (value.platform !== undefined)
    attempt(['platform'], () => {
      settings.platform = parsePlatform(value.platform, `${where}: platform`);
    });
  if (value.reportUnusedDisableDirectives !== undefined) {
    attempt(['reportUnusedDisableDirectives'], () => {
      if (typeof value.reportUnusedDisableDirectives !== 'boolean') {
        throw new ConfigError(`${where}: reportUnusedDisableDirectives must be true or false`);
      }
      settings.reportUnusedDirectives = value.reportUnusedDisableDirectives;
    });
  }
  if (value.rules !== undefined) {
    if (!isObject(value.rules))
      problems.push({ message: `${where}: rules must be an object`, path: ['rules'] });
    else
      for (const [id, entry] of Object.entries(value.rules)) {
        attempt(['rules', id], () => {
          settings.rules.set(id, parseRuleEntry(id, entry, `${where}: rules.${id}`));
        });
      }
  }
  if (value.manual !== undefined) {
    attempt(['manual'], () => {
      if (value.manual !== 'builtin' && value.manual !== 'local') {
        throw new ConfigError(
          `${where}: manual must be "builtin" or "local", not ${JSON.stringify(value.manual)}`,
        );
      }
      settings.manual = value.manual;
    });
  }
  if (value.languages !== undefined)
    attempt(['languages'], () => {
      settings.languages = parseLanguages(value.languages, `${where}: languages`);
    });
  if (value.wrappers !== undefined)
    attempt(['wrappers'], () => {
      settings.wrappers = parseWrappers(value.wrappers, `${where}: wrappers`);
    });
  const ignores = value.ignores ?? [];
  if (!Array.isArray(ignores) || ignores.some((pattern) => typeof pattern !== 'string')) {
    problems.push({
      message: `${where}: ignores must be an array of glob strings`,
      path: ['ignores'],
    });
  }
  if (problems.length > 0) throw ConfigError.of(problems);
  return ignores as string[];
}

export function parsePlatform(value: unknown, where: string): Settings['platform'] {
  if (!isPlatform(value)) {
    throw new ConfigError(
      `${where}: '${String(value)}' is not a platform (one of ${PLATFORMS.join(', ')})`,
    );
  }
  return value;
}

/** `"warn"`, or `["error", { ...options }]`, for the rule `id`. */
export function parseRuleEntry(id: string, entry: unknown, where: string): RuleSetting {
  const rule = RULES_BY_ID.get(id);
  if (!rule) {
    throw new ConfigError(
      `${where}: unknown rule '${id}'${suggestion(id, [...RULES_BY_ID.keys()])} (known: ${[...RULES_BY_ID.keys()].join(', ')})`,
    );
  }
  const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
  if (!SEVERITIES.includes(severity as Severity)) {
    throw new ConfigError(
      `${where}: severity must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(severity)}`,
    );
  }
  if (Array.isArray(entry) && entry.length > 2) {
    throw new ConfigError(`${where}: expected [severity, options], got ${entry.length} items`);
  }
  return {
    severity: severity as Severity,
    options: {
      ...rule.meta.defaultOptions,
      ...validateOptions(rule.meta.schema, options, `${where}[1]`),
    },
  };
}

function validateOptions(
  schema: OptionsSchema,
  options: unknown,
  where: string,
): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isObject(options)) throw new ConfigError(`${where}: options must be an object`);
  for (const [key, value] of Object.entries(options)) {
    const property = schema.properties[key];
    if (!property) {
      const known = Object.keys(schema.properties);
      throw new ConfigError(
        `${where}: unknown option '${key}'${suggestion(key, known)}${known.length ? ` (known: ${known.join(', ')})` : ' (this rule has no options)'}`,
      );
    }
    if (typeof value !== property.type) {
      throw new ConfigError(
        `${where}.${key}: must be a ${property.type}, not ${JSON.stringify(value)}`,
      );
    }
  }
  return options;
}

/**
 * `{ "connect": ["net_connect"], "socket": ["make_socket"], "nonBlocking": ["set_nonblock"],
 * "blocking": ["set_block"] }`:
 * functions of the project that live in other files.
 */
function parseWrappers(value: unknown, where: string): Settings['wrappers'] {
  if (!isObject(value))
    throw new ConfigError(`${where}: must be an object with ${WRAPPER_KINDS.join(', ')}`);
  const wrappers: Record<(typeof WRAPPER_KINDS)[number], string[]> = {
    connect: [],
    socket: [],
    nonBlocking: [],
    blocking: [],
  };
  for (const [key, names] of Object.entries(value)) {
    if (!(WRAPPER_KINDS as readonly string[]).includes(key)) {
      throw new ConfigError(
        `${where}: unknown kind '${key}'${suggestion(key, WRAPPER_KINDS)} (allowed: ${WRAPPER_KINDS.join(', ')})`,
      );
    }
    if (
      !Array.isArray(names) ||
      names.some((name) => typeof name !== 'string' || !/^[A-Za-z_]\w*$/.test(name))
    ) {
      throw new ConfigError(`${where}.${key}: must be an array of C function names`);
    }
    wrappers[key as (typeof WRAPPER_KINDS)[number]] = names as string[];
  }
  return wrappers;
}

/** `{ "*.h": "cpp", "legacy/**\/*.h": "c" }`: the first glob that matches a file decides. */
function parseLanguages(value: unknown, where: string): Settings['languages'] {
  if (!isObject(value))
    throw new ConfigError(`${where}: must be an object from globs to languages ("*.h": "cpp")`);
  return Object.entries(value).map(([glob, language]) => {
    if (!(CONFIGURABLE_LANGUAGES as readonly unknown[]).includes(language)) {
      throw new ConfigError(
        `${where}.${glob}: must be one of ${CONFIGURABLE_LANGUAGES.map((id) => `"${id}"`).join(', ')}, not ${JSON.stringify(language)}`,
      );
    }
    if (glob.trim() === '') throw new ConfigError(`${where}: a glob must not be empty`);
    return languagePattern(glob, language as (typeof CONFIGURABLE_LANGUAGES)[number]);
  });
}

function isObject(value: unknown): value is Record<string, unknown> & ConfigFile {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
