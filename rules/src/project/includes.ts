import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';

/**
 * Where `#include "name"` is found, as a compiler looks: beside the including
 * file, then in the include folders (`-I`, `-iquote`), and only inside `root`
 * (a header of the system or of another tree is not the project's).
 */
export function resolveInclude(
  name: string,
  from: string,
  includeDirs: readonly string[],
  root: string,
  isFile: (path: string) => boolean = fileExists,
): string | undefined {
  for (const dir of [dirname(from), ...includeDirs]) {
    const candidate = isAbsolute(name) ? name : join(dir, name);
    const rel = relative(root, candidate);
    if (rel.startsWith('..') || isAbsolute(rel)) continue;
    if (isFile(candidate)) return candidate;
  }
  return undefined;
}

function fileExists(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    // Unreadable: as if absent.
    return false;
  }
}

/**
 * `fileExists` remembered for one pass over a project: the same header is
 * looked for beside thousands of files of a few folders.
 */
export function rememberedFileTest(): (path: string) => boolean {
  const known = new Map<string, boolean>();
  return (path) => {
    let found = known.get(path);
    if (found === undefined) known.set(path, (found = fileExists(path)));
    return found;
  };
}
