import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultSettings } from '../config/settings.js';
import { applyConfigFile } from '../config/validate.js';
import { chooseLanguage, type LanguagePattern } from '../parse/language-choice.js';
import type { LanguageSpec } from '../parse/languages.js';

const CONFIG_FILE = 'connectlint.config.json';

/** Each folder's `languages`, from the nearest config file up (as the CLI finds its config). */
const BY_FOLDER = new Map<string, readonly LanguagePattern[]>();

/**
 * The language ESLint's `connectlint/c` parses a file with: the one the CLI and
 * the language server choose (`chooseLanguage`), with the `languages` of the
 * nearest `connectlint.config.json`. ESLint's `parse()` sees no shared
 * settings, so the project's config file is where a `.h` is said to be C++.
 * A config file that does not validate says nothing here: the rules' run
 * reports nothing about it either (ESLint's own config is the one it checks).
 */
export function eslintFileLanguage(path: string, text: string): LanguageSpec | undefined {
  return chooseLanguage(path, text, languagesFor(dirname(path)));
}

function languagesFor(folder: string): readonly LanguagePattern[] {
  let languages = BY_FOLDER.get(folder);
  if (languages) return languages;
  const file = join(folder, CONFIG_FILE);
  if (existsSync(file)) {
    languages = [];
    try {
      const value = JSON.parse(readFileSync(file, 'utf8')) as { languages?: unknown };
      const settings = defaultSettings();
      applyConfigFile({ languages: value.languages }, settings, CONFIG_FILE);
      languages = settings.languages;
    } catch {
      // unreadable or invalid: no `languages`
    }
  } else {
    languages = dirname(folder) === folder ? [] : languagesFor(dirname(folder));
  }
  BY_FOLDER.set(folder, languages);
  return languages;
}
