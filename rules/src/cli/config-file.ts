import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ConfigError, applyConfigFile, parsePlatform, parseRuleEntry } from '../config/validate.js';
import { defaultSettings, type Settings } from '../config/settings.js';
import type { CliOptions } from './args.js';

export const CONFIG_FILE_NAME = 'connectlint.config.json';

export interface LoadedConfig {
  settings: Settings;
  /** Patterns (gitignore syntax) relative to `ignoreRoot`. */
  ignores: string[];
  ignoreRoot: string;
  configPath?: string;
}

/**
 * Settings for a run: defaults, then the config file, then the command line.
 * The config file is JSON and only JSON: nothing from a workspace is executed.
 */
export function loadConfig(options: CliOptions, cwd: string): LoadedConfig {
  const settings = defaultSettings();
  let ignores: string[] = [];
  let ignoreRoot = cwd;
  const configPath = options.noConfig
    ? undefined
    : options.config !== undefined
      ? resolve(cwd, options.config)
      : findConfig(cwd);
  if (configPath) {
    const shown = relative(cwd, configPath) || configPath;
    let text: string;
    try {
      text = readFileSync(configPath, 'utf8');
    } catch (error) {
      throw new ConfigError(
        `${shown}: cannot read: ${(error as NodeJS.ErrnoException).code ?? error}`,
      );
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(`${shown}: not valid JSON: ${(error as Error).message}`);
    }
    ignores = applyConfigFile(value, settings, shown);
    ignoreRoot = dirname(configPath);
  }
  if (options.platform !== undefined)
    settings.platform = parsePlatform(options.platform, '--platform');
  for (const flag of options.rules) {
    const equals = flag.indexOf('=');
    if (equals < 0) throw new ConfigError(`--rule ${flag}: expected <rule-id>=<off|warn|error>`);
    const id = flag.slice(0, equals).trim();
    const previous = settings.rules.get(id);
    const entry = parseRuleEntry(id, flag.slice(equals + 1).trim(), `--rule ${flag}`);
    // A severity from the command line keeps the options from the config file.
    settings.rules.set(id, { ...entry, options: previous?.options ?? entry.options });
  }
  if (options.reportUnusedDirectives) settings.reportUnusedDirectives = true;
  return { settings, ignores, ignoreRoot, ...(configPath ? { configPath } : {}) };
}

function findConfig(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
