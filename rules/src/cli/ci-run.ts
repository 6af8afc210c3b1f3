import { realpathSync } from 'node:fs';
import type { FileResult } from '../engine/finding.js';
import { changedSince } from './changed-since.js';
import type { CiOptions } from './ci-options.js';
import { shardFiles } from './shard.js';
import { applySuppressions, describeUnused } from './suppressions.js';

/**
 * The files whose findings this run reports: the shard's, and of those the ones
 * changed since the ref. Only the report is narrowed: what the project's other
 * files say about the helpers these call is still read from all of `files`.
 */
export function reportedFiles(files: string[], ci: CiOptions, cwd: string): string[] {
  let chosen = ci.shard ? shardFiles(files, ci.shard, cwd) : files;
  if (ci.changedSince !== undefined) {
    const changed = changedSince(ci.changedSince, cwd);
    chosen = chosen.filter((file) => changed.has(realPath(file)));
  }
  return chosen;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** What the bulk suppressions did: lines for stderr, and whether the run must fail for them. */
export interface SuppressionReport {
  messages: string[];
  /** Recorded errors are gone and the file was not pruned: exit 2, as ESLint. */
  unpruned: boolean;
  suppressed: number;
}

/** Applies `connectlint-suppressions.json` (writing it first when asked) to the results. */
export function suppressResults(
  results: FileResult[],
  ci: CiOptions,
  cwd: string,
): SuppressionReport {
  const outcome = applySuppressions(results, ci.suppressions, cwd);
  if (!outcome) return { messages: [], unpruned: false, suppressed: 0 };
  const messages: string[] = [];
  if (outcome.written) messages.push(`wrote ${outcome.path}`);
  if (outcome.suppressed > 0) {
    messages.push(
      `${outcome.suppressed} error${outcome.suppressed === 1 ? '' : 's'} suppressed by ${outcome.path}`,
    );
  }
  const unused = describeUnused(outcome.unused);
  const unpruned = unused.length > 0 && !ci.suppressions.passOnUnpruned;
  if (unused.length > 0) {
    messages.push(
      ...unused,
      `suppressions left that no longer occur: run with --prune-suppressions to remove them${
        unpruned ? ' (or --pass-on-unpruned-suppressions to ignore them)' : ''
      }`,
    );
  }
  return { messages, unpruned, suppressed: outcome.suppressed };
}
