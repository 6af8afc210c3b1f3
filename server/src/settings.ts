import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyConfigFile, ConfigError, defaultSettings, type Settings } from 'connectlint';

export const CONFIG_FILE = 'connectlint.config.json';

/**
 * Settings for the workspace: defaults, then `connectlint.config.json` in the
 * workspace folder, then the editor's `connectlint` section (the same schema as
 * the config file). Errors come back as messages; the defaults stand.
 */
export function resolveSettings(
  workspaceFolder: string | undefined,
  editorSection: unknown,
): { settings: Settings; errors: string[] } {
  const settings = defaultSettings();
  const errors: string[] = [];
  if (workspaceFolder) {
    const file = join(workspaceFolder, CONFIG_FILE);
    if (existsSync(file)) {
      try {
        applyConfigFile(JSON.parse(readFileSync(file, 'utf8')) as unknown, settings, CONFIG_FILE);
      } catch (error) {
        errors.push(
          error instanceof ConfigError
            ? error.message
            : `${CONFIG_FILE}: ${(error as Error).message}`,
        );
      }
    }
  }
  if (editorSection && typeof editorSection === 'object' && Object.keys(editorSection).length > 0) {
    try {
      applyConfigFile(
        stripEmpty(editorSection as Record<string, unknown>),
        settings,
        'settings: connectlint',
      );
    } catch (error) {
      errors.push(error instanceof ConfigError ? error.message : String(error));
    }
  }
  return { settings, errors };
}

/** Editors send every setting, unset ones as null: leave those to the config file. */
function stripEmpty(section: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(section).filter(([, value]) => value !== null && value !== undefined),
  );
}
