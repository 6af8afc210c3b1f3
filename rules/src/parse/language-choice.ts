import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { languageById, languageForPath, type LanguageSpec } from './languages.js';

/**
 * Which language a file of the C family is read as. The extension decides,
 * except for `.h`, which both C and C++ use: it stays C unless
 *  1. the project's `languages` (connectlint.config.json) names a language for it,
 *  2. the editor says `cpp` (VS Code and Neovim do for headers) and the header's
 *     folder is not a C folder (its sources `.c`, none C++): those editors say
 *     `cpp` for every `.h`, a C project's included,
 *  3. its text has C++ syntax and its folder's sources are C++ (`.cc`, `.cpp`…
 *     beside it, no `.c`): a C++ project's own header.
 * Every face asks this one function, so the CLI, the language server and ESLint
 * parse a header with the same grammar and run the same front end.
 */
export function chooseLanguage(
  path: string,
  text: string,
  languages: readonly LanguagePattern[] = [],
  editorLanguageId?: string,
): LanguageSpec | undefined {
  const byExtension = languageForPath(path);
  if (!byExtension || byExtension.family === 'node') return byExtension;
  const configured = languages.find((entry) => entry.matches(path));
  if (configured) return languageById(configured.language);
  if (!/\.h$/i.test(path)) return byExtension;
  const folder = folderSources(dirname(path));
  if (editorLanguageId === 'cpp' && folder !== 'c') return languageById('cpp');
  if (folder === 'cpp' && looksLikeCpp(text)) return languageById('cpp');
  return byExtension;
}

/** The languages a `languages` entry may name: those whose files share the `.h` question. */
export const CONFIGURABLE_LANGUAGES = ['c', 'cpp'] as const;

/** One entry of the config's `languages`: a glob and the language of the files it matches. */
export interface LanguagePattern {
  glob: string;
  language: (typeof CONFIGURABLE_LANGUAGES)[number];
  matches(path: string): boolean;
}

/**
 * `"*.h"` matches a file name in any folder; a glob with a `/` matches the end
 * of the path (`include/**\/*.h`); `**` crosses folders, `*` and `?` do not.
 */
export function languagePattern(
  glob: string,
  language: LanguagePattern['language'],
): LanguagePattern {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const pattern = new RegExp(`(?:^|/)${source.replace(/^\//, '')}$`);
  return {
    glob,
    language,
    matches: (path) => pattern.test(path.replace(/\\/g, '/')),
  };
}

/**
 * A cheap look for what C has not: a class, a namespace, a template, a scope
 * `::` (not C23's `[[gnu::…]]`), an access label. Comments and strings are not
 * skipped: a C header whose comment says "namespace" and whose folder is C++ is
 * read by a grammar that reads C too.
 */
const CPP_WORDS =
  /\b(?:namespace\s+\w+\s*\{|class\s+\w+[^;]*\{|template\s*<|using\s+namespace\b|(?:public|private|protected)\s*:|constexpr\b|nullptr\b)/;

export function looksLikeCpp(text: string): boolean {
  return CPP_WORDS.test(text) || hasScope(text);
}

/**
 * `word::word` outside `[[…]]`, looked for from each `::` (a regular expression
 * for it tries every word of the text, and headers are read by the thousand).
 */
function hasScope(text: string): boolean {
  for (let at = text.indexOf('::'); at >= 0; at = text.indexOf('::', at + 2)) {
    if (!isWordCode(text.charCodeAt(at - 1)) || !isWordCode(text.charCodeAt(at + 2))) continue;
    let start = at - 1;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    let before = start;
    while (before > 0 && /\s/.test(text.charAt(before - 1))) before--;
    if (!text.startsWith('[[', before - 2)) return true;
  }
  return false;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95
  );
}

const C_SOURCE = /\.c$/;
const CPP_SOURCE = /\.(cc|cpp|cxx|c\+\+)$/i;

/** A folder's sources, listed once per process (a header's question is asked per file). */
const FOLDERS = new Map<string, 'c' | 'cpp' | 'mixed' | 'none'>();

export function folderSources(folder: string): 'c' | 'cpp' | 'mixed' | 'none' {
  let kind = FOLDERS.get(folder);
  if (kind) return kind;
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    // not a folder on disk (an editor's unsaved document): no sources beside it
  }
  const c = names.some((name) => C_SOURCE.test(name));
  const cpp = names.some((name) => CPP_SOURCE.test(name));
  kind = c && cpp ? 'mixed' : c ? 'c' : cpp ? 'cpp' : 'none';
  FOLDERS.set(folder, kind);
  return kind;
}
