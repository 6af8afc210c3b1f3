import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../engine/lint.js';
import { mayMatter } from '../engine/prefilter.js';
import { defaultSettings } from '../config/settings.js';
import { languageForPath } from '../parse/languages.js';
import { digestC, digestForIndex } from './c-digest.js';
import { cppDefinedNames, readsAsCpp } from './cpp-outline.js';
import { contentHash } from './project-index.js';
import type { FileDigest } from './types.js';

/**
 * What one read of a file tells both passes of a CLI run, so that each file
 * of a tree is read, decoded and lexed once, on whichever core is free (the
 * CLI's workers survey the files before the main thread builds the index):
 *   - for the project index (`build-index.ts`): whether the file is a seed
 *     (its bytes name connect or sun_path), its digest, and for a file that
 *     is not a seed the names it defines at the start of a line;
 *   - for the analysis (`cli/lint-files.ts`): whether the engine's prefilter,
 *     before any wrapper name is known, keeps the file.
 * Plain data: it crosses from a worker to the main thread as it is.
 */
export interface FileSurvey {
  /** Not read: missing, unreadable, over the size limit, or binary (the analysis reads it again and says why). */
  unread?: true;
  /** C: the bytes name `connect` or `sun_path` (the index reads all of it). */
  seed: boolean;
  /** The engine's prefilter keeps the file with no wrapper names: `connect(`, `sun_path`, a Node module name. */
  mayMatter: boolean;
  /** A C file's digest, and the hash of the text it was read from (used if the index takes the file). */
  digest?: { hash: string; digest: FileDigest };
  /** A C file that is not a seed: the functions it may define (see `definedNames`). */
  definitions?: string[];
}

/** `digest`: false when the caller has the seed's digest already (the CLI's cache). */
export function surveyFile(path: string, digest = true): FileSurvey {
  const family = languageForPath(path)?.family;
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return UNREAD;
    bytes = readFileSync(path);
  } catch {
    return UNREAD;
  }
  if (bytes.includes(0)) return UNREAD;
  if (family === 'node') return { seed: false, mayMatter: nodeMayMatter(bytes) };
  if (family !== 'c' && family !== 'cpp') return { seed: false, mayMatter: true };
  // As `build-index.ts` reads a file for its digest (a BOM kept: the hash is the same).
  const text = bytes.toString('utf8');
  // C++ names connections everywhere (`connection`, `disconnect`): a seed there calls `connect(`.
  const seed =
    family === 'cpp'
      ? CPP_SEED.test(text)
      : bytes.includes('connect') || bytes.includes('sun_path');
  const matters = seed && mayMatter(text, 'c', NO_WRAPPERS);
  // A C file is digested even when not a seed: the index may need it (a header, a helper's
  // definition), and here it is read on a worker's core, not the main thread's. A C++ one
  // only as a seed: C++ trees are mostly headers of templates and classes no connect reaches,
  // and digesting them all cost more than the analysis (the index reads one it needs).
  // A file the analysis will not read as its own needs only what the index reads of it
  // (`digestForIndex`).
  const digested =
    digest && (seed || family === 'c')
      ? {
          digest: {
            hash: contentHash(text),
            digest: matters ? digestC(path, text) : digestForIndex(path, text),
          },
        }
      : {};
  if (!seed)
    return { seed: false, mayMatter: false, definitions: definedNames(text, path), ...digested };
  return { seed: true, mayMatter: matters, ...digested };
}

const UNREAD: FileSurvey = { unread: true, seed: false, mayMatter: true };
const CPP_SEED = /\bconnect\s*\(|sun_path/;
const NO_WRAPPERS = defaultSettings();

function nodeMayMatter(bytes: Buffer): boolean {
  if (!['net', 'tls', 'dgram'].some((word) => bytes.includes(word))) return false;
  return mayMatter(bytes.toString('utf8'), 'node', NO_WRAPPERS);
}

/**
 * A function definition's name where C puts it: at the start of a line, after
 * its return type on the same line or alone (`static int\nfoo(void)`).
 * Indented lines (bodies) fail at their first character; a line with no `(`
 * fails in one pass over it (the look-ahead), not a try at each of its words.
 */
const DEFINITION_LINE =
  /^(?=[A-Za-z_][^\n\r\u2028\u2029(]*\()(?:[A-Za-z_][\w \t*]*?[ \t*])?([A-Za-z_]\w*)[ \t]*\((.*)$/gm;

/** The names a C (or C++) text may define: where the index looks for a function it needs. */
export function definedNames(text: string, path: string): string[] {
  // C++'s line reads C's definitions too.
  if (readsAsCpp(path, text)) return cppDefinedNames(text);
  const names: string[] = [];
  for (const match of text.matchAll(DEFINITION_LINE)) {
    // `int f(int);`, `FOO(x);`: a declaration or a statement, not a definition.
    if (/\)\s*;\s*$/.test(match[2] ?? '')) continue;
    names.push(match[1] as string);
  }
  return names;
}
