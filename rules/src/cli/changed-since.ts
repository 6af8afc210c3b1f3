import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The files changed since a git ref, as absolute real paths: committed on this
 * branch since it left the ref (`ref...HEAD`, as a pull request shows them),
 * staged, changed in the work tree, and new files git does not ignore. Deleted
 * files are left out. Throws with git's own message when the folder is not in a
 * repository or the ref does not exist.
 */
export function changedSince(ref: string, cwd: string): Set<string> {
  if (ref.startsWith('-')) throw new Error(`--changed-since: '${ref}' is not a git ref`);
  const root = git(['rev-parse', '--show-toplevel'], cwd).trim();
  const lists = [
    git(['diff', '--name-only', '-z', '--diff-filter=d', `${ref}...HEAD`, '--'], cwd),
    git(['diff', '--name-only', '-z', '--diff-filter=d', '--cached', '--'], cwd),
    git(['diff', '--name-only', '-z', '--diff-filter=d', '--'], cwd),
    git(['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', root], cwd),
  ];
  const changed = new Set<string>();
  for (const list of lists) {
    for (const name of list.split('\0')) {
      if (name === '') continue;
      try {
        changed.add(realpathSync(resolve(root, name)));
      } catch {
        // Gone from the work tree since: nothing to lint.
      }
    }
  }
  return changed;
}

/**
 * Runs git without anything in the repository's config that could run a
 * program: no fsmonitor hook, no external diff, no text conversion.
 */
function git(args: string[], cwd: string): string {
  const run = spawnSync('git', ['-c', 'core.fsmonitor=false', ...withDiffSafety(args)], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new Error(`--changed-since needs git: ${run.error.message}`);
  if (run.status !== 0) {
    throw new Error(
      `--changed-since: git ${args[0]}: ${run.stderr.trim() || `exit ${run.status}`}`,
    );
  }
  return run.stdout;
}

function withDiffSafety(args: string[]): string[] {
  return args[0] === 'diff'
    ? ['diff', '--no-ext-diff', '--no-textconv', '--no-relative', ...args.slice(1)]
    : args;
}
