/**
 * `connectlint/eslint`: the ESLint plugin. The same rules as the CLI and the
 * language server (one engine), a C language (it reads C++ too) so that one
 * `eslint` run also lints .c/.h and .cc/.cpp/.hpp… files, and three presets.
 *
 *   import connectlint from 'connectlint/eslint';
 *   export default [
 *     ...connectlint.configs.recommended,
 *     ...connectlint.configs.c,
 *     ...connectlint.configs.cpp,
 *   ];
 *
 * The module awaits its parser (wasm loads asynchronously), so it is imported,
 * not required: the config file is ESM (`eslint.config.mjs`).
 */
import tsParser from '@typescript-eslint/parser';
import type { FrontEnd } from '../frontends/front-end.js';
import { FRONT_ENDS, frontEndsOf } from '../frontends/registry.js';
import { LANGUAGES } from '../parse/languages.js';
import { RULES } from '../rules/index.js';
import { CLanguage, prepareEslintBackend } from './c-language.js';
import { ESLINT_RULES } from './rules.js';

await prepareEslintBackend();

/** The default severities of the rules a front end runs. */
const severities = (frontEnd: FrontEnd) =>
  Object.fromEntries(
    RULES.filter((rule) => frontEndsOf(rule).includes(frontEnd)).map((rule) => [
      `connectlint/${rule.meta.id}`,
      rule.meta.defaultSeverity,
    ]),
  );

/** The files of these languages (the language table's extensions). */
const globs = (ids: readonly string[]) =>
  LANGUAGES.filter((language) => ids.includes(language.id)).flatMap((language) =>
    language.extensions.map((extension) => `**/*${extension}`),
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
    files: globs(['typescript', 'tsx']),
    plugins: { connectlint: plugin },
    languageOptions: { parser: tsParser },
    rules: severities(FRONT_ENDS.node),
  },
  {
    name: 'connectlint/recommended/javascript',
    files: globs(['javascript']),
    plugins: { connectlint: plugin },
    rules: severities(FRONT_ENDS.node),
  },
];
/** A preset of the C family: these languages' files, read by the C language (C++ too). */
const cFamilyPreset = (frontEnd: FrontEnd) => [
  {
    name: `connectlint/${frontEnd.id}`,
    files: globs(LANGUAGES.filter((language) => language.family === frontEnd.id).map((l) => l.id)),
    plugins: { connectlint: plugin },
    language: 'connectlint/c',
    rules: severities(frontEnd),
  },
];
plugin.configs.c = cFamilyPreset(FRONT_ENDS.c);
// C++ is read by the same language (with tree-sitter-cpp) and runs the C rules.
plugin.configs.cpp = cFamilyPreset(FRONT_ENDS.cpp);

export default plugin;
