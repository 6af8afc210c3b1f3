import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Fixtures are real-looking source files whose comments say what must be found:
 *   connect(fd, sa, len);            // expect: unchecked-return
 *   if (connect(fd, sa, len) < 0)    // ok: unchecked-return
 *   strcpy(a.sun_path, p);           // todo: unix-path-bounds   (a known miss)
 * `expect:` — a finding of that rule starts on this line; `expect: rule(messageId)`
 * also says which of the rule's messages (its typed message ids). No `expect:` means no
 * finding of any rule on the line. `ok:` marks a clean idiom (counted, and
 * checked to have no finding). `todo:` is a known miss that does not fail.
 * A first-line comment `// grammar-test: { ...config... }` sets the fixture's
 * configuration, in the config file's schema.
 * `//! grammar-test: {...}` may be on any line. `//! expect-next: <rule>` (and `ok-next:`, `todo-next:`) on a line of its own says
 * the same of the next line that is not a comment: esbuild keeps only `//!` comments,
 * and keeps them before the statement, so compiled fixtures are annotated this way.
 */
export const FIXTURE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Expectation {
  line: number;
  ruleId: string;
  /** The message the finding must have, when the annotation names one. */
  messageId?: string;
}

export interface Fixture {
  /** Path relative to grammar-tests/: `c/unchecked-return/discarded.c`. */
  name: string;
  path: string;
  language: string;
  /** The folder's rule id. */
  rule: string;
  text: string;
  config?: Record<string, unknown>;
  expected: Expectation[];
  ok: Expectation[];
  todo: Expectation[];
}

const RULE_REF = String.raw`[a-z][a-z0-9-]*(?:\(\w+\))?`;
const ANNOTATION = new RegExp(
  String.raw`\b(expect|ok|todo)(-next)?:\s*(${RULE_REF}(?:\s*,\s*${RULE_REF})*)`,
  'g',
);
const CONFIG = /^\s*\/\/\s*grammar-test:\s*(\{.*\})\s*$/;
/** The same as a `//!` comment anywhere: compilers move the first line's comment down. */
const KEPT_CONFIG = /^\s*\/\/!\s*grammar-test:\s*(\{.*\})\s*$/;

export function loadFixtures(language: string): Fixture[] {
  const languageDir = join(FIXTURE_ROOT, language);
  const fixtures: Fixture[] = [];
  for (const rule of readdirSync(languageDir).sort()) {
    // Project and header cases are folders of files judged together (see `project-cases.ts`).
    if (rule === 'project' || rule === 'headers') continue;
    for (const file of readdirSync(join(languageDir, rule)).sort()) {
      // `x.fixed.c` is the expected result of x.c's quick fixes, not a fixture.
      if (file.includes('.fixed.')) continue;
      const path = join(languageDir, rule, file);
      fixtures.push(parseFixture(path, language, rule, readFileSync(path, 'utf8')));
    }
  }
  return fixtures;
}

export function parseFixture(path: string, language: string, rule: string, text: string): Fixture {
  const fixture: Fixture = {
    name: relative(FIXTURE_ROOT, path),
    path,
    language,
    rule,
    text,
    expected: [],
    ok: [],
    todo: [],
  };
  const lines = text.split(/\r\n|\r|\n/);
  const config =
    CONFIG.exec(lines[0] ?? '') ??
    lines.map((line) => KEPT_CONFIG.exec(line)).find((match) => match !== null);
  if (config?.[1]) fixture.config = JSON.parse(config[1]) as Record<string, unknown>;
  lines.forEach((content, index) => {
    const comment = content.search(/\/\/|\/\*/);
    if (comment < 0) return;
    for (const match of content.slice(comment).matchAll(ANNOTATION)) {
      const kind = match[1] as 'expect' | 'ok' | 'todo';
      const line = match[2] ? nextCodeLine(lines, index) : index + 1;
      for (const reference of (match[3] ?? '').split(',').map((id) => id.trim())) {
        const [, ruleId = '', messageId] = /^([\w-]+)(?:\((\w+)\))?$/.exec(reference) ?? [];
        const list =
          kind === 'expect' ? fixture.expected : kind === 'ok' ? fixture.ok : fixture.todo;
        list.push({ line, ruleId, ...(messageId ? { messageId } : {}) });
      }
    }
  });
  return fixture;
}

/** The 1-based number of the first line after `index` (0-based) that is not blank or a comment. */
function nextCodeLine(lines: readonly string[], index: number): number {
  for (let i = index + 1; i < lines.length; i++)
    if (!/^\s*(\/\/.*|\/\*.*\*\/\s*)?$/.test(lines[i] ?? '')) return i + 1;
  return index + 1;
}

/** Found findings as `line:rule`, for comparison. */
export interface FaceFinding {
  line: number;
  ruleId: string;
  message: string;
  messageId: string;
}

/**
 * Compares what a face found with what the fixture says, ast-grep style: every
 * missing and every noisy finding is named. `todo:` lines may be missing.
 */
export function compare(fixture: Fixture, found: FaceFinding[]): string[] {
  const key = (e: { line: number; ruleId: string }) => `${e.line}:${e.ruleId}`;
  const foundKeys = new Set(found.map(key));
  const expectedKeys = new Set(fixture.expected.map(key));
  const todoKeys = new Set(fixture.todo.map(key));
  const errors: string[] = [];
  for (const expectation of fixture.expected) {
    if (!foundKeys.has(key(expectation))) {
      errors.push(`Missing: ${fixture.name}:${expectation.line} expected ${expectation.ruleId}`);
      continue;
    }
    const { messageId } = expectation;
    const same = found.filter((finding) => key(finding) === key(expectation));
    if (messageId && !same.some((finding) => finding.messageId === messageId)) {
      errors.push(
        `Wrong message: ${fixture.name}:${expectation.line} ${expectation.ruleId} expected ${messageId}, found ${same.map((f) => f.messageId).join(', ')}`,
      );
    }
  }
  for (const finding of found) {
    if (expectedKeys.has(key(finding))) continue;
    if (todoKeys.has(key(finding))) {
      errors.push(
        `Fixed: ${fixture.name}:${finding.line} ${finding.ruleId} is marked todo but is found now: make it expect`,
      );
      continue;
    }
    errors.push(
      `Noisy: ${fixture.name}:${finding.line} unexpected ${finding.ruleId}: ${finding.message}`,
    );
  }
  return errors;
}

/** Fixtures grouped by their configuration (JSON of it): a face runs each group with one setting. */
export function byConfig(fixtures: readonly Fixture[]): Map<string, Fixture[]> {
  const groups = new Map<string, Fixture[]>();
  for (const fixture of fixtures) {
    const key = JSON.stringify(fixture.config ?? {});
    groups.set(key, [...(groups.get(key) ?? []), fixture]);
  }
  return groups;
}
