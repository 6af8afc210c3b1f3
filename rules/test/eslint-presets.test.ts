import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import connectlint from '../src/eslint/index.js';
import { C_BUG, TS_BUG } from './new-user-sources.js';

/**
 * connectlint's presets beside the presets a project already has: `@eslint/js`
 * recommended, typescript-eslint recommended and strict, eslint-config-prettier;
 * each before and after connectlint's, spread as they come (no `files`: they then
 * reach C files too) or scoped to JavaScript and TypeScript files. Each config
 * lints one TypeScript and one C file with a bug through ESLint's API.
 */

type Config = Linter.Config;
const ours: Config[] = [
  ...(connectlint.configs.recommended as Config[]),
  ...(connectlint.configs.c as Config[]),
];
const usual: Record<string, Config[]> = {
  '@eslint/js recommended': [js.configs.recommended],
  'typescript-eslint recommended': tseslint.configs.recommended as Config[],
  'typescript-eslint strict': tseslint.configs.strict as Config[],
  'eslint-config-prettier': [prettier],
  'all of them': [
    js.configs.recommended,
    ...(tseslint.configs.strict as Config[]),
    prettier,
  ] as Config[],
};
const SCRIPT_FILES = ['**/*.js', '**/*.ts'];
const scoped = (configs: Config[]) => configs.map((config) => ({ ...config, files: SCRIPT_FILES }));

describe('connectlint/eslint beside the usual presets', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'connectlint-presets-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'native.c'), C_BUG);
    writeFileSync(join(root, 'src', 'client.ts'), TS_BUG);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  async function connectlintRules(config: readonly Config[]): Promise<Record<string, string[]>> {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [...config] });
    const results = await eslint.lintFiles(['.']);
    return Object.fromEntries(
      results.map((result) => [
        result.filePath.slice(root.length + 1),
        result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`),
      ]),
    );
  }

  for (const [name, presets] of Object.entries(usual)) {
    for (const [form, config] of [
      ['before connectlint', [...presets, ...ours]],
      ['after connectlint', [...ours, ...presets]],
      ['scoped to scripts, before', [...scoped(presets), ...ours]],
    ] as const) {
      it(`${name}, ${form}`, async () => {
        const found = await connectlintRules(config);
        assert.ok(
          found['src/native.c']?.includes('connectlint/unchecked-return'),
          String(found['src/native.c']),
        );
        assert.ok(
          found['src/client.ts']?.includes('connectlint/error-listener'),
          String(found['src/client.ts']),
        );
        assert.ok(
          !Object.values(found)
            .flat()
            .some((rule) => rule.startsWith('fatal')),
        );
      });
    }
  }

  it('defineConfig with extends, as ESLint documents it', async () => {
    const config = defineConfig([
      { files: ['**/*.ts'], extends: [js.configs.recommended, tseslint.configs.recommended] },
      { extends: [connectlint.configs.recommended, connectlint.configs.c] as never },
    ]);
    const found = await connectlintRules(config as Config[]);
    assert.ok(found['src/native.c']?.includes('connectlint/unchecked-return'));
    assert.ok(found['src/client.ts']?.includes('connectlint/error-listener'));
  });

  it('a C-only language option says what to do', async () => {
    const config = [...ours, { files: ['**/*.c'], languageOptions: { dialect: 'c11' } }];
    await assert.rejects(
      connectlintRules(config as Config[]),
      /no language options \(got dialect\).*files/,
    );
  });
});

describe('connectlint/eslint from a CommonJS config', () => {
  it('says to import it from eslint.config.mjs', () => {
    const require = createRequire(import.meta.url);
    assert.throws(() => require('connectlint/eslint'), /import it .*eslint\.config\.mjs/);
  });
});
