import type { FileResult } from '../../engine/finding.js';

/** What every formatter receives. Paths are shown relative to `cwd`. */
export interface Report {
  cwd: string;
  results: FileResult[];
  /** Problems with the arguments themselves (a path that matched nothing). */
  problems: string[];
  toolVersion: string;
  /** Texts that are not on disk (standard input), by path: for SARIF fingerprints. */
  sources?: ReadonlyMap<string, string>;
  /** Errors hidden by `connectlint-suppressions.json` in this run. */
  suppressed?: number;
  /** SARIF `automationDetails.id` (one per `--shard`). */
  automationId?: string;
}

export interface Totals {
  errors: number;
  warnings: number;
}

export function totals(results: FileResult[]): Totals {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === 'error') errors++;
      else warnings++;
    }
    for (const notice of result.notices) {
      if (notice.level === 'error') errors++;
    }
  }
  return { errors, warnings };
}
