import {
  existsSync,
  readFileSync,
  readdirSync,
  realpathSync,
  statSync,
  type Dirent,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { LANGUAGES, languageForPath } from '../parse/languages.js';

export interface FileSearch {
  /** Absolute paths of the files to lint, sorted, without duplicates. */
  files: string[];
  /** Arguments that matched nothing: one message each. */
  problems: string[];
}

// Hidden folders (.git among them) are skipped as hidden.
const ALWAYS_SKIPPED = new Set(['node_modules']);
const GLOB_CHARS = /[*?[\]{}!]/;
const EXTENSIONS = LANGUAGES.flatMap((language) => language.extensions).join(', ');

/**
 * Whether the config ignores a path: `patterns` (gitignore syntax) relative to
 * `root`, or a function (the CLI's: each file's own config decides).
 */
export type ConfigIgnores =
  { patterns: string[]; root: string } | ((path: string, isDir: boolean) => boolean);

/** Whether gitignore-style `patterns`, relative to `root`, ignore a path. */
export function ignoresUnder({ patterns, root }: { patterns: string[]; root: string }) {
  const rules = ignore().add(patterns);
  return (path: string, isDir: boolean): boolean => {
    if (patterns.length === 0) return false;
    const rel = relative(root, path);
    if (rel === '' || rel.startsWith('..')) return false;
    return rules.ignores(toPosix(rel) + (isDir ? '/' : ''));
  };
}

/**
 * Expands the CLI's file arguments: files are taken as named; folders and globs
 * are searched for the files of every language, skipping node_modules, hidden
 * files and folders (a Debian `.pc/` quilt copy would double every finding; as
 * ripgrep, one named on the command line is searched), what the .gitignore files
 * on the way say, and the config's `ignores`. Symlinked folders are followed once:
 * a loop ends where it meets a folder already seen. A folder that cannot be read
 * is a problem, never a silent gap.
 */
export function findFiles(args: string[], cwd: string, configIgnores: ConfigIgnores): FileSearch {
  const found = new Set<string>();
  const problems: string[] = [];
  const isConfigIgnored =
    typeof configIgnores === 'function' ? configIgnores : ignoresUnder(configIgnores);
  const unreadable = (dir: string, code: string) =>
    problems.push(`${relative(cwd, dir) || dir}: cannot read the folder (${code}): skipped`);

  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    if (!GLOB_CHARS.test(arg) || existsSync(absolute)) {
      let stats;
      try {
        stats = statSync(absolute);
      } catch {
        problems.push(`${arg}: no such file or folder`);
        continue;
      }
      if (stats.isFile()) {
        found.add(absolute);
        continue;
      }
      const before = found.size;
      walk(absolute, () => true, isConfigIgnored, found, unreadable);
      if (found.size === before) problems.push(`${arg}: no files to lint (${EXTENSIONS})`);
      continue;
    }
    const { base, pattern } = splitGlob(arg);
    const matcher = picomatch(pattern, { dot: false });
    const root = resolve(cwd, base);
    const before = found.size;
    if (existsSync(root)) {
      walk(
        root,
        (path) => matcher(toPosix(relative(root, path))),
        isConfigIgnored,
        found,
        unreadable,
      );
    }
    if (found.size === before) problems.push(`${arg}: no files match`);
  }
  return { files: [...found].sort(), problems };
}

function walk(
  root: string,
  accept: (path: string) => boolean,
  isConfigIgnored: (path: string, isDir: boolean) => boolean,
  found: Set<string>,
  unreadable: (dir: string, code: string) => void,
): void {
  const seen = new Set<string>();
  // `real`: the folder's real path, when no symbolic link was crossed to reach it
  // (then it is the parent's real path and the name: no realpath call per folder).
  const stack: { dir: string; real?: string; ignores: GitIgnore[] }[] = [
    { dir: root, ignores: gitIgnoresAbove(root) },
  ];
  while (stack.length > 0) {
    const { dir, real: known, ignores } = stack.pop() as (typeof stack)[number];
    let real: string;
    try {
      real = known ?? realpathSync(dir);
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unreadable(dir, (error as NodeJS.ErrnoException).code ?? String(error));
      continue;
    }
    // Read only where the folder has one (most have none: no failed open per folder).
    const local = entries.some((entry) => entry.name === '.gitignore')
      ? readGitIgnore(dir)
      : undefined;
    const active = local ? [...ignores, local] : ignores;
    const subdirs: { dir: string; real?: string }[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir) {
        if (
          ALWAYS_SKIPPED.has(entry.name) ||
          isIgnored(active, path, true) ||
          isConfigIgnored(path, true)
        )
          continue;
        subdirs.push(
          entry.isSymbolicLink() ? { dir: path } : { dir: path, real: join(real, entry.name) },
        );
      } else if (isFile && languageForPath(entry.name) && accept(path)) {
        if (!isIgnored(active, path, false) && !isConfigIgnored(path, false)) found.add(path);
      }
    }
    for (const subdir of subdirs.reverse()) stack.push({ ...subdir, ignores: active });
  }
}

interface GitIgnore {
  dir: string;
  rules: Ignore;
}

function readGitIgnore(dir: string): GitIgnore | undefined {
  const file = join(dir, '.gitignore');
  try {
    return { dir, rules: ignore().add(readFileSync(file, 'utf8')) };
  } catch {
    return undefined;
  }
}

/** The .gitignore files of the folders above `root`, up to the repository's top. */
function gitIgnoresAbove(root: string): GitIgnore[] {
  const top = repositoryTop(root);
  if (top === undefined || top === root) return [];
  const found: GitIgnore[] = [];
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    const ignoreFile = readGitIgnore(dir);
    if (ignoreFile) found.unshift(ignoreFile);
    if (dir === top || dirname(dir) === dir) break;
  }
  // A folder named on the command line is searched even if ignored (as ripgrep
  // does): the .gitignore files that ignore the folder itself are not applied.
  return found.filter((ignoreFile) => !isIgnored([ignoreFile], root, true));
}

/** The nearest folder at or above `path` that holds `.git`. */
function repositoryTop(path: string): string | undefined {
  for (let probe = path; ; probe = dirname(probe)) {
    if (existsSync(join(probe, '.git'))) return probe;
    if (dirname(probe) === probe) return undefined;
  }
}

function isIgnored(ignores: GitIgnore[], path: string, isDir: boolean): boolean {
  return ignores.some(({ dir, rules }) => {
    // Every path of the walk is its folder's path and a name, below each .gitignore's
    // folder as written: a prefix, not `relative` (most of a large tree's listing).
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    if (!path.startsWith(prefix) || path.length === prefix.length) return false;
    return rules.ignores(toPosix(path.slice(prefix.length)) + (isDir ? '/' : ''));
  });
}

/** `src/**\/*.c` → base `src`, pattern `**\/*.c`. */
function splitGlob(glob: string): { base: string; pattern: string } {
  const parts = toPosix(glob).split('/');
  const firstGlob = parts.findIndex((part) => GLOB_CHARS.test(part));
  const base = parts.slice(0, firstGlob).join('/') || '.';
  return {
    base: glob.startsWith('/') && base === '' ? '/' : base,
    pattern: parts.slice(firstGlob).join('/'),
  };
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
