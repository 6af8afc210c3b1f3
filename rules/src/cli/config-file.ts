import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { jsonPosition, offsetPosition } from '../config/json-locations.js';
import { ConfigError, applyConfigFile, parsePlatform, parseRuleEntry } from '../config/validate.js';
import { defaultSettings, type Settings } from '../config/settings.js';
import type { CliOptions } from './args.js';
import { ignoresUnder } from './files.js';

export const CONFIG_FILE_NAME = 'connectlint.config.json';

export interface LoadedConfig {
  settings: Settings;
  /** Patterns (gitignore syntax) relative to `ignoreRoot`. */
  ignores: string[];
  ignoreRoot: string;
  /** `ignores` compiled: whether they ignore a path (a folder when `isDir`). */
  isIgnored: (path: string, isDir: boolean) => boolean;
  configPath?: string;
}

/**
 * The settings for each file of a run, as ESLint 10 finds its config: the
 * nearest `connectlint.config.json` from the file's own folder up (`-c` names
 * one for every file, `--no-config` uses none), then the command line's
 * `--platform`, `--rule` and `--report-unused-disable-directives` over it.
 * Config files are JSON and only JSON: nothing from a workspace is executed.
 *
 * A config with errors does not stop the lookup: its errors are collected (all
 * of them, each with its line and column) so that a run reports every broken
 * config at once, and the CLI exits 2 before linting.
 */
export class ConfigLookup {
  /** Every config error met so far, one line each. */
  readonly errors: string[] = [];
  private readonly nearest = new Map<string, string | undefined>();
  private readonly loaded = new Map<string, LoadedConfig>();
  private readonly fixed: string | undefined;

  constructor(
    private readonly options: CliOptions,
    private readonly cwd: string,
  ) {
    if (options.config !== undefined) this.fixed = resolve(cwd, options.config);
    // Errors in the command line's own settings are reported before any file is looked at.
    this.withCommandLine(defaultSettings());
  }

  /** The config for the files of folder `dir`. */
  forDir(dir: string): LoadedConfig {
    const path = this.options.noConfig ? undefined : (this.fixed ?? this.find(dir));
    const key = path ?? '';
    let config = this.loaded.get(key);
    if (!config) {
      config = path ? this.read(path) : this.none();
      this.loaded.set(key, config);
    }
    return config;
  }

  forFile(path: string): LoadedConfig {
    return this.forDir(dirname(path));
  }

  private find(dir: string): string | undefined {
    if (this.nearest.has(dir)) return this.nearest.get(dir);
    const candidate = join(dir, CONFIG_FILE_NAME);
    const found = existsSync(candidate)
      ? candidate
      : dirname(dir) === dir
        ? undefined
        : this.find(dirname(dir));
    this.nearest.set(dir, found);
    return found;
  }

  private none(): LoadedConfig {
    const settings = this.withCommandLine(defaultSettings());
    return { settings, ignores: [], ignoreRoot: this.cwd, isIgnored: () => false };
  }

  private read(configPath: string): LoadedConfig {
    const settings = defaultSettings();
    const shown = relative(this.cwd, configPath) || configPath;
    let ignores: string[] = [];
    try {
      ignores = readConfigFile(configPath, shown, settings);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.errors.push(...error.message.split('\n'));
    }
    this.withCommandLine(settings);
    const ignoreRoot = dirname(configPath);
    const isIgnored = ignoresUnder({ patterns: ignores, root: ignoreRoot });
    return { settings, ignores, ignoreRoot, isIgnored, configPath };
  }

  private withCommandLine(settings: Settings): Settings {
    const { options } = this;
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
    return settings;
  }
}

/**
 * Reads, parses and applies one config file; returns its `ignores`. Errors say
 * `file:line:column: ...`, every one of them in one ConfigError.
 */
function readConfigFile(path: string, shown: string, settings: Settings): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `${shown}: cannot read: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8 says "at position 39" (or nothing, at the end): a line and column instead.
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const { line, column } = offsetPosition(text, position ? Number(position[1]) : text.length);
    const reason = message.replace(/\s*in JSON at position \d+.*$|\s*at position \d+.*$/s, '');
    throw new ConfigError(`${shown}:${line}:${column}: not valid JSON: ${reason}`);
  }
  try {
    return applyConfigFile(value, settings, shown);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw ConfigError.of(
      error.problems.map((problem) => {
        const { line, column } = jsonPosition(text, problem.path);
        const message = problem.message.startsWith(`${shown}: `)
          ? `${shown}:${line}:${column}: ${problem.message.slice(shown.length + 2)}`
          : problem.message;
        return { message, path: problem.path };
      }),
    );
  }
}
