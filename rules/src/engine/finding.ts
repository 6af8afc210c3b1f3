import type { Location } from '../text/positions.js';

/** One reported problem, as every face receives it. */
export interface Finding {
  ruleId: string;
  severity: 'warn' | 'error';
  messageId: string;
  /** The values of the message template's placeholders. */
  data: Record<string, string | number>;
  message: string;
  location: Location;
  related: { location: Location; message: string }[];
  fixes: FindingFix[];
}

/** A quick fix, its edits located like the finding. */
export interface FindingFix {
  description: string;
  edits: { location: Location; text: string }[];
  /** Safe to apply unattended (see `Fix.safe` in `rules/rule.ts`). */
  safe?: boolean;
}

/** A file the engine could not lint, or linted only in part: one clear message. */
export interface FileNotice {
  level: 'error' | 'warning';
  message: string;
}

export interface FileResult {
  path: string;
  findings: Finding[];
  notices: FileNotice[];
  /** The fixed text, when `--fix` or `--fix-dry-run` changed the file (ESLint's `output`). */
  output?: string;
}

/** Rule ids of the engine's own reports about suppression comments. */
export const UNUSED_DIRECTIVE = 'unused-disable-directive';
export const UNKNOWN_RULE_IN_DIRECTIVE = 'invalid-disable-directive';
