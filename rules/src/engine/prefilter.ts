import type { Settings } from '../config/settings.js';
import { FRONT_ENDS } from '../frontends/registry.js';
import type { LanguageSpec } from '../parse/languages.js';
import type { ProjectFacts } from '../project/types.js';

/**
 * Which files can hold a finding at all, decided before the parse (the parse is
 * most of the cost, and most files of a C tree never call connect): each front
 * end says, for its family (see `frontends/<family>/front-end.ts`).
 * `bytesMayMatter` is the same test on undecoded bytes, looser (substrings
 * only): the CLI skips decoding most files with it.
 */
export function mayMatter(
  text: string,
  family: LanguageSpec['family'],
  settings: Settings,
  project?: ProjectFacts,
): boolean {
  return FRONT_ENDS[family].mayMatter(text, settings, project);
}

export function bytesMayMatter(
  bytes: Buffer,
  family: LanguageSpec['family'],
  settings: Settings,
  project?: ProjectFacts,
): boolean {
  return FRONT_ENDS[family].bytesMayMatter(bytes, settings, project);
}
