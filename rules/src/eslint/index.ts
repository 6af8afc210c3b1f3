/**
 * `connectlint/eslint`: the ESLint plugin. The same rules as the CLI and the
 * language server (one engine), a C language so that one `eslint` run also
 * lints .c/.h files, and two presets.
 *
 *   import connectlint from 'connectlint/eslint';
 *   export default [...connectlint.configs.recommended, ...connectlint.configs.c];
 *
 * The module awaits its parser (wasm loads asynchronously), so it is imported,
 * not required: the config file is ESM (`eslint.config.mjs`).
 */
import tsParser from '@typescript-eslint/parser';
import { RULES } from '../rules/index.js';
import { CLanguage, prepareEslintBackend } from './c-language.js';
import { ESLINT_RULES } from './rules.js';

await prepareEslintBackend();

const severities = (language: string) =>
  Object.fromEntries(
    RULES.filter((rule) => rule.meta.languages.includes(language)).map((rule) => [
      `connectlint/${rule.meta.id}`,
      rule.meta.defaultSeverity,
    ]),
  );

const plugin = {
  meta: { name: 'connectlint', version: '0.1.0' },
  rules: ESLINT_RULES,
  languages: { c: new CLanguage() },
  configs: {} as Record<string, unknown[]>,
};

plugin.configs.recommended = [
  {
    name: 'connectlint/recommended/typescript',
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    plugins: { connectlint: plugin },
    languageOptions: { parser: tsParser },
    rules: severities('ts'),
  },
  {
    name: 'connectlint/recommended/javascript',
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'],
    plugins: { connectlint: plugin },
    rules: severities('ts'),
  },
];
plugin.configs.c = [
  {
    name: 'connectlint/c',
    files: ['**/*.c', '**/*.h'],
    plugins: { connectlint: plugin },
    language: 'connectlint/c',
    rules: severities('c'),
  },
];

export default plugin;
