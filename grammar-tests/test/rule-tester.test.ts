import { after, describe, it } from 'node:test';
import { RuleTester as TsRuleTester } from '@typescript-eslint/rule-tester';
import plugin from 'connectlint/eslint';
import {
  applyFixes,
  FRONT_ENDS,
  frontEndsOf,
  lintText,
  loadBackend,
  RULES,
  type FindingFix,
} from 'connectlint';
import { RuleTester } from 'eslint';
import { settingsFor } from '../src/faces.js';
import { loadFixtures, type Fixture } from '../src/fixtures.js';

const backend = await loadBackend('native');

TsRuleTester.afterAll = after;
TsRuleTester.describe = describe;
TsRuleTester.it = it;
TsRuleTester.itOnly = it.only;

/**
 * Every rule through the rule testers, with the grammar-test fixtures as cases:
 * ESLint's RuleTester with the C language for C and C++ fixtures, typescript-eslint's
 * for TypeScript and JavaScript ones. A fixture with `expect: <rule>` lines is
 * an invalid case with exactly those errors; one without is a valid case.
 */
const fixtures = [...loadFixtures('c'), ...loadFixtures('cpp'), ...loadFixtures('ts')];

function testCase(fixture: Fixture, ruleId: string) {
  const config = (fixture.config ?? {}) as {
    platform?: string;
    wrappers?: unknown;
    rules?: Record<string, unknown>;
  };
  const entry = config.rules?.[ruleId];
  const options = Array.isArray(entry) && entry[1] ? [entry[1]] : [];
  // The messages and fixes the engine gives on the annotated lines (the grammar
  // test holds those lines to the annotations): ESLint must report the same.
  const lines = new Set(fixture.expected.filter((e) => e.ruleId === ruleId).map((e) => e.line));
  const findings = lintText(
    backend,
    fixture.path,
    fixture.text,
    settingsFor(fixture),
  ).findings.filter((f) => f.ruleId === ruleId && lines.has(f.location.start.line));
  const errors = findings.map((f) => ({
    messageId: f.messageId,
    line: f.location.start.line,
    column: f.location.start.column,
    // Safe fixes are ESLint fixes (the case's `output`); the others are suggestions.
    suggestions: f.fixes
      .filter((fix) => !fix.safe)
      .map((fix) => ({
        desc: fix.description,
        output: applied(fixture.text, fix),
      })),
  }));
  const safe = findings.flatMap((f) => f.fixes.filter((fix) => fix.safe).slice(0, 1));
  return {
    code: fixture.text,
    filename: fixture.path,
    options,
    settings: { connectlint: { platform: config.platform, wrappers: config.wrappers } },
    ...(errors.length > 0 ? { errors } : {}),
    // One pass of ESLint's fixer: the engine's `applyFixes` picks the same fixes.
    ...(safe.length > 0 ? { output: applyFixes(fixture.text, safe).text } : {}),
  };
}

function cases(language: string, ruleId: string) {
  // A rule that is off by default is judged only by the fixtures that turn it on.
  const offByDefault =
    RULES.find((rule) => rule.meta.id === ruleId)?.meta.defaultSeverity === 'off';
  const own = fixtures.filter(
    (fixture) =>
      fixture.language === language &&
      (!offByDefault || ![undefined, 'off'].includes(enabled(fixture, ruleId))),
  );
  const all = own.map((fixture) => testCase(fixture, ruleId));
  return {
    valid: all
      .filter((c) => !('errors' in c))
      .map(({ code, filename, options, settings }) => ({ code, filename, options, settings })),
    invalid: all.filter((c) => 'errors' in c),
  };
}

// C++ fixtures through the same language: it parses a `.cc` file with tree-sitter-cpp.
for (const frontEnd of [FRONT_ENDS.c, FRONT_ENDS.cpp]) {
  describe(`every ${frontEnd.label} rule through ESLint RuleTester (language connectlint/c)`, () => {
    const tester = new RuleTester({
      plugins: { connectlint: plugin as never },
      language: 'connectlint/c',
    } as never);
    for (const rule of RULES.filter((rule) => frontEndsOf(rule).includes(frontEnd))) {
      it(rule.meta.id, () => {
        tester.run(
          rule.meta.id,
          plugin.rules[rule.meta.id] as never,
          cases(frontEnd.fixtures, rule.meta.id) as never,
        );
      });
    }
  });
}

describe('every TypeScript/JavaScript rule through @typescript-eslint/rule-tester', () => {
  const tester = new TsRuleTester({
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  } as never);
  for (const rule of RULES.filter((rule) => frontEndsOf(rule).includes(FRONT_ENDS.node))) {
    tester.run(
      rule.meta.id,
      plugin.rules[rule.meta.id] as never,
      cases('ts', rule.meta.id) as never,
    );
  }
});

function applied(text: string, fix: FindingFix): string {
  let result = text;
  for (const edit of [...fix.edits].sort(
    (a, b) => b.location.start.offset - a.location.start.offset,
  )) {
    result =
      result.slice(0, edit.location.start.offset) +
      edit.text +
      result.slice(edit.location.end.offset);
  }
  return result;
}

/** The severity a fixture's configuration gives the rule, if any. */
function enabled(fixture: Fixture, ruleId: string): string | undefined {
  const entry = (fixture.config as { rules?: Record<string, unknown> } | undefined)?.rules?.[
    ruleId
  ];
  return (Array.isArray(entry) ? entry[0] : entry) as string | undefined;
}
