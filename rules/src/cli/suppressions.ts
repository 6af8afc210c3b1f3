import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { FileResult } from '../engine/finding.js';

/** The file's default name, beside ESLint's `eslint-suppressions.json`. */
export const SUPPRESSIONS_FILE = 'connectlint-suppressions.json';

/** `--suppress-all`, `--suppress-rule`, `--prune-suppressions` and the file's place. */
export interface SuppressionOptions {
  all: boolean;
  rules: string[];
  prune: boolean;
  /** `--suppressions-location`, relative to the current folder. */
  location?: string;
  passOnUnpruned: boolean;
}

/**
 * ESLint 9.24's format: file (relative to the suppressions file's folder, `/`
 * separators) → rule id → how many of its errors there are allowed to stay.
 */
export type Suppressions = Record<string, Record<string, { count: number }>>;

export interface SuppressionOutcome {
  /** How many errors the file suppressed in this run. */
  suppressed: number;
  /** Entries that allow more than the files now have: file → rule → the surplus. */
  unused: Suppressions;
  /** Where the file is. */
  path: string;
  /** Whether the file was written in this run. */
  written: boolean;
}

/**
 * Bulk suppressions, as ESLint's: the errors of today are counted per file and
 * rule (`--suppress-all`, `--suppress-rule`), and a run with the file present
 * reports a file's errors of a rule only when there are more than its count —
 * then all of them, since counts cannot say which one is new. Warnings are
 * never counted (they do not fail a build). Results are changed in place.
 */
export function applySuppressions(
  results: FileResult[],
  options: SuppressionOptions,
  cwd: string,
): SuppressionOutcome | undefined {
  const path = resolve(cwd, options.location ?? SUPPRESSIONS_FILE);
  const writes = options.all || options.rules.length > 0 || options.prune;
  if (!writes && !existsSync(path)) {
    if (options.location !== undefined) {
      throw new Error(
        `${options.location}: no suppressions file; create it with --suppress-all or --suppress-rule`,
      );
    }
    return undefined;
  }
  const root = dirname(path);
  const key = (file: string) => relative(root, file).split(sep).join('/');
  let suppressions = load(path);
  if (options.all || options.rules.length > 0) {
    suppressions = suppress(suppressions, results, key, options.all ? undefined : options.rules);
  }
  if (options.prune) suppressions = prune(suppressions, results, key, root);
  if (writes) save(path, suppressions);

  let suppressed = 0;
  const unused: Suppressions = {};
  for (const result of results) {
    const allowed = suppressions[key(result.path)];
    if (!allowed) continue;
    const found = errorCounts(result);
    for (const [ruleId, { count }] of Object.entries(allowed)) {
      const actual = found.get(ruleId) ?? 0;
      if (actual <= count) {
        result.findings = result.findings.filter(
          (finding) => finding.ruleId !== ruleId || finding.severity !== 'error',
        );
        suppressed += actual;
      }
      if (actual < count) (unused[key(result.path)] ??= {})[ruleId] = { count: count - actual };
    }
  }
  return { suppressed, unused, path, written: writes };
}

function errorCounts(result: FileResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of result.findings) {
    if (finding.severity === 'error') {
      counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
    }
  }
  return counts;
}

/** Today's error counts of the linted files, for every rule or the rules named. */
function suppress(
  suppressions: Suppressions,
  results: FileResult[],
  key: (path: string) => string,
  rules: string[] | undefined,
): Suppressions {
  const next = structuredClone(suppressions);
  for (const result of results) {
    for (const [ruleId, count] of errorCounts(result)) {
      if (rules && !rules.includes(ruleId)) continue;
      (next[key(result.path)] ??= {})[ruleId] = { count };
    }
  }
  return next;
}

/**
 * The counts of the linted files brought down to what they have now (entries
 * with none left removed), and the entries of files that no longer exist dropped.
 */
function prune(
  suppressions: Suppressions,
  results: FileResult[],
  key: (path: string) => string,
  root: string,
): Suppressions {
  const next = structuredClone(suppressions);
  for (const result of results) {
    const file = key(result.path);
    const allowed = next[file];
    if (!allowed) continue;
    const found = errorCounts(result);
    for (const [ruleId, { count }] of Object.entries(allowed)) {
      const actual = Math.min(count, found.get(ruleId) ?? 0);
      if (actual === 0) delete allowed[ruleId];
      else allowed[ruleId] = { count: actual };
    }
    if (Object.keys(allowed).length === 0) delete next[file];
  }
  for (const file of Object.keys(next)) {
    if (!existsSync(resolve(root, file))) delete next[file];
  }
  return next;
}

function load(path: string): Suppressions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? error}`, {
      cause: error,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not JSON: ${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
  return validated(data, path);
}

/** The file is hand-edited and merged: every place that is wrong is named. */
function validated(data: unknown, path: string): Suppressions {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(data)) throw new Error(`${path}: must be an object of files`);
  for (const [file, rules] of Object.entries(data)) {
    if (!isObject(rules)) throw new Error(`${path}: "${file}" must be an object of rules`);
    for (const [ruleId, entry] of Object.entries(rules)) {
      const count = isObject(entry) ? entry.count : undefined;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
        throw new Error(`${path}: "${file}"."${ruleId}".count must be a whole number`);
      }
    }
  }
  return data as Suppressions;
}

/** Sorted keys, two-space indent: the file diffs and merges cleanly. */
function save(path: string, suppressions: Suppressions): void {
  const sorted: Suppressions = {};
  for (const file of Object.keys(suppressions).sort()) {
    const rules = suppressions[file] as Record<string, { count: number }>;
    sorted[file] = {};
    for (const ruleId of Object.keys(rules).sort()) {
      (sorted[file] as Record<string, { count: number }>)[ruleId] = {
        count: (rules[ruleId] as { count: number }).count,
      };
    }
  }
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
}

/** One line per unused entry, for stderr. */
export function describeUnused(unused: Suppressions): string[] {
  return Object.entries(unused).flatMap(([file, rules]) =>
    Object.entries(rules).map(
      ([ruleId, { count }]) =>
        `${file}: ${ruleId}: ${count} suppressed error${count === 1 ? '' : 's'} no longer found`,
    ),
  );
}
