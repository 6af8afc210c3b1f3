import { ESLint } from 'eslint';
import plugin from 'connectlint/eslint';
import type { FaceFinding, Fixture } from './fixtures.js';
import { byConfig } from './fixtures.js';
import { FIXTURE_ROOT } from './fixtures.js';

/**
 * ESLint as a face: every fixture through ESLint's own API with the plugin's
 * presets, the fixture's configuration turned into ESLint rule settings and
 * `settings.connectlint`. One ESLint instance per distinct configuration.
 */
export async function eslintFace(fixtures: Fixture[]): Promise<Map<Fixture, FaceFinding[]>> {
  const groups = byConfig(fixtures);
  const found = new Map<Fixture, FaceFinding[]>();
  for (const [key, group] of groups) {
    const config = JSON.parse(key) as {
      platform?: string;
      wrappers?: unknown;
      rules?: Record<string, unknown>;
    };
    const rules = Object.fromEntries(
      Object.entries(config.rules ?? {}).map(([id, entry]) => [`connectlint/${id}`, entry]),
    );
    const overrides = {
      settings: { connectlint: { platform: config.platform, wrappers: config.wrappers } },
      rules,
    };
    const eslint = new ESLint({
      cwd: FIXTURE_ROOT,
      overrideConfigFile: true,
      overrideConfig: [
        ...(plugin.configs.recommended as object[]),
        ...(plugin.configs.c as object[]),
        ...(plugin.configs.cpp as object[]),
        overrides,
      ] as never,
    });
    const results = await eslint.lintFiles(group.map((fixture) => fixture.path));
    for (const fixture of group) {
      const result = results.find((candidate) => candidate.filePath === fixture.path);
      found.set(
        fixture,
        (result?.messages ?? []).map((message) => ({
          line: message.line,
          ruleId: message.ruleId?.replace(/^connectlint\//, '') ?? `fatal: ${message.message}`,
          message: message.message,
          messageId: message.messageId ?? '',
        })),
      );
    }
  }
  return found;
}
