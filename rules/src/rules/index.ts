import type { Rule } from './rule.js';
import uncheckedReturn from './unchecked-return.js';
import unixPathBounds from './unix-path-bounds.js';

/** Every rule, by id. A test holds each to its file name, doc page and fixtures. */
export const RULES: readonly Rule<object>[] = [uncheckedReturn, unixPathBounds] as Rule<object>[];

export const RULES_BY_ID: ReadonlyMap<string, Rule<object>> = new Map(
  RULES.map((rule) => [rule.meta.id, rule]),
);
