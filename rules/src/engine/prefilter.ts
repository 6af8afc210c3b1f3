import type { Settings } from '../config/settings.js';
import type { ProjectFacts } from '../project/types.js';
import { nodeBytesMayMatter, nodeMayMatter } from '../model/node/prefilter.js';

/**
 * Which files can hold a finding at all, decided before the parse (the parse is
 * most of the cost, and most files of a C tree never call connect):
 *   C     a call `connect(` (a wrapper of connect in the file calls it too), a
 *         configured wrapper's name, or `sun_path`;
 *   Node  the name of a socket module as a string ('net', "node:tls") and a
 *         creator's name (see model/node/prefilter.ts).
 * `bytesMayMatter` is the same test on undecoded bytes, looser (substrings
 * only): the CLI skips decoding most files with it.
 */
const C_MAY_MATTER = /\bconnect\s*\(|sun_path/;

export function mayMatter(
  text: string,
  family: 'c' | 'node',
  settings: Settings,
  project?: ProjectFacts,
): boolean {
  if (family === 'node') return nodeMayMatter(text);
  return (
    C_MAY_MATTER.test(text) ||
    settings.wrappers.connect.some((name) => text.includes(name)) ||
    !!project?.connectWrappers.some((name) => text.includes(name))
  );
}

/** The project's connect wrappers count as connect: a file that calls one may hold a finding. */
export function bytesMayMatter(
  bytes: Buffer,
  family: 'c' | 'node',
  settings: Settings,
  project?: ProjectFacts,
): boolean {
  if (family === 'node') return nodeBytesMayMatter(bytes);
  return (
    bytes.includes('connect') ||
    bytes.includes('sun_path') ||
    settings.wrappers.connect.some((name) => bytes.includes(name)) ||
    !!project?.connectWrappers.some((name) => bytes.includes(name))
  );
}
