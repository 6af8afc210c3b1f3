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
): string | undefined {
  for (const dir of [dirname(from), ...includeDirs]) {
    const candidate = isAbsolute(name) ? name : join(dir, name);
    const rel = relative(root, candidate);
    if (rel.startsWith('..') || isAbsolute(rel)) continue;
    try {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    } catch {
      // Unreadable: as if absent.
    }
  }
  return undefined;
}
