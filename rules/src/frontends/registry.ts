import { LANGUAGES, type LanguageSpec } from '../parse/languages.js';
import type { Rule } from '../rules/rule.js';
import { C_FRONT_END } from './c/front-end.js';
import { CPP_FRONT_END } from './cpp/front-end.js';
import type { FrontEnd } from './front-end.js';
import { NODE_FRONT_END } from './node/front-end.js';

/**
 * Every front end, by the language table's `family`. Adding a language family
 * is a folder beside `c/` and `node/`, an entry here and entries in the
 * language table (see docs/architecture.md).
 */
export const FRONT_ENDS: Readonly<Record<LanguageSpec['family'], FrontEnd>> = {
  c: C_FRONT_END,
  cpp: CPP_FRONT_END,
  node: NODE_FRONT_END,
};

export function frontEndOf(language: LanguageSpec): FrontEnd {
  return FRONT_ENDS[language.family];
}

/** The front ends a rule runs on: those building a model it has a check for. */
export function frontEndsOf(rule: Rule<object>): FrontEnd[] {
  return Object.values(FRONT_ENDS).filter((frontEnd) => rule.checks[frontEnd.model]);
}

/** The languages a rule runs on, derived from its checks. */
export function languagesOf(rule: Rule<object>): LanguageSpec[] {
  const frontEnds = new Set(frontEndsOf(rule).map((frontEnd) => frontEnd.id));
  return LANGUAGES.filter((language) => frontEnds.has(language.family));
}
